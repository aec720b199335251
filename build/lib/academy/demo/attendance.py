"""Demo attendance and certificates: the 12th edition's sessions as Zoom reported them, and the
certificates issued when it closed (without e-mail: demo people have no mailbox).

Each alumnus has a habit (steady, busy or fading away); each expected session gets a Zoom participants
report written as Zoom exports it, with late joins, drops and rejoins, imported through the real
importer. Seeded, so the files, and therefore the imports, are the same on every run (idempotent).
"""

import csv
import io
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from academy.attendance.services import expected_sessions, import_report
from academy.certificates import services as certificates
from academy.certificates.models import IssueRun, Signatory
from academy.editions.models import Edition

ZOOM_HEADER = ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"]
# Chance of missing a session, by habit; most people are steady.
HABITS = (("steady", 0.03, 0.7), ("busy", 0.2, 0.2), ("fading", 0.45, 0.1))
SIGNATORIES = [
    ("Maria Pereira", {"en": "Programme Manager, Social and Solidarity Economy", "fr": "Responsable de programme, économie sociale et solidaire", "es": "Responsable de programa, economía social y solidaria", "pt": "Gestora de programa, economia social e solidária"}, "ITCILO"),
    ("Kofi Mensah", {"en": "Cooperatives Unit", "fr": "Service des coopératives", "es": "Servicio de Cooperativas", "pt": "Unidade de Cooperativas"}, "ILO"),
]  # fmt: skip


def zoom_time(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%m/%d/%Y %I:%M:%S %p")


def session_rows(session, people, rng: random.Random) -> list[tuple[str, str, datetime, datetime]]:
    """Who joined when: late by a few minutes, sometimes dropping out for a while and coming back."""
    rows = []
    for person, chance_of_missing in people:
        if rng.random() < chance_of_missing:
            continue
        joined = session.starts_at + timedelta(minutes=rng.choice([-5, -2, 0, 1, 3, 8, 15]))
        left = session.ends_at - timedelta(minutes=rng.choice([0, 0, 0, 5, 20]))
        rejoin = joined + (left - joined) * rng.uniform(0.2, 0.8)
        if rng.random() < 0.2 and rejoin + timedelta(minutes=12) < left:
            rows.append((person.certificate_name, person.email, joined, rejoin))
            joined = rejoin + timedelta(minutes=rng.choice([1, 4, 12]))
        rows.append((person.certificate_name, person.email, joined, left))
    return rows


def zoom_report(session, rows, zone: ZoneInfo) -> bytes:
    out = io.StringIO(newline="")
    out.write("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\r\n")
    minutes = int((session.ends_at - session.starts_at).total_seconds() // 60)
    out.write(f"8{session.pk:010d},{session.code},{zoom_time(session.starts_at, zone)},")
    out.write(f"{zoom_time(session.ends_at, zone)},host@itcilo.org,{minutes},{len(rows)}\r\n\r\n")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ZOOM_HEADER)
    for name, email, joined, left in rows:
        length = max(1, round((left - joined).total_seconds() / 60))
        writer.writerow([name, email, zoom_time(joined, zone), zoom_time(left, zone), length, "No"])
    return out.getvalue().encode("utf-8")


def load_attendance(edition: Edition, people: list, *, steady: list, by, seed: int) -> None:
    """Import a Zoom report for every expected session of the edition; ``steady`` people always attend."""
    rng = random.Random(seed)
    zone = ZoneInfo(edition.time_zone)
    habit_of = {
        person.pk: 0.0 if person in steady else rng.choices([h[1] for h in HABITS], [h[2] for h in HABITS])[0]
        for person in people
    }
    sessions, expected = expected_sessions(edition, [person.pk for person in people], everyone=False)
    # Sessions at the same time come in no set order from the database: fix one, or the seed draws differ.
    now = timezone.now()
    for session in sorted(sessions.values(), key=lambda session: (session.starts_at, session.pk)):
        attendees = [(person, habit_of[person.pk]) for person in people if session.pk in expected[person.pk]]
        if not attendees or session.ends_at > now:
            continue
        data = zoom_report(session, session_rows(session, attendees, rng), zone)
        import_report(
            session=session,
            platform="zoom",
            data=data,
            file_name=f"{session.code}-participants.csv",
            time_zone=edition.time_zone,
            by=by,
            now=now,
        )


def load_certificates(edition: Edition, *, by) -> None:
    """Signatories, then the certificates as issued the day after the edition ended (once)."""
    for order, (name, position, organisation) in enumerate(SIGNATORIES, start=1):
        Signatory.objects.update_or_create(
            edition=edition, order=order, defaults={"name": name, "position": position, "organisation": organisation}
        )
    if IssueRun.objects.filter(edition=edition).exists():
        return
    issued_at = datetime.combine(edition.end_date + timedelta(days=1), datetime.min.time(), tzinfo=edition.zone)
    run = IssueRun.objects.create(edition=edition, started_by=by, started_at=issued_at)
    certificates.issue_all(run=run, now=issued_at, notify=False)
