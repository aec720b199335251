"""Background work of the selection: thin tasks that load by id and call the decisions module."""

from django_tasks import task

from academy.applications import decisions
from academy.editions.models import Edition


@task()
def expire_offers(*, edition_id: int) -> int:
    """Run regularly (e.g. hourly) while offers are open: late offers lapse and seats move down the waitlist."""
    return decisions.expire_offers(edition=Edition.objects.get(pk=edition_id))
