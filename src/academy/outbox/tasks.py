"""Background work of the outbox: the first attempt at an e-mail, right after the commit that stored it."""

from academy.common.background import background_task
from academy.outbox import services


@background_task
def deliver(*, email_id: int) -> str | None:
    return services.deliver(email_id=email_id)
