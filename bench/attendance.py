"""Attendance benchmark: a million Zoom rows imported and everyone's participation computed.

Run: .venv/bin/python bench/attendance.py [--participants 10000] [--sessions 40] [--runs 3] [--report-rows 25000]
10,000 participants x 40 sessions of 90 minutes; each report is a Zoom participants report as Zoom
writes it (meeting block, US dates with AM/PM). Most people join once, many rejoin after a drop, some
join from a second device at the same time, a few are absent; 5% join without an e-mail address
(matched by name) and some guests match nobody (the review queue). The whole pipeline is timed:
reading and decoding each file, matching, merging, writing one row per report, all the reports as one
batch (`import_reports`: the edition's people read once), then the participation of all 10,000. The floor, in the same run, is the standard library's csv
module just reading the same files. Last, one organiser's report of 25,000 rows (--report-rows) is
imported alone, as an upload would be. Scratch SQLite database by default, or the PostgreSQL of
DATABASE_URL (a scratch test database).
"""

import argparse
import csv
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings_test")
os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-bench-"))

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import get_runner  # noqa: E402

ZONE = ZoneInfo("Europe/Lisbon")
FIRST_DAY = datetime(2027, 6, 14, 9, 0, tzinfo=ZONE)
LENGTH = timedelta(minutes=90)


def zoom_time(moment: datetime) -> str:
    return moment.astimezone(ZONE).strftime("%m/%d/%Y %I:%M:%S %p")


def write_reports(folder: Path, people: list[tuple[str, str]], starts: list[datetime], seed: int) -> list[Path]:
    """One Zoom participants report per session; returns the files."""
    rng = random.Random(seed)  # noqa: S311 (synthetic data)
    files = []
    for number, start in enumerate(starts):
        end = start + LENGTH
        path = folder / f"session-{number:02d}.csv"
        with path.open("w", newline="", encoding="utf-8") as out:
            out.write("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\r\n")
            out.write(
                f"81234567{number:02d},Plenary {number},{zoom_time(start)},{zoom_time(end)},host@itcilo.org,90,0\r\n\r\n"
            )
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(
                [
                    "Name (Original Name)",
                    "User Email",
                    "Join Time",
                    "Leave Time",
                    "Duration (Minutes)",
                    "Guest",
                    "In Waiting Room",
                ]
            )
            writer.writerow(
                [
                    "ITCILO Host",
                    "host@itcilo.org",
                    zoom_time(start - timedelta(minutes=10)),
                    zoom_time(end),
                    100,
                    "No",
                    "No",
                ]
            )
            for name, email in people:
                if rng.random() < 0.06:
                    continue  # absent
                shown_email = "" if rng.random() < 0.05 else (email.upper() if rng.random() < 0.1 else email)
                joined = start + timedelta(seconds=rng.randint(-300, 600))
                left = end + timedelta(seconds=rng.randint(-900, 300))
                drops = rng.choices([0, 1, 2, 3], weights=[30, 35, 20, 15])[0]  # the connection drops, they rejoin
                moments = [joined]
                for cut in sorted(rng.uniform(0, 1) for _ in range(drops)):
                    dropped = joined + (left - joined) * cut
                    moments += [dropped, dropped + timedelta(seconds=rng.randint(20, 240))]
                moments.append(left)
                for index in range(0, len(moments), 2):
                    a, b = moments[index], max(moments[index], moments[index + 1])
                    minutes = round((b - a).total_seconds() / 60)
                    writer.writerow([name, shown_email, zoom_time(a), zoom_time(b), minutes, "No", "No"])
                if rng.random() < 0.25:  # a second device, overlapping
                    a = joined + timedelta(minutes=rng.randint(0, 30))
                    writer.writerow(
                        [
                            f"{name} (iPhone)",
                            shown_email,
                            zoom_time(a),
                            zoom_time(a + timedelta(minutes=40)),
                            40,
                            "No",
                            "No",
                        ]
                    )
            for guest in range(40):
                writer.writerow([f"Guest {guest}", "", zoom_time(start), zoom_time(end), 90, "Yes", "No"])
        files.append(path)
    return files


def floor(files: list[Path]) -> float:
    started = time.perf_counter()
    rows = 0
    for path in files:
        with path.open(newline="", encoding="utf-8") as source:
            for _row in csv.reader(source):
                rows += 1
    return time.perf_counter() - started


def build_edition(participants: int, sessions: int):
    from academy.common import freshness
    from academy.editions.models import Edition, Membership, Role, Status
    from academy.editions.rules import EVERYONE, ROLES
    from academy.people.models import User
    from academy.programme.models import Kind, Session

    edition = Edition.objects.create(
        number=90, title={"en": "Benchmark"}, start_date=FIRST_DAY.date(), end_date=FIRST_DAY.date() + timedelta(days=20),
        time_zone="Europe/Lisbon", modality="online", main_language="en", status=Status.RUNNING,
    )  # fmt: skip
    users = User.objects.bulk_create(
        User(email=f"person{n}@example.org", certificate_name=f"Person{n} Family{n % 997}", country="BR")
        for n in range(participants)
    )
    Membership.objects.bulk_create(Membership(edition=edition, user=user, role=Role.PARTICIPANT) for user in users)
    freshness.changed(ROLES, EVERYONE)  # a bulk write sends no signal
    organiser = User.objects.create(email="organiser@example.org", certificate_name="Organiser")
    starts = [FIRST_DAY + timedelta(days=n // 2, hours=4 * (n % 2)) for n in range(sessions)]
    session_rows = Session.objects.bulk_create(
        Session(
            edition=edition, code=f"P{n}", kind=Kind.PLENARY, title={"en": f"Plenary {n}"}, starts_at=start,
            ends_at=start + LENGTH, floor_languages=["en"], published=True,
        )
        for n, start in enumerate(starts)
    )  # fmt: skip
    people = [(user.certificate_name, user.email) for user in users]
    return edition, organiser, session_rows, people, starts


def pipeline(edition, organiser, sessions, files) -> dict:
    from academy.attendance import services

    timings = {}
    started = time.perf_counter()
    batch = [
        services.ReportFile(
            session=session, platform="zoom", data=path.read_bytes(), file_name=path.name, time_zone="Europe/Lisbon"
        )
        for session, path in zip(sessions, files, strict=True)
    ]
    services.import_reports(files=batch, by=organiser, now=FIRST_DAY + timedelta(days=30))
    timings["import"] = time.perf_counter() - started
    started = time.perf_counter()
    rates = services.participation(edition, now=FIRST_DAY + timedelta(days=30))
    timings["participation"] = time.perf_counter() - started
    timings["total"] = timings["import"] + timings["participation"]
    timings["certified"] = sum(rate.meets_threshold for rate in rates)
    return timings


def organiser_report(folder: Path, people: list[tuple[str, str]], start: datetime, rows: int) -> Path:
    """One session's report of exactly `rows` participant rows: a long webinar's export, two reports' rows in one."""
    folder.mkdir()
    first, second = write_reports(folder, people, [start, start], seed=11)
    lines = first.read_text(encoding="utf-8").splitlines(keepends=True)
    lines += second.read_text(encoding="utf-8").splitlines(keepends=True)[4:]
    path = folder / "organiser.csv"
    path.write_text("".join(lines[: 4 + rows]), encoding="utf-8")  # meeting block, blank line, header
    return path


def one_report(session, organiser, path: Path) -> float:
    from academy.attendance import services
    from academy.attendance.models import WebinarReport

    WebinarReport.objects.filter(session=session).delete()
    started = time.perf_counter()
    services.import_report(
        session=session, platform="zoom", data=path.read_bytes(), file_name=path.name,
        time_zone="Europe/Lisbon", by=organiser, now=session.ends_at,
    )  # fmt: skip
    return time.perf_counter() - started


def clear(edition) -> None:
    from academy.attendance.models import WebinarReport

    WebinarReport.objects.filter(session__edition=edition).delete()  # their arrays and review rows go with them


def measure(args) -> None:
    edition, organiser, sessions, people, starts = build_edition(args.participants, args.sessions)
    folder = Path(tempfile.mkdtemp(prefix="academy-reports-"))
    files = write_reports(folder, people, starts, seed=7)
    rows = sum(sum(1 for _ in path.open(encoding="utf-8")) - 5 for path in files)
    size = sum(path.stat().st_size for path in files) / 1e6
    print(f"database: {connection.vendor}; {args.participants} participants x {args.sessions} sessions; "
          f"{rows:,} participant rows in {len(files)} Zoom reports ({size:.0f} MB)")  # fmt: skip
    floors, runs = [], []
    for _ in range(args.runs):
        floors.append(floor(files))
        clear(edition)
        runs.append(pipeline(edition, organiser, sessions, files))
    floor_median = statistics.median(floors)
    print(f"{'step':<44} {'median s':>9} {'x floor':>8}")
    print(f"{'floor: csv.reader reads every file':<44} {floor_median:>9.2f} {1:>8.2f}")
    for step, label in [("import", "import every report (read, match, merge, write)"),
                        ("participation", "participation of everyone"),
                        ("total", "import + participation")]:  # fmt: skip
        value = statistics.median(run[step] for run in runs)
        print(f"{label:<44} {value:>9.2f} {value / floor_median:>8.2f}")
    print(f"at or above 80%: {runs[-1]['certified']:,} of {args.participants:,}")
    single = organiser_report(folder / "single", people, starts[0], args.report_rows)
    seconds = statistics.median(one_report(sessions[0], organiser, single) for _ in range(args.runs))
    print(f"one report of {args.report_rows:,} rows imported in {seconds:.2f} s (median of {args.runs})")


def main() -> None:
    from django_scopes import scopes_disabled

    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--report-rows", type=int, default=25_000)
    args = parser.parse_args()
    runner = get_runner(django.conf.settings)(verbosity=0)
    old_config = runner.setup_databases()
    try:
        with scopes_disabled():  # like a management command: across the edition, no scope
            measure(args)
    finally:
        runner.teardown_databases(old_config)


if __name__ == "__main__":
    main()
