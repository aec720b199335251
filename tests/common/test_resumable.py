"""A worker killed mid-run (SIGKILL, real `academy db_worker` processes on PostgreSQL): a new worker, queued again by
`academy resume_stalled_runs`, finishes the run; no certificate twice, none lost; the Reader whole, in one file.

The workers are subprocesses reading the test's database, so these tests commit their data (transactional tests)."""

import os
import signal
import subprocess
import sys
import time
from contextlib import suppress
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Count
from django.utils import timezone
from django_scopes import scopes_disabled
from pypdf import PdfReader
from redis import Redis
from redis.exceptions import RedisError

from academy.attendance import services as attendance
from academy.brain import articles
from academy.brain.models import Article, ArticleCall, ArticleStatus, ReaderBuild
from academy.certificates import services
from academy.certificates.models import Certificate, IssueRun
from academy.common import freshness, resumable
from academy.editions.models import Membership, Role, Status
from academy.editions.rules import EVERYONE, ROLES
from tests.certificates.fixtures import AFTER_THE_EDITION
from tests.concurrency import at_once
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import LISBON, plenary

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="real workers and row locks need PostgreSQL (SQLite has one writer)"
)

ROOT = Path(__file__).resolve().parent.parent.parent
ACADEMY = str(Path(sys.executable).parent / "academy")
PEOPLE = 300
STALLED_AFTER = 1  # seconds of silence after which these tests call a run stalled
TASKS = {
    "database": {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}},
    "rq": {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
}
WORKER = {
    "database": ["db_worker", "--no-startup-delay", "--interval", "0.1"],
    "rq": ["rqworker", "default", "--job-class", "django_tasks_rq.backend.Job"],
}
REDIS_URL = "redis://127.0.0.1:6379/7"  # a database of our own on the shared Redis, flushed before and after


def database_url() -> str:
    settings = connection.settings_dict
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    host = f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return f"postgres://{settings['USER']}{password}@{host}/{settings['NAME']}"


def descendants(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        parent = pending.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            with suppress(OSError):
                children = [int(child) for child in (task / "children").read_text().split()]
                found += children
                pending += children
    return found


class Workers:
    """Real `academy` processes on the test's database, each in its own process group, all killed at the end."""

    def __init__(self, data_dir: Path, backend: str = "database"):
        self.backend = backend
        environment = {key: value for key, value in os.environ.items() if not key.startswith(("ACADEMY_", "DJANGO_"))}
        self.environment = {
            **environment,
            "DJANGO_SETTINGS_MODULE": "academy.settings_test",
            "ACADEMY_TASKS_BACKEND": backend,
            **({"REDIS_URL": REDIS_URL} if backend == "rq" else {}),
            "ACADEMY_RUN_STALLED_AFTER_SECONDS": str(STALLED_AFTER),
            "DATABASE_URL": database_url(),
            "ACADEMY_DATA_DIR": str(data_dir),
            "ACADEMY_MEDIA_ROOT": str(data_dir / "media"),
        }
        self.processes = []
        self.logs = data_dir

    def start(self) -> subprocess.Popen:
        log = open(self.logs / f"worker-{len(self.processes)}.log", "w")  # noqa: SIM115  (closed with the test)
        process = subprocess.Popen(
            [ACADEMY, *WORKER[self.backend]],
            env=self.environment,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen) -> None:
        """SIGKILL to the worker, its process group and every descendant (RQ runs each job in a forked "work horse"
        in a session of its own), as systemd kills a unit's whole control group: nothing of the worker survives."""
        everyone = descendants(process.pid)
        os.killpg(process.pid, signal.SIGKILL)
        for pid in everyone:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        process.wait(timeout=10)

    def resume_stalled_runs(self) -> str:
        done = subprocess.run(
            [ACADEMY, "resume_stalled_runs", "--stalled-after", str(STALLED_AFTER)],
            env=self.environment,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                self.kill(process)

    def log(self) -> str:
        return "\n".join(path.read_text()[-3000:] for path in sorted(self.logs.glob("worker-*.log")))


@pytest.fixture(params=["database"])
def workers(request, transactional_db, tmp_path, settings):
    """Workers of the backend the test names (`@pytest.mark.parametrize("workers", [...], indirect=True)`)."""
    backend = request.param
    settings.TASKS = TASKS[backend]  # this process queues tasks where the workers look for them
    settings.MEDIA_ROOT = tmp_path / "media"
    if backend == "rq":
        redis = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
        try:
            redis.ping()
        except RedisError:
            pytest.skip(f"Redis (optional) not reachable at {REDIS_URL}")
        redis.flushdb()
        settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    team = Workers(tmp_path, backend)
    with scopes_disabled():
        yield team
    team.stop_all()
    if backend == "rq":
        redis.flushdb()


def wait_for(condition, *, seconds: float, workers: Workers, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"{what}: not within {seconds} s\n{workers.log()}")


def stalled_for(row, seconds: float) -> bool:
    row.refresh_from_db()
    return resumable.last_sign(row) < timezone.now() - timedelta(seconds=seconds)


def qualifying_edition(people: int):
    """A finished edition of one plenary that `people` participants attended whole."""
    edition = EditionFactory(
        number=13, status=Status.RUNNING, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25), time_zone=LISBON
    )
    organiser = UserFactory(email="org@example.org")
    Membership.objects.create(edition=edition, user=organiser, role=Role.ORGANISER)
    session = plenary(edition)
    everyone = [UserFactory() for _ in range(people)]
    Membership.objects.bulk_create(
        [Membership(edition=edition, user=person, role=Role.PARTICIPANT) for person in everyone]
    )
    freshness.changed(ROLES, EVERYONE)  # a bulk write sends no signal
    for person in everyone:
        attendance.record_by_hand(session=session, person=person, minutes=None, reason="Sign-in sheet", by=organiser)
    return edition, organiser


@pytest.mark.parametrize("workers", ["database", "rq"], indirect=True)
def test_a_worker_killed_mid_issue_leaves_the_run_to_a_new_one_no_certificate_twice_none_lost(workers):
    edition, organiser = qualifying_edition(PEOPLE)
    run = services.close_and_issue(edition=edition, by=organiser, now=AFTER_THE_EDITION)  # queued on commit
    first = workers.start()
    certificates = Certificate.objects.filter(edition=edition)
    wait_for(lambda: certificates.count() >= 30, seconds=60, workers=workers, what="the first worker issues")
    workers.kill(first)
    killed_at = certificates.count()
    run.refresh_from_db()
    assert 30 <= killed_at < PEOPLE, "killed mid-run"
    assert run.finished_at is None
    assert resumable.is_resuming(run) is False  # not yet: its heartbeat is fresh

    workers.start()
    wait_for(lambda: stalled_for(run, STALLED_AFTER), seconds=10, workers=workers, what="the run falls silent")
    assert resumable.is_resuming(run, now=timezone.now() + timedelta(seconds=300)) is True
    assert workers.resume_stalled_runs().startswith("Resumed 1 certificate run(s)")
    wait_for(
        lambda: IssueRun.objects.filter(pk=run.pk).exclude(finished_at=None).exists(),
        seconds=120,
        workers=workers,
        what="the new worker finishes the run",
    )
    run.refresh_from_db()
    valid = certificates.filter(revoked_at=None)
    assert valid.count() == PEOPLE
    assert valid.values("user").distinct().count() == PEOPLE
    assert not valid.values("user").annotate(n=Count("pk")).filter(n__gt=1).exists()
    assert (run.total, run.done, run.attempts) == (PEOPLE, PEOPLE, 2)
    assert services.qualifying_without_certificate(edition) == []
    assert workers.resume_stalled_runs().startswith("Resumed 0 certificate run(s)")


ARTICLE = "\n\n".join(
    [
        "## Why it matters",
        "Social and solidarity economy organisations **create decent work** where markets fail. " * 12,
        "- cooperatives\n- mutual societies\n- associations\n- social enterprises",
        "> A quotation from the plenary on the future of work, to lay out as a block quote. " * 4,
        "1. first\n2. second\n3. third",
        "Policies that recognise SSE in law, statistics and public procurement. " * 15,
    ]
)


def test_a_worker_killed_mid_compile_leaves_one_whole_reader_compiled_by_a_new_one(workers, tmp_path):
    edition = EditionFactory(number=13, status=Status.FINISHED, time_zone=LISBON)
    ArticleCall.objects.create(edition=edition, deadline=timezone.now(), reader_introduction={"en": "Welcome."})
    count = 120
    authors = [UserFactory() for _ in range(count)]
    Article.objects.bulk_create(
        [
            Article(
                edition=edition,
                author=author,
                title=f"Article {number:03}",
                body=ARTICLE,
                language="en",
                status=ArticleStatus.ACCEPTED,
            )
            for number, author in enumerate(authors)
        ]
    )
    build = articles.start_reader(edition=edition, by=None, now=timezone.now())
    first = workers.start()

    def laying_out() -> bool:  # claimed, and beating since: the PDF is being laid out
        build.refresh_from_db()
        return (
            build.attempts == 1
            and build.heartbeat_at is not None
            and build.heartbeat_at > build.started_at + timedelta(seconds=1)
        )

    wait_for(laying_out, seconds=30, workers=workers, what="the first worker compiles")
    workers.kill(first)
    build.refresh_from_db()
    assert build.finished_at is None, "killed mid-compile"
    assert not build.file
    assert articles.latest_reader(edition) is None

    workers.start()
    wait_for(lambda: stalled_for(build, STALLED_AFTER), seconds=10, workers=workers, what="the compile falls silent")
    assert "and 1 Reader compilation(s)" in workers.resume_stalled_runs()
    wait_for(
        lambda: ReaderBuild.objects.filter(pk=build.pk).exclude(finished_at=None).exists(),
        seconds=120,
        workers=workers,
        what="the new worker compiles the Reader",
    )
    build.refresh_from_db()
    assert (build.attempts, build.articles, build.failed) == (2, count, "")
    assert articles.latest_reader(edition) == build
    files = sorted(path.name for path in (tmp_path / "media" / "readers").iterdir())
    assert files == [Path(build.file.name).name]
    pdf = PdfReader(tmp_path / "media" / build.file.name)
    assert [entry.title for entry in pdf.outline] == [f"Article {number:03}" for number in range(count)]


def test_two_runs_racing_on_one_edition_issue_each_certificate_once(transactional_db):
    """Two workers on two runs of the same edition (the organiser closed it twice, or a run resumed while its
    first worker was only slow): each person gets one certificate, and both runs end normally."""
    with scopes_disabled():
        edition, organiser = qualifying_edition(40)
        runs = [IssueRun.objects.create(edition=edition, started_by=organiser) for _ in range(2)]
    outcomes = at_once(
        *[
            lambda run=run: services.issue_all(
                run=IssueRun.objects.select_related("edition", "started_by").get(pk=run.pk), notify=False
            )
            for run in runs
        ]
    )
    assert [outcome.raised for outcome in outcomes] == [None, None]
    assert sum(outcome.returned for outcome in outcomes) == 40
    with scopes_disabled():
        valid = Certificate.objects.filter(edition=edition, revoked_at=None)
        assert valid.count() == 40
        assert valid.values("user").distinct().count() == 40
        for run in runs:
            run.refresh_from_db()
            assert run.finished_at is not None
            assert run.done == run.total
