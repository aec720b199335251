"""Server time and weight of the public pages, against the cheapest request in the same run.

Run: .venv/bin/python bench/pages.py [--requests 200]
The public pages, then the pages of a logged-in participant, alumnus and organiser (their sessions
made beforehand, as a login would).
Loads the demo data into a scratch SQLite database (or the PostgreSQL of DATABASE_URL, into a
scratch test database), then renders each page many times through Django's test client: full
middleware, templates and queries, no network. The baseline is the bare "/" request, which passes
through the same middleware and redirects without rendering anything.
"""

import argparse
import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings_test")
os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-bench-"))

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, get_runner  # noqa: E402

# (label, address, who is logged in); addresses may name the demo's first lesson of the 13th edition.
PAGES = [
    ("baseline: / (redirect, nothing rendered)", "/", None),
    ("editions history, en", "/en/", None),
    ("editions history, pt", "/pt/", None),
    ("edition 12 (Portugal), en", "/en/editions/12/", None),
    ("edition 12 (Portugal), pt", "/pt/editions/12/", None),
    ("edition 8 (Seoul), fr", "/fr/editions/8/", None),
    ("sign-up form, es", "/es/accounts/signup/", None),
    ("My Academy, participant, pt", "/pt/me/", "participant@demo.example.org"),
    ("My Academy, alumnus, fr", "/fr/me/", "alumnus@demo.example.org"),
    ("course of the 13th, participant, pt", "/pt/editions/13/course/", "participant@demo.example.org"),
    ("a lesson, participant, pt", "/pt/editions/13/course/lessons/{lesson}/", "participant@demo.example.org"),
    ("edition 12 dashboard, organiser (cached)", "/en/editions/12/dashboard/", "staff@demo.example.org"),
]


def measure(client: Client, url: str, requests: int) -> dict:
    client.get(url)  # warm the template and translation caches
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    body = response.content
    return {
        "median": statistics.median(timings),
        "p95": statistics.quantiles(timings, n=20)[-1],
        "bytes": len(body),
        "gzip": len(gzip.compress(body)),
        "queries": len(queries),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    # No setup_test_environment(): its template instrumentation would be measured too.
    runner = get_runner(django.conf.settings)(verbosity=0)
    old_config = runner.setup_databases()
    try:
        from academy.demo.loader import load_demo

        load_demo()
        from academy.learning.models import Lesson
        from academy.people.models import User

        lesson = Lesson.objects.filter(module__course__edition__number=13).order_by("module__position", "position")[0]
        clients = {None: Client()}
        for email in {person for _label, _url, person in PAGES if person}:
            clients[email] = Client()
            clients[email].force_login(User.objects.get(email=email))
        print(f"database: {connection.vendor}; {args.requests} requests per page")
        results = [
            (label, measure(clients[person], url.format(lesson=lesson.pk), args.requests))
            for label, url, person in PAGES
        ]
        baseline = results[0][1]["median"]
        print(f"{'page':<42} {'median ms':>9} {'p95 ms':>7} {'x base':>7} {'KiB':>6} {'gzip KiB':>8} {'queries':>7}")
        for label, r in results:
            print(
                f"{label:<42} {r['median']:>9.2f} {r['p95']:>7.2f} {r['median'] / baseline:>7.1f}"
                f" {r['bytes'] / 1024:>6.1f} {r['gzip'] / 1024:>8.1f} {r['queries']:>7}"
            )
    finally:
        runner.teardown_databases(old_config)


if __name__ == "__main__":
    main()
