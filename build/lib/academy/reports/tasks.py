"""Background work of the reports: thin tasks that call the services."""

from academy.common.background import background_task
from academy.reports import builds


@background_task
def build_report(*, build_id: int) -> int:
    """The edition report as a PDF, in the language it was asked in."""
    return builds.build(build_id=build_id)
