"""Survey results benchmark: every figure of the results page of an evaluation with 3,000 answers x 30 questions.

Run: .venv/bin/python bench/surveys.py [--respondents 3000] [--questions 30] [--runs 5]
A synthetic end-of-edition evaluation: 30 questions (18 scales 1-5, 4 single choices of 4, 3 multiple choices of 5,
3 free texts, 2 recommendation scores), 3,000 participants from 60 countries, every one of them answering every
question (90,000 answers). Measured: `services.results` (the figures of the results page: rate, distributions,
means, breakdowns by region, constituency group and language with small groups hidden), against the floor measured
in the same run: fetching the raw answer rows as tuples. Goal: < 0.5 s on SQLite and PostgreSQL. Scratch SQLite
database by default, or the PostgreSQL of DATABASE_URL (a scratch test database).
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings_test")
os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-bench-"))

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import get_runner  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

ZONE = ZoneInfo("Europe/Lisbon")
COUNTRIES = ["BR", "SN", "FR", "PT", "KR", "MX", "ZA", "MA", "CO", "PH", "VN", "IN", "KE", "GH", "NG", "CM", "CR",
             "AR", "CL", "PE", "ES", "IT", "DE", "BE", "CA", "US", "JP", "CN", "ID", "TH"]  # fmt: skip
CONSTITUENCIES = ["government", "employers", "workers", "sse_practitioner", "development_partner"]
KINDS = ["scale"] * 18 + ["single"] * 4 + ["multiple"] * 3 + ["text"] * 3 + ["recommend"] * 2


def build(respondents: int, questions: int, seed: int):
    from academy.editions.models import Edition, Membership, Role, Status
    from academy.people.models import User
    from academy.surveys.models import Answer, Question, Response, Survey

    rng = random.Random(seed)  # noqa: S311 (synthetic data)
    now = timezone.now()
    edition = Edition.objects.create(
        number=13, title={"en": "Academy 13"}, start_date=now.date(), end_date=(now + timedelta(days=10)).date(),
        time_zone="Europe/Lisbon", status=Status.RUNNING,
    )  # fmt: skip
    people = User.objects.bulk_create(
        User(
            email=f"p{n}@example.org",
            certificate_name=f"Person {n}",
            country=rng.choice(COUNTRIES),
            constituency=rng.choice(CONSTITUENCIES),
            language=rng.choice(["en", "fr", "es", "pt"]),
        )
        for n in range(respondents)
    )
    Membership.objects.bulk_create(Membership(edition=edition, user=p, role=Role.PARTICIPANT) for p in people)
    survey = Survey.objects.create(
        edition=edition, kind="evaluation", title={"en": "Evaluation"}, opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=10),
    )  # fmt: skip
    kinds = (KINDS * (questions // len(KINDS) + 1))[:questions]
    made = Question.objects.bulk_create(
        Question(
            survey=survey, position=i + 1, kind=kind, text={"en": f"Question {i + 1}"},
            choices=[{"en": f"Choice {c}"} for c in range(4 if kind == "single" else 5)] if kind in ("single", "multiple") else [],
        )
        for i, kind in enumerate(kinds)
    )  # fmt: skip
    responses = Response.objects.bulk_create(Response(survey=survey, person=p, submitted_at=now) for p in people)
    answers = []
    for response in responses:
        for question in made:
            if question.kind == "scale":
                answers.append(Answer(response=response, question=question, number=rng.choice([2, 3, 4, 4, 5, 5])))
            elif question.kind == "recommend":
                answers.append(Answer(response=response, question=question, number=rng.randint(4, 10)))
            elif question.kind == "single":
                answers.append(Answer(response=response, question=question, number=rng.randrange(4)))
            elif question.kind == "multiple":
                answers.append(Answer(response=response, question=question, picked=sorted(rng.sample(range(5), 2))))
            else:
                answers.append(Answer(response=response, question=question, text=f"Comment {rng.randrange(10**6)}"))
    Answer.objects.bulk_create(answers, batch_size=5000)
    return survey, len(answers)


def timed(function, runs: int):
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=3000)
    parser.add_argument("--questions", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from django_scopes import scopes_disabled

    runner = get_runner(django.conf.settings)(verbosity=0)
    old_config = runner.setup_databases()
    try:
        with scopes_disabled():
            from academy.surveys import exports, services
            from academy.surveys.models import Answer

            translation.activate("en")
            started = time.perf_counter()
            survey, count = build(args.respondents, args.questions, seed=7)
            print(f"database: {connection.vendor}; {args.respondents} respondents x {args.questions} questions "
                  f"= {count:,} answers built in {time.perf_counter() - started:.1f} s; median of {args.runs} runs")  # fmt: skip
            floor, rows = timed(
                lambda: list(Answer.objects.values_list("response_id", "question_id", "number", "picked", "text")),
                args.runs,
            )
            figures_ms, results = timed(lambda: services.results(survey), args.runs)
            page_ms, _rows = timed(lambda: exports.question_rows(services.results(survey)), args.runs)
            export_ms, table = timed(lambda: exports.answer_rows(survey), max(1, args.runs // 2))
            assert results.respondents == args.respondents
            print(f"{'step':<60} {'median ms':>10} {'x floor':>8}")
            for label, value in [
                (f"floor: fetch the {len(rows):,} raw answer rows as tuples", floor),
                ("every figure of the results page (services.results)", figures_ms),
                ("the same, with the tables the page shows", page_ms),
                (f"the answers as a table for CSV/Excel ({len(table) - 1:,} rows)", export_ms),
            ]:
                print(f"{label:<60} {value:>10.1f} {value / floor:>8.2f}")
    finally:
        runner.teardown_databases(old_config)


if __name__ == "__main__":
    main()
