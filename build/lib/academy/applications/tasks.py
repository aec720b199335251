"""Background work of the selection: thin tasks that load by id and call the decisions module."""

from academy.applications import decisions
from academy.common.background import background_task
from academy.editions.models import Edition


@background_task
def expire_offers(*, edition_id: int) -> int:
    """Run regularly (e.g. hourly) while offers are open: late offers lapse and seats move down the waitlist."""
    return decisions.expire_offers(edition=Edition.objects.get(pk=edition_id))


@background_task
def fill_free_seats(*, edition_id: int) -> int:
    """After a decline or a withdrawal: each free seat goes to the next on the waitlist who keeps every rule."""
    return len(decisions.fill_free_seats(edition=Edition.objects.get(pk=edition_id)))
