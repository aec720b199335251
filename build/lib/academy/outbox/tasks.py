"""Background work of the outbox: the first attempt at an e-mail, right after the commit that stored it."""

from academy.common.background import background_task
from academy.outbox import services


@background_task
def deliver(*, email_id: int) -> str | None:
    return services.deliver(email_id=email_id)


@background_task
def deliver_batch(*, email_ids: list[int]) -> dict[str, int]:
    """The first attempt at each of many e-mails stored at once (`services.store_many`)."""
    outcomes: dict[str, int] = {}
    for email_id in email_ids:
        status = services.deliver(email_id=email_id)
        if status is not None:
            outcomes[status] = outcomes.get(status, 0) + 1
    return outcomes


@background_task
def deliver_in_batches(*, id_ranges: list[list[int]]) -> None:
    """E-mails stored at once (`services.store_many`), handed to the workers in batches of `services.BATCH`."""
    services.in_batches(id_ranges=id_ranges)
