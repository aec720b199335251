"""Attendance reports as the webinar platforms export them, read into one shape.

Each platform is one small module with a ``read(data, zone) -> ParsedReport`` function, registered in
``READERS``; a new platform is one more module. Readers are pure: bytes in, rows out, no database.
Times become Unix seconds; the platforms write local times without a zone, so the organiser names
the zone at import (the edition's by default).
"""

from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _

from academy.attendance.readers import plain, teams, zoom
from academy.attendance.readers.common import ParsedReport, Problem, ReportRefused, Row

__all__ = ["PLATFORMS", "ParsedReport", "Platform", "Problem", "ReportRefused", "Row", "read"]


class Platform(models.TextChoices):
    ZOOM = "zoom", _("Zoom participants report (CSV)")
    TEAMS = "teams", _("Microsoft Teams attendance report")
    PLAIN = "plain", _("Plain CSV: e-mail or name, join, leave")


PLATFORMS: dict[str, Callable[[bytes, ZoneInfo], ParsedReport]] = {
    Platform.ZOOM: zoom.read,
    Platform.TEAMS: teams.read,
    Platform.PLAIN: plain.read,
}


def read(platform: str, data: bytes, zone: ZoneInfo) -> ParsedReport:
    return PLATFORMS[platform](data, zone)
