"""Reports benchmark: an edition's dashboard figures, its charts and its PDF report, at a large edition's size.

Run: .venv/bin/python bench/reports.py [--applicants 3000] [--participants 600] [--sessions 30] [--runs 5]
A synthetic edition: 3,000 submitted applications from 60 countries (two reviews each for most), 600
of them participants with a scholarship for a third, 30 plenaries each attended by about 90% of them,
certificates for those who attended enough, a course of two modules half completed, articles.
Timed: counting every figure of the edition (all tables, fresh), the same read from the cache, the
SVG chart of one breakdown, and the whole PDF report. The floor, in the same run, is fetching the
raw rows the figures are made of (applications, reviews, memberships, presences, certificates) as
plain tuples, with no counting at all: the ratio says what the counting and grouping cost over
reading. Scratch SQLite database by default, or the PostgreSQL of DATABASE_URL (a scratch test database).
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings_test")
os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-bench-"))

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import get_runner  # noqa: E402
from django.utils import translation  # noqa: E402

ZONE = ZoneInfo("Europe/Lisbon")
FIRST_DAY = datetime(2027, 6, 14, 9, 0, tzinfo=ZONE)
COUNTRIES = [
    "BR", "SN", "FR", "PT", "KR", "MX", "ZA", "MA", "CO", "PH", "VN", "IN", "KE", "GH", "NG", "CM", "CR", "AR",
    "CL", "PE", "BO", "EC", "UY", "ES", "IT", "DE", "BE", "LU", "CA", "US", "JP", "CN", "ID", "TH", "KH", "LK",
    "BD", "PK", "EG", "TN", "DZ", "ET", "UG", "TZ", "RW", "MZ", "AO", "CV", "ML", "BF", "CI", "TG", "BJ", "NE",
    "TR", "JO", "LB", "GB", "NL", "CH",
]  # fmt: skip


def build(applicants: int, participants: int, sessions: int, seed: int):
    from academy.applications.models import Application, FundingSource, ReviewAssignment, Scholarship, Status
    from academy.attendance.models import Presence
    from academy.certificates.models import Certificate
    from academy.common import freshness
    from academy.editions.models import Edition, Membership, Role
    from academy.editions.rules import EVERYONE, ROLES
    from academy.learning.models import Course, Lesson, LessonDone, Module
    from academy.people.models import User
    from academy.programme.models import Kind, Session

    rng = random.Random(seed)  # noqa: S311 (synthetic data)
    edition = Edition.objects.create(
        number=77, title={"en": "Benchmark edition"}, start_date=FIRST_DAY.date(),
        end_date=(FIRST_DAY + timedelta(days=sessions // 2)).date(), time_zone="Europe/Lisbon", modality="online",
        status="running",
    )  # fmt: skip
    people = User.objects.bulk_create(
        User(email=f"person{n}@bench.example.org", certificate_name=f"Person {n}", country=rng.choice(COUNTRIES),
             gender=rng.choice(["woman", "man", "non_binary", ""]),
             constituency=rng.choice(["government", "employers", "workers", "sse_practitioner", "academia", ""]))
        for n in range(applicants)
    )  # fmt: skip
    reviewers = people[:20]
    chosen = people[:participants]
    applications = Application.objects.bulk_create(
        Application(edition=edition, applicant=person, submitted_at=FIRST_DAY - timedelta(days=90),
                    status=Status.CONFIRMED if index < participants else rng.choice(
                        [Status.NOT_SELECTED, Status.WAITLISTED, Status.DECLINED]))
        for index, person in enumerate(people)
    )  # fmt: skip
    ReviewAssignment.objects.bulk_create(
        ReviewAssignment(application=application, reviewer=reviewers[(index + turn) % 20], scores={"1": 3},
                         reviewed_at=FIRST_DAY - timedelta(days=60) if rng.random() < 0.9 else None)
        for index, application in enumerate(applications) for turn in range(2)
    )  # fmt: skip
    Membership.objects.bulk_create(Membership(edition=edition, user=person, role=Role.PARTICIPANT) for person in chosen)
    freshness.changed(ROLES, EVERYONE)  # a bulk write sends no signal
    source = FundingSource.objects.create(edition=edition, name="SSTC", budget=Decimal(500_000))
    Scholarship.objects.bulk_create(
        Scholarship(application=application, source=source, travel=Decimal(900), accommodation=Decimal(600))
        for application in applications[:participants:3]
    )
    plenaries = Session.objects.bulk_create(
        Session(edition=edition, code=f"P{n}", kind=Kind.PLENARY, title={"en": f"Plenary {n}"}, published=True,
                starts_at=FIRST_DAY + timedelta(days=n // 2, hours=4 * (n % 2)),
                ends_at=FIRST_DAY + timedelta(days=n // 2, hours=4 * (n % 2), minutes=90), floor_languages=["en"])
        for n in range(sessions)
    )  # fmt: skip
    rows, attended = [], dict.fromkeys(range(participants), 0)
    # Recorded at the door: webinar reports are stored per report (`ReportAttendance`), not as presence rows.
    for session in plenaries:
        start, end = int(session.starts_at.timestamp()), int(session.ends_at.timestamp())
        for index, person in enumerate(chosen):
            if rng.random() < 0.9:
                seconds = rng.randint(3600, end - start)
                attended[index] += 1
                rows.append(Presence(session=session, user=person, source="check_in", intervals=[[start, start + seconds]],
                                     seconds=seconds, window_start=start, window_end=end))  # fmt: skip
    Presence.objects.bulk_create(rows, batch_size=5000)
    Certificate.objects.bulk_create(
        Certificate(edition=edition, user=person, code=f"BENCH{index:07d}", name=person.certificate_name,
                    language="en", hours=Decimal(40), signatories=[], issued_at=FIRST_DAY + timedelta(days=20))
        for index, person in enumerate(chosen) if attended[index] >= 0.8 * sessions
    )  # fmt: skip
    course = Course.objects.create(edition=edition, title={"en": "Basics"}, opens_at=FIRST_DAY - timedelta(days=60))
    lessons = [
        Lesson.objects.create(module=Module.objects.create(course=course, position=m, title={"en": f"Module {m}"}),
                              title={"en": f"Lesson {m}"})
        for m in (1, 2)
    ]  # fmt: skip
    LessonDone.objects.bulk_create(
        LessonDone(lesson=lesson, user=person, done_at=FIRST_DAY - timedelta(days=10))
        for person in chosen for lesson in lessons if rng.random() < 0.6
    )  # fmt: skip
    return edition


def raw_rows(edition) -> int:
    """The floor: every row the figures read, fetched as tuples, not counted."""
    from academy.applications.models import Application, ReviewAssignment
    from academy.attendance.models import Presence
    from academy.certificates.models import Certificate
    from academy.editions.models import Membership
    from academy.people.models import User

    fetched = 0
    for queryset in (
        Application.objects.filter(edition=edition).values_list("applicant_id", "status", "submitted_at"),
        ReviewAssignment.objects.filter(application__edition=edition).values_list("application__applicant_id",
                                                                                  "reviewed_at"),
        Membership.objects.filter(edition=edition).values_list("user_id", "role"),
        Presence.objects.filter(session__edition=edition).values_list("session_id", "user_id", "seconds"),
        Certificate.objects.filter(edition=edition).values_list("user_id", "revoked_at"),
        User.objects.filter(applications__edition=edition).values_list("pk", "country", "gender", "constituency"),
    ):  # fmt: skip
        fetched += len(list(queryset.iterator(chunk_size=20_000)))
    return fetched


def timed(function, runs: int) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applicants", type=int, default=3000)
    parser.add_argument("--participants", type=int, default=600)
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from django_scopes import scopes_disabled

    runner = get_runner(django.conf.settings)(verbosity=0)
    old_config = runner.setup_databases()
    try:
        with scopes_disabled():  # like a management command: across the edition, no scope
            from academy.reports import charts, services
            from academy.reports.document import report_pdf
            from academy.reports.services import table_named

            translation.activate("en")
            started = time.perf_counter()
            edition = build(args.applicants, args.participants, args.sessions, seed=7)
            print(f"database: {connection.vendor}; built {args.applicants} applicants, {args.participants} participants, "
                  f"{args.sessions} sessions in {time.perf_counter() - started:.1f} s; median of {args.runs} runs")  # fmt: skip
            floor, fetched = timed(lambda: raw_rows(edition), args.runs)
            fresh, figures = timed(lambda: services.count_edition(edition), args.runs)
            services.edition_figures(edition)
            cached, _figures = timed(lambda: services.edition_figures(edition), args.runs)
            breakdown = table_named(figures.tables, "funnel-region")
            drawn, svg = timed(lambda: charts._render(breakdown, image_format="svg", width=6.4, height=3.2), args.runs)
            chart, _svg = timed(lambda: charts.svg(breakdown), args.runs)
            pdf_ms, pdf = timed(lambda: report_pdf(edition, figures, "en"), max(1, args.runs // 2))
            print(f"funnel: {figures.funnel}")
            print(f"{'step':<52} {'median ms':>10} {'x floor':>8}")
            for label, value in [
                (f"floor: fetch the {fetched:,} raw rows as tuples", floor),
                ("every figure of the edition, counted fresh", fresh),
                ("every figure, from the cache (each chart request)", cached),
                (f"one SVG chart drawn (funnel by region, {len(svg) / 1024:.1f} KiB)", drawn),
                ("the same chart, from the cache", chart),
                (f"the PDF report ({len(pdf) / 1024:.0f} KiB, {len(figures.tables)} tables)", pdf_ms),
            ]:
                print(f"{label:<52} {value:>10.1f} {value / floor:>8.2f}")
    finally:
        runner.teardown_databases(old_config)


if __name__ == "__main__":
    main()
