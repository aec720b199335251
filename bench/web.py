"""The pages under load, on the production profile: requests per second and latency against the same server's 404.

Run: .venv/bin/python bench/web.py [--seconds 10] [--repeat 2] (or `make bench-web`); about 8 minutes.
Needs PostgreSQL at DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a scratch database
academy_bench_<random> is made there and dropped at the end), Redis at ACADEMY_BENCH_REDIS when reachable
(default redis://127.0.0.1:6379/14, emptied before and after; without it the cache is the database's), and
Debian's wrk (`scripts/install-system-packages.sh bench`, run here when wrk is missing and we are root).

What it does:
1. migrates the scratch database and loads the demo, then a generated edition of 200 published sessions
   (plenaries, electives in three parts, study visits, marketplace sessions; four languages, interpretation),
   300 participants of it (allocated to electives), 100 alumni of the 12th edition and 10 each of its
   organisers, committee members and speakers, all through the apps' services;
2. logs them all in by writing their sessions directly (as Django's `Client.force_login` does) and writes the
   session keys to a Lua file for wrk;
3. renders My Academy and the programme in this process with Django's test client (bench/pages.py's
   `measure`): SQL queries and server time per render, not under load;
4. starts gunicorn with 2 workers on the production settings (DEBUG off; tests/processes.py's environment)
   and runs `wrk -t2 -c50` on each page for --seconds, --repeat times, pages taken in turn, rotating the
   cookies of that page's people so that a burst is that many different people.
Baselines, in the same run: the 404 page (the whole middleware and a small template) and a static file
(whitenoise). It fails when a logged-in page answers a redirect (to the login) or anything but its page,
or when more than 1% of any page's answers are not 2xx.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zoneinfo
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

from tests.processes import Processes, collect_static, production_environment  # noqa: E402

LOGGED_IN_MARKER = "/accounts/logout/"  # every logged-in page offers to log out
EDITION_SESSIONS = 200
PARTICIPANTS = 300
ALUMNI = 100
STAFF_EACH = 10  # organisers, committee members, speakers of the generated edition
SEED = 18
LANGUAGES = ["en", "fr", "es", "pt"]
BAD_SHARE = 0.01  # more than this share of answers that are not 2xx fails the run


def scratch_database() -> tuple[str, str]:
    """(maintenance URL, scratch URL): a new, empty database beside DATABASE_URL's."""
    import psycopg

    base = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres"
    parts = urlsplit(base)
    if not parts.scheme.startswith("postgres"):
        sys.exit(f"bench/web.py needs PostgreSQL (DATABASE_URL is {base!r})")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    name = f"academy_bench_{secrets.token_hex(4)}"
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return maintenance, urlunsplit(parts._replace(path=f"/{name}"))


def drop_database(maintenance: str, url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def reachable_redis() -> str | None:
    from redis import Redis
    from redis.exceptions import RedisError

    url = os.environ.get("ACADEMY_BENCH_REDIS", "redis://127.0.0.1:6379/14")
    try:
        Redis.from_url(url, socket_connect_timeout=2).flushdb()
    except RedisError as error:
        print(f"Redis not reachable at {url} ({error}): cache in the database")
        return None
    return url


def wrk_binary() -> str:
    if not shutil.which("wrk"):
        subprocess.run([str(ROOT / "scripts" / "install-system-packages.sh"), "bench"], check=False)  # noqa: S603
    if not (found := shutil.which("wrk")):
        sys.exit("wrk is missing: run `sudo scripts/install-system-packages.sh bench` (Debian's wrk package)")
    return found


# The generated edition ---------------------------------------------------------------------------------------


def _weekdays(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _titles(text: str, number: int) -> dict[str, str]:
    return {language: f"{text} {number} ({language})" for language in LANGUAGES}


def _floor_and_channels(number: int) -> tuple[list[str], list[str]]:
    floor = LANGUAGES[number % len(LANGUAGES)]
    return [floor], [language for language in LANGUAGES if language != floor]


def generated_programme(edition) -> None:
    """200 published sessions over two weeks: each weekday a plenary, elective parts, study visits and a
    marketplace session; two allocation rounds of 20 electives in three parts each (120 sessions)."""
    from academy.programme.models import AllocationRound, Elective, Kind, Session

    zone = zoneinfo.ZoneInfo(edition.time_zone)
    days = _weekdays(edition.start_date, 10)
    sessions = []

    def add(code, kind, day, hour, minutes=90, **fields):
        number = len(sessions)
        floor, channels = _floor_and_channels(number)
        starts = datetime.combine(day, clock(hour), tzinfo=zone)
        sessions.append(
            Session(
                edition=edition, code=code, kind=kind, starts_at=starts, ends_at=starts + timedelta(minutes=minutes),
                title=_titles(Kind(kind).label, number), description=_titles("What this session is about", number),
                floor_languages=floor, interpretation=channels, published=True, **fields,
            )
        )  # fmt: skip

    add("OPEN", Kind.OPENING, days[0], 8, 30)
    for number, day in enumerate(days, start=1):
        add(f"P{number}", Kind.PLENARY, day, 9, livestream_url="https://example.org/live")
    add("CLOSE", Kind.CLOSING, days[-1], 17, 60)
    for week in range(2):
        round_ = AllocationRound.objects.create(
            edition=edition,
            position=week + 1,
            name=dict.fromkeys(LANGUAGES, f"Week {week + 1}"),
            preferences_open_at=datetime.combine(edition.start_date - timedelta(days=40), clock(9), tzinfo=zone),
            preferences_close_at=datetime.combine(edition.start_date - timedelta(days=10), clock(9), tzinfo=zone),
            switch_deadline=datetime.combine(days[week * 5], clock(9), tzinfo=zone),
        )
        for number in range(20):
            code = f"E{week * 20 + number + 1}"
            elective = Elective.objects.create(
                edition=edition, round=round_, code=code, title=_titles("Elective", week * 20 + number + 1),
                description=_titles("An elective course", number), minimum_seats=3, maximum_seats=25,
            )  # fmt: skip
            for part, day in enumerate(days[week * 5 + 1 : week * 5 + 4], start=1):
                add(f"{code}-{part}", Kind.ELECTIVE, day, 11 + number % 4, elective=elective)
    for number in range(40):
        add(f"V{number + 1}", Kind.VIRTUAL_VISIT, days[number % 10], 14 + number % 3, capacity=80)
    for number in range(EDITION_SESSIONS - len(sessions)):
        add(f"M{number + 1}", Kind.MARKETPLACE, days[number % 10], 16)
    Session.objects.bulk_create(sessions)
    assert Session.objects.filter(edition=edition).count() == EDITION_SESSIONS


def generated_people(count: int, domain: str) -> list:
    """People like the demo's cohort (its generator, another seed), with addresses of their own."""
    from academy.demo.loader import register_cohort

    return register_cohort(size=count, seed=SEED, min_countries=min(count, 60), domain=domain, is_demo=False)


def load_data() -> dict[str, list]:
    """The demo, then the generated edition and its people; returns the people by role."""
    from django.db import transaction
    from django_scopes import scopes_disabled

    from academy.demo.loader import ALUMNI_EDITION, DEMO_EDITION, load_demo
    from academy.demo.programme import rank_and_allocate
    from academy.editions import services as editions
    from academy.editions.models import Edition, Role, Status
    from academy.programme.models import Session, SessionSpeaker, Speaker

    # Like a management command, across every edition: no scope.
    with scopes_disabled():
        accounts = load_demo()
    staff = accounts["staff"]
    with transaction.atomic(), scopes_disabled():
        today = datetime.now(tz=zoneinfo.ZoneInfo("UTC")).date()
        edition = editions.clone_edition(
            source=Edition.objects.get(number=DEMO_EDITION),
            number=editions.next_edition_number(),
            start_date=today - timedelta(days=today.weekday() + 7),  # running: in its second week today
            by=staff,
        )
        edition.end_date = edition.start_date + timedelta(days=11)
        edition.status = Status.RUNNING
        edition.languages = LANGUAGES
        editions.save_edition(edition=edition, by=staff)
        generated_programme(edition)
        people = generated_people(PARTICIPANTS + ALUMNI + 3 * STAFF_EACH, "bench.example.org")
        roles = {
            "participant": people[:PARTICIPANTS],
            "alumnus": people[PARTICIPANTS : PARTICIPANTS + ALUMNI],
            "organiser": people[PARTICIPANTS + ALUMNI :][:STAFF_EACH],
            "committee": people[PARTICIPANTS + ALUMNI + STAFF_EACH :][:STAFF_EACH],
            "speaker": people[PARTICIPANTS + ALUMNI + 2 * STAFF_EACH :][:STAFF_EACH],
        }
        alumni_edition = Edition.objects.get(number=ALUMNI_EDITION)
        partner = edition.partnerships.first().organisation
        grants = [(edition, person, Role.PARTICIPANT, None) for person in roles["participant"]]
        grants += [(alumni_edition, person, Role.PARTICIPANT, None) for person in roles["alumnus"]]
        grants += [(edition, person, Role.ORGANISER, None) for person in roles["organiser"]]
        grants += [(edition, person, Role.COMMITTEE, partner) for person in roles["committee"]]
        grants += [(edition, person, Role.SPEAKER, None) for person in roles["speaker"]]
        for where, person, role, organisation in grants:
            editions.grant_role(edition=where, user=person, role=role, organisation=organisation, by=staff)
        plenaries = list(Session.objects.filter(edition=edition, kind="plenary"))
        for number, person in enumerate(roles["speaker"]):
            speaker = Speaker.objects.create(name=person.certificate_name, user=person, bio={"en": "Speaks."})
            SessionSpeaker.objects.create(session=plenaries[number % len(plenaries)], speaker=speaker)
    with scopes_disabled():
        rank_and_allocate(edition, roles["participant"], by=roles["organiser"][0], seed=SEED)
    return {"edition": edition, **roles}


def log_in(people: list) -> list[str]:
    """A session for each person, written directly as `Client.force_login` does; returns the session keys."""
    from django.conf import settings
    from django.contrib.auth import login
    from django.http import HttpRequest
    from django.utils.module_loading import import_string

    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")
    keys = []
    for person in people:
        request = HttpRequest()
        request.session = store()
        login(request, person, backend="academy.people.backends.AuthenticationBackend")  # as a real login
        request.session.save()
        keys.append(request.session.session_key)
    return keys


def write_cookies(path: Path, keys: dict[str, list[str]]) -> None:
    lines = ["return {"]
    for role, values in keys.items():
        lines.append(f"  {role} = {{{', '.join(json.dumps(value) for value in values)}}},")
    path.write_text("\n".join([*lines, "}", ""]))


# The pages ----------------------------------------------------------------------------------------------------


def pages(data: dict, static_path: str, certificate_code: str) -> list[tuple[str, str, str | None]]:
    """(label, path, whose cookies or None); the first two are the baselines."""
    number = data["edition"].number
    return [
        ("404 (baseline)", "/en/no-such-page/", None),
        ("static file (baseline)", static_path, None),
        ("My Academy, participant", "/en/me/", "participant"),
        ("My Academy, alumnus", "/en/me/", "alumnus"),
        ("My Academy, organiser", "/en/me/", "organiser"),
        ("My Academy, committee member", "/en/me/", "committee"),
        ("My Academy, speaker", "/en/me/", "speaker"),
        (f"programme, {EDITION_SESSIONS} sessions, participant", f"/en/editions/{number}/programme/", "participant"),
        ("edition page", f"/en/editions/{number}/", None),
        ("session page", f"/en/editions/{number}/programme/E1-1/", None),
        ("Collective Brain search, pt", "/pt/brain/?q=cooperativas", None),
        ("editions history", "/en/", None),
        ("certificate verification", f"/en/certificates/verify/{certificate_code}/", None),
        ("edition dashboard, organiser", f"/en/editions/{number}/dashboard/", "organiser"),
    ]


def in_process(data: dict, keys: dict[str, list[str]], renders: int) -> dict[str, dict]:
    """Queries and server time per render of My Academy and the programme, by Django's test client."""
    from django.conf import settings
    from django.test import Client
    from pages import measure

    figures = {}
    for label, path, role in pages(data, "", ""):
        if not (label.startswith(("My Academy", "programme"))):
            continue
        client = Client()
        client.cookies[settings.SESSION_COOKIE_NAME] = keys[role][0]
        response = client.get(path)
        if response.status_code != 200 or LOGGED_IN_MARKER not in response.content.decode():
            sys.exit(f"{label}: {path} answered {response.status_code} in process, not the page")
        figures[label] = measure(client, path, renders)
    return figures


def check_page(server_url: str, path: str, cookie: str | None) -> int:
    """The size of the body of one answer, not following redirects; a logged-in page must be the page itself
    (200, with the logout link), not a redirect to the login."""
    import urllib.error
    import urllib.request

    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    request = urllib.request.Request(server_url + path, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    try:
        with urllib.request.build_opener(Stay).open(request, timeout=30) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    if cookie and (status != 200 or LOGGED_IN_MARKER.encode() not in body):
        sys.exit(f"{path} for a logged-in person answered {status}, not the page (a redirect to the login?)")
    return len(body)


def run_wrk(wrk: str, url: str, args: argparse.Namespace, cookies: Path, role: str | None, cookie_name: str) -> dict:
    command = [wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds}s", "--latency", "--timeout", "30s"]
    command += ["-s", str(ROOT / "bench" / "web.lua"), url, "--"]
    command += [str(cookies), role or "-", cookie_name, LOGGED_IN_MARKER if role else "-"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    found = re.search(r"^JSON (.*)$", done.stdout, re.MULTILINE)
    if not found:
        sys.exit(f"wrk gave no figures:\n{done.stdout}{done.stderr}")
    result = json.loads(found[1])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


def settle(server_url: str, path: str) -> None:
    """Wait until the server has answered what wrk left queued when it stopped (sync workers still serve the
    requests of closed connections): one request waits behind them all."""
    import urllib.request

    for _ in range(2):
        with urllib.request.urlopen(server_url + path, timeout=120) as response:  # noqa: S310 (loopback)
            response.read()


def check_answers(label: str, result: dict, *, logged_in: bool, expected_status_ok: bool) -> None:
    answers = result["ok"] + result["redirected"] + result["other"]
    if logged_in and (result["redirected"] or result["unmarked"]):
        sys.exit(f"{label}: {result['redirected']} redirects and {result['unmarked']} answers without the logout link")
    if expected_status_ok and (result["redirected"] + result["other"]) > BAD_SHARE * answers:
        sys.exit(f"{label}: {result['redirected'] + result['other']} of {answers} answers were not 2xx")


def report(rows: list[dict], figures: dict[str, dict]) -> None:
    base_404 = statistics.median(r["rps"] for r in rows[0]["runs"])
    base_static = statistics.median(r["rps"] for r in rows[1]["runs"])
    if not (base_404 and base_static):
        sys.exit("no answers from a baseline: the server was still busy, or down (see its log)")
    header = (
        "| page | req/s (runs) | x 404 | x static | p50 ms | p99 ms | non-2xx | KiB | queries | in-process ms |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    print(header)
    for row in rows:
        runs = row["runs"]
        rps = statistics.median(r["rps"] for r in runs)
        p50 = statistics.median(r["p50_us"] for r in runs) / 1000
        p99 = max(r["p99_us"] for r in runs) / 1000
        bad = sum(r["redirected"] + r["other"] for r in runs)
        bad = f"{bad} (all 404)" if row is rows[0] else bad
        inside = figures.get(row["label"])
        queries = str(inside["queries"]) if inside else ""
        ms = f"{inside['median']:.1f}" if inside else ""
        each = ", ".join(f"{r['rps']:.0f}" for r in runs)
        print(
            f"| {row['label']} | {rps:.0f} ({each}) | {rps / base_404:.2f}"
            f" | {rps / base_static:.2f} | {p50:.0f} | {p99:.0f} | {bad} | {row['bytes'] / 1024:.1f} | {queries} | {ms} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration per page and repetition")
    parser.add_argument("--repeat", type=int, default=2, help="how many times each page is measured")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--renders", type=int, default=30, help="in-process renders per page")
    args = parser.parse_args()
    started = time.monotonic()
    wrk = wrk_binary()
    scratch = Path(tempfile.mkdtemp(prefix="academy-bench-web-"))
    maintenance, database_url = scratch_database()
    redis_url = reachable_redis()
    processes = None
    try:
        (scratch / "static").mkdir()
        collect_static(scratch / "static")
        environment = production_environment(
            database_url=database_url, redis_url=redis_url or "", static_root=scratch / "static", scratch=scratch
        )
        environment |= {
            "ACADEMY_TASKS_BACKEND": "immediate",  # the loading's tasks run inline; the pages enqueue none
            "ACADEMY_ALLOWED_HOSTS": "127.0.0.1,testserver",  # testserver: the in-process renders
            "ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR": "1000000000",  # one address sends the whole load
            "ACADEMY_LOG_LEVEL": "ERROR",
        }
        os.environ.clear()
        os.environ.update(environment)
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        call_command("compiletranslations", verbosity=0)
        call_command("migrate", verbosity=0)
        print(f"loading the demo and the generated edition into {urlsplit(database_url).path[1:]} ...", flush=True)
        data = load_data()
        keys = {role: log_in(data[role]) for role in ("participant", "alumnus", "organiser", "committee", "speaker")}
        cookies = scratch / "cookies.lua"
        write_cookies(cookies, keys)
        from django_scopes import scopes_disabled

        from academy.certificates.models import Certificate

        with scopes_disabled():
            certificate_code = Certificate.objects.filter(revoked_at=None).values_list("code", flat=True)[0]
        manifest = json.loads((scratch / "static" / "staticfiles.json").read_text())["paths"]
        static_path = "/static/" + next(hashed for name, hashed in manifest.items() if name.endswith(".css"))
        print(f"data loaded after {time.monotonic() - started:.0f} s; rendering in process ...", flush=True)
        figures = in_process(data, keys, args.renders)
        from django.db import connections

        connections.close_all()

        processes = Processes(environment, scratch / "logs")
        (scratch / "logs").mkdir()
        server = processes.app_server("web", workers=args.workers)
        cookie_name = settings.SESSION_COOKIE_NAME
        rows = []
        for label, path, role in pages(data, static_path, certificate_code):
            cookie = f"{cookie_name}={keys[role][0]}" if role else None
            rows.append({"label": label, "path": path, "role": role, "runs": []})
            rows[-1]["bytes"] = check_page(server.url, path, cookie)
            run_wrk(
                wrk, server.url + path, argparse.Namespace(**{**vars(args), "seconds": 2}), cookies, role, cookie_name
            )
            settle(server.url, static_path)
        print(f"wrk -t{args.threads} -c{args.connections} -d{args.seconds}s, {args.repeat} rounds ...", flush=True)
        for _ in range(args.repeat):
            for row in rows:
                result = run_wrk(wrk, server.url + row["path"], args, cookies, row["role"], cookie_name)
                check_answers(row["label"], result, logged_in=bool(row["role"]), expected_status_ok=row is not rows[0])
                row["runs"].append(result)
                settle(server.url, static_path)
                print(
                    f"  {row['label']}: {result['rps']:.0f} req/s, p50 {result['p50_us'] / 1000:.0f} ms,"
                    f" p99 {result['p99_us'] / 1000:.0f} ms, {result['ok']} 2xx, {result['redirected']} 3xx,"
                    f" {result['other']} other, {result['socket_errors']} socket errors, {result['timeouts']} timeouts",
                    flush=True,
                )
        print(
            f"\n{len(keys['participant'])} participants, {len(keys['alumnus'])} alumni, {STAFF_EACH} each of organisers,"
            f" committee members, speakers; {args.workers} gunicorn workers; database {connections['default'].vendor},"
            f" cache {'Redis' if redis_url else 'database'}; in-process: median of {args.renders} renders\n"
        )
        report(rows, figures)
        programme = next(figure for label, figure in figures.items() if label.startswith("programme"))
        print(f"\nprogramme in process: {programme['median'] / EDITION_SESSIONS:.3f} ms per session (median render)")
        print(f"\nwhole run: {time.monotonic() - started:.0f} s")
    finally:
        if processes:
            processes.stop_all()
        if "django.db" in sys.modules:
            sys.modules["django.db"].connections.close_all()
        drop_database(maintenance, database_url)
        if redis_url:
            from redis import Redis

            Redis.from_url(redis_url).flushdb()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
