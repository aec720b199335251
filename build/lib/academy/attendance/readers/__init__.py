"""Attendance reports as the webinar platforms export them, read into one shape.

Each platform is one small module with a ``read(data, zone) -> ParsedReport`` function, registered in
``READERS``; a new platform is one more module. Readers are pure: bytes in, rows out, no database.
Times become Unix seconds; the platforms write local times without a zone, so the organiser names
the zone at import (the edition's by default).
"""

import gc
from collections.abc import Callable
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _

from academy.attendance.readers import plain, teams, zoom
from academy.attendance.readers.common import ParsedReport, Problem, ReportRefused, Row

__all__ = [
    "PLATFORMS",
    "DateOrder",
    "ParsedReport",
    "Platform",
    "Problem",
    "ReportRefused",
    "Row",
    "no_cycle_collection",
    "read",
]


class Platform(models.TextChoices):
    ZOOM = "zoom", _("Zoom participants report (CSV)")
    TEAMS = "teams", _("Microsoft Teams attendance report")
    PLAIN = "plain", _("Plain CSV: e-mail or name, join, leave")


class DateOrder(models.TextChoices):
    """How the dates of a report are written: as its platform writes them, unless a spreadsheet changed them."""

    PLATFORM = "", _("as the platform writes them")
    DAY_FIRST = "dmy", _("day first (14/06/2027)")
    MONTH_FIRST = "mdy", _("month first (06/14/2027)")


PLATFORMS: dict[str, Callable[[bytes, ZoneInfo, str], ParsedReport]] = {
    Platform.ZOOM: zoom.read,
    Platform.TEAMS: teams.read,
    Platform.PLAIN: plain.read,
}


def read(platform: str, data: bytes, zone: ZoneInfo, date_order: str = DateOrder.PLATFORM) -> ParsedReport:
    with no_cycle_collection():
        return PLATFORMS[platform](data, zone, date_order)


@contextmanager
def no_cycle_collection():
    """A report is tens of thousands of lists of strings and no reference cycle: the cyclic garbage
    collector, run every few hundred new objects, would walk them again and again (a third of the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
