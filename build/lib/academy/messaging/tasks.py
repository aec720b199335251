"""Background work of messages to the cohort: writing a due message into the outbox."""

from academy.common.background import background_task
from academy.messaging import services


@background_task
def send_message(*, message_id: int) -> int | None:
    return services.send_message(message_id=message_id)
