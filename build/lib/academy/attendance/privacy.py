"""Personal data of attendance: presences by session and source, what reports say of the person, and excuses."""

from academy.attendance import packed
from academy.attendance.models import ReportAttendance, Source
from academy.people.privacy import rows


def naming(person):
    """The reports' arrays that name the person: every report's list of people is searched (someone
    may have left the edition since), the rest of the arrays loaded only where they are."""
    ids = [
        report_id
        for report_id, people in ReportAttendance.objects.values_list("report_id", "people")
        if packed.position(packed.from_bytes(people), person.pk) is not None
    ]
    return ReportAttendance.objects.filter(report_id__in=ids)


def reported_of(person) -> list[dict]:
    """What the current reports say of the person: one entry per session, like a presence."""
    found = []
    for attendance in naming(person).order_by("session_id"):
        arrays = attendance.packed
        index = arrays.index_of(person.pk)
        if index is not None:
            found.append(
                {
                    "session": attendance.session_id,
                    "source": Source.REPORT.value,
                    "report": attendance.report_id,
                    "intervals": arrays.intervals_of(index),
                    "seconds": int(arrays.seconds[index]),
                    "window_start": attendance.window_start,
                    "window_end": attendance.window_end,
                }
            )
    return found


def personal_data(person) -> dict:
    return {
        "presences": rows(person.presences.all()) + reported_of(person),
        "excuses": rows(person.excuses.all()),
    }


def before_deletion(person, *, keep_contributions: bool) -> None:
    """The person leaves every report's arrays (their own presence rows go with the account)."""
    for attendance in naming(person).select_for_update():
        arrays = attendance.packed
        attendance.store(packed.without(arrays, person.pk, attendance.window_start, attendance.window_end))
        attendance.save()
