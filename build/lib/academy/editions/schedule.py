"""Daily session times, shown in the edition's time zone and in the reader's own."""

import zoneinfo
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ShownTimes:
    label: str
    starts: datetime
    ends: datetime
    reader_starts: datetime | None
    reader_ends: datetime | None


def daily_times(edition, slots, reader_zone: str | None) -> list[ShownTimes]:
    """Each daily slot on the edition's first day, and in the reader's zone when it differs."""
    reader = zoneinfo.ZoneInfo(reader_zone) if reader_zone and reader_zone != edition.time_zone else None
    shown = []
    for slot in slots:
        starts = edition.local_datetime(edition.start_date, slot.starts_at)
        ends = edition.local_datetime(edition.start_date, slot.ends_at)
        shown.append(
            ShownTimes(
                label=slot.label,
                starts=starts,
                ends=ends,
                reader_starts=starts.astimezone(reader) if reader else None,
                reader_ends=ends.astimezone(reader) if reader else None,
            )
        )
    return shown
