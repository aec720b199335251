"""Messages benchmark: one message in four languages queued to 10,000 alumni, against the template engine alone.

Run: .venv/bin/python bench/cohort.py [--alumni 10000] [--small 1000] [--runs 5]
Alumni are people with a participant membership in a finished edition (six editions, a fifth of them in two),
their preferred languages spread over English, French, Spanish and Portuguese; people of a running edition and a
few alumni who unsubscribed are left out. The message is platform staff's announcement to the alumni of every
edition, written in the four languages with {first_name} and {name}. Timed: `messaging.services.send_message`,
from "send" to every outbox row written and committed (the segment, one `Email` and one `Recipient` per person, the
delivery tasks enqueued after the commit, in the database as in production). The floor, in the same run: rendering
the same 10,000 bodies with Django's template engine alone (each language's template compiled once, one
`Template.render(Context(...))` per person, the people already in memory). The queries of the send are counted at
`--small` alumni (first) and at `--alumni`: they must not grow with the recipients. Scratch SQLite database by
default, or the PostgreSQL of DATABASE_URL (a scratch test database).
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings_test")
os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-bench-"))
# Production's task queue (a row per task): the immediate backend of the tests would send every e-mail at once.
os.environ.setdefault("ACADEMY_TASKS_BACKEND", "database")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, get_runner  # noqa: E402

LANGUAGES = ["en", "fr", "es", "pt"]
WEIGHTS = [40, 25, 20, 15]
SUBJECT = {
    "en": "News from the SSE Academy, {first_name}",
    "fr": "Des nouvelles de l'Académie ESS, {first_name}",
    "es": "Noticias de la Academia de ESS, {first_name}",
    "pt": "Notícias da Academia de ESS, {first_name}",
}
PARAGRAPH = {
    "en": "The next edition opens its applications in March. As one of our alumni, you can recommend colleagues "
    "and join the alumni network's sessions, where past participants share what they built since.",
    "fr": "La prochaine édition ouvre ses candidatures en mars. En tant qu'ancien participant, vous pouvez "
    "recommander des collègues et rejoindre les sessions du réseau, où chacun partage ce qu'il a construit depuis.",
    "es": "La próxima edición abre sus candidaturas en marzo. Como antiguo participante, puede recomendar a "
    "colegas y unirse a las sesiones de la red, donde cada cual comparte lo que ha construido desde entonces.",
    "pt": "A próxima edição abre as candidaturas em março. Como antigo participante, pode recomendar colegas e "
    "juntar-se às sessões da rede, onde cada um partilha o que construiu desde então.",
}
GREETING = {"en": "Dear {first_name},", "fr": "Chère, cher {first_name},", "es": "Estimada/o {first_name}:",
            "pt": "Cara/o {first_name},"}  # fmt: skip
SIGNATURE = {"en": "Warm regards to {name}", "fr": "Bien à vous, {name}", "es": "Un saludo, {name}",
             "pt": "Cumprimentos, {name}"}  # fmt: skip
BODY = {code: f"{GREETING[code]}\n\n" + f"{PARAGRAPH[code]}\n\n" * 3 + SIGNATURE[code] for code in LANGUAGES}


def as_template(text: str) -> str:
    """The same text written for Django's template engine: {first_name} becomes {{ first_name }}."""
    return text.replace("{first_name}", "{{ first_name }}").replace("{name}", "{{ name }}")


def build_editions():
    from academy.editions.models import Edition

    editions = [
        Edition(
            number=number, title={"en": f"Edition {number}"}, start_date=date(2015 + number, 6, 1),
            end_date=date(2015 + number, 7, 1), time_zone="Europe/Lisbon", modality="online",
            main_language="en", status="finished",
        )
        for number in range(1, 7)
    ]  # fmt: skip
    running = Edition(
        number=7, title={"en": "Edition 7"}, start_date=date(2027, 6, 1), end_date=date(2027, 7, 1),
        time_zone="Europe/Lisbon", modality="online", main_language="en", status="running",
    )  # fmt: skip
    return Edition.objects.bulk_create([*editions, running])


def add_people(editions, start: int, count: int, rng: random.Random) -> list:
    """`count` alumni (a fifth in two finished editions), as many people of the running edition only, and one alumnus
    in a hundred who unsubscribed from announcements (left out)."""
    from academy.common import freshness
    from academy.editions.models import Membership, Role
    from academy.editions.rules import EVERYONE, ROLES
    from academy.messaging.models import Unsubscription
    from academy.people.models import User

    finished, running = editions[:-1], editions[-1]
    alumni = User.objects.bulk_create(
        User(email=f"alumnus{n}@example.org", certificate_name=f"Alumna{n} Family{n % 997}",
             language=rng.choices(LANGUAGES, WEIGHTS)[0], country=rng.choice(["BR", "SN", "FR", "PT", "MX", "KE"]))
        for n in range(start, start + count)
    )  # fmt: skip
    others = User.objects.bulk_create(
        User(email=f"current{n}@example.org", certificate_name=f"Current{n}", language=rng.choice(LANGUAGES))
        for n in range(start, start + count)
    )
    leaving = User.objects.bulk_create(
        User(email=f"left{n}@example.org", certificate_name=f"Left{n}") for n in range(start, start + count // 100)
    )
    memberships = []
    for person in alumni + leaving:
        chosen = rng.sample(finished, 2 if rng.random() < 0.2 else 1)
        memberships += [Membership(edition=edition, user=person, role=Role.PARTICIPANT) for edition in chosen]
    memberships += [Membership(edition=running, user=person, role=Role.PARTICIPANT) for person in others]
    Membership.objects.bulk_create(memberships, batch_size=2000)
    Unsubscription.objects.bulk_create(Unsubscription(person=person) for person in leaving)
    freshness.changed(ROLES, EVERYONE)  # a bulk write sends no signal
    return alumni


def new_message(staff):
    from academy.messaging import segments
    from academy.messaging.models import Kind, Message

    return Message.objects.create(
        edition=None, kind=Kind.ANNOUNCEMENT, filters=segments.Filters(groups=(segments.ALUMNI_ALL,)).as_json(),
        subject=SUBJECT, body=BODY, created_by=staff,
    )  # fmt: skip


def clear() -> None:
    from django_tasks_db.models import DBTaskResult

    from academy.messaging.models import Message
    from academy.outbox.models import Email

    Message.objects.all().delete()  # their recipients go with them
    Email.objects.all().delete()
    DBTaskResult.objects.all().delete()


def send(staff) -> tuple[float, int]:
    """Seconds and people reached: one message sent, every outbox row written and committed."""
    from academy.messaging import services

    message = new_message(staff)
    started = time.perf_counter()
    reached = services.send_message(message_id=message.pk)
    return time.perf_counter() - started, reached


def queries_of_send(staff) -> tuple[int, int]:
    """People reached and queries made by one more send (not timed: keeping the SQL of each query costs time)."""
    clear()
    with CaptureQueriesContext(connection) as queries:
        _seconds, reached = send(staff)
    return reached, len(queries)


def floor(people: list[tuple[str, str]]) -> float:
    """Django's template engine alone: the same bodies, each language's template compiled once."""
    from django.template import Context, Engine

    engine = Engine()
    started = time.perf_counter()
    templates = {code: engine.from_string(as_template(text)) for code, text in BODY.items()}
    for name, language in people:
        templates[language].render(Context({"name": name, "first_name": name.split()[0]}))
    return time.perf_counter() - started


def check_rows(expected: int) -> None:
    from academy.messaging.models import Recipient
    from academy.outbox.models import Email

    emails, rows = Email.objects.count(), Recipient.objects.count()
    if emails != expected or rows != expected:
        raise SystemExit(f"expected {expected} e-mails and recipients, found {emails} and {rows}")


def measure(args) -> None:
    from academy.people.models import User

    rng = random.Random(20)  # noqa: S311 (synthetic data)
    staff = User.objects.create(email="staff@example.org", certificate_name="Staff", is_staff=True)
    editions = build_editions()
    alumni = add_people(editions, 0, args.small, rng)
    reached_small, queries_small = queries_of_send(staff)
    check_rows(args.small)
    alumni += add_people(editions, args.small, args.alumni - args.small, rng)
    people = [(person.certificate_name, person.language) for person in alumni]
    print(f"database: {connection.vendor}; {len(alumni):,} alumni in six finished editions "
          f"({', '.join(f'{code} {sum(lang == code for _n, lang in people):,}' for code in LANGUAGES)}), "
          f"{len(alumni):,} people of a running edition and {len(alumni) // 100} unsubscribed alumni left out")  # fmt: skip
    floors, runs = [], []
    for _ in range(args.runs):
        floors.append(floor(people))
        clear()
        seconds, reached = send(staff)
        check_rows(len(alumni))
        runs.append(seconds)
    reached_large, queries_large = queries_of_send(staff)
    floor_median, send_median = statistics.median(floors), statistics.median(runs)
    print(f"{'step':<62} {'median ms':>10} {'x floor':>8}")
    label = f"floor: the template engine renders the {len(people):,} bodies"
    print(f"{label:<62} {floor_median * 1000:>10.1f} {1:>8.2f}")
    label = f"send_message: {reached:,} e-mails and recipients written"
    print(f"{label:<62} {send_median * 1000:>10.1f} {send_median / floor_median:>8.2f}")
    print(
        f"queries of the send: {queries_small} for {reached_small:,} people, {queries_large} for {reached_large:,} people"
    )
    if args.profile:
        import cProfile
        import pstats

        clear()
        profiler = cProfile.Profile()
        profiler.runcall(send, staff)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    print(
        f"runs (ms): floor {', '.join(f'{s * 1000:.0f}' for s in floors)}; send {', '.join(f'{s * 1000:.0f}' for s in runs)}"
    )


def main() -> None:
    from django_scopes import scopes_disabled

    parser = argparse.ArgumentParser()
    parser.add_argument("--alumni", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile one more send, print the top functions")
    args = parser.parse_args()
    runner = get_runner(django.conf.settings)(verbosity=0)
    old_config = runner.setup_databases()
    try:
        with scopes_disabled():  # like the task: across editions, no scope
            measure(args)
    finally:
        runner.teardown_databases(old_config)


if __name__ == "__main__":
    main()
