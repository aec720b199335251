"""Attendance reports as the webinar platforms export them, read into one shape.

Each platform is one small module with a ``read(data, zone) -> Report`` function, registered in
``READERS``; a new platform is one more module. Readers are pure: bytes in, rows out, no database.
Times become Unix seconds; the platforms write local times without a zone, so the organiser names
the zone at import (the edition's by default).
"""

from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _

from academy.attendance.reports import plain, teams, zoom
from academy.attendance.reports.common import Problem, Report, ReportRefused, Row

__all__ = ["PLATFORMS", "Platform", "Problem", "Report", "ReportRefused", "Row", "read"]


class Platform(models.TextChoices):
    ZOOM = "zoom", _("Zoom participants report (CSV)")
    TEAMS = "teams", _("Microsoft Teams attendance report")
    PLAIN = "plain", _("Plain CSV: e-mail or name, join, leave")


PLATFORMS: dict[str, Callable[[bytes, ZoneInfo], Report]] = {
    Platform.ZOOM: zoom.read,
    Platform.TEAMS: teams.read,
    Platform.PLAIN: plain.read,
}


def read(platform: str, data: bytes, zone: ZoneInfo) -> Report:
    return PLATFORMS[platform](data, zone)
