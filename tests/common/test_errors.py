"""Faults a live edition meets: PostgreSQL restarted while gunicorn serves pages.

A private PostgreSQL cluster (initdb in a temporary directory, its own port) and the production settings under
gunicorn with two workers and persistent connections; the test stops and starts that cluster, never the machine's.
"""

import glob
import http.cookiejar
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from tests.conftest import free_port

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="restarts a PostgreSQL cluster of its own"),
]

ROOT = Path(__file__).resolve().parent.parent.parent
BIN = Path(sys.executable).parent
PAGE = "/fr/editions/12/"  # the edition's page: its middleware reads the edition before the view runs
SIGN_UP = "/fr/accounts/signup/"
OUTAGE_MESSAGE = "Le site est brièvement indisponible"
# The cache table (no Redis here) and the Academy's twelve real editions, as a production install has them.
PREPARE = (
    "from django.core.management import call_command; call_command('createcachetable'); call_command('load_history')"
)


def postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        if os.environ.get("CI") == "true":
            raise pytest.UsageError("CI requires the fault tests: no initdb in /usr/lib/postgresql/*/bin")
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin")
    return Path(found[-1]).parent


class Cluster:
    """A PostgreSQL server of the test's own, in a temporary directory, on a free port."""

    def __init__(self, directory: Path):
        self.bin = postgres_bin()
        self.directory = directory
        self.data = directory / "data"
        self.port = free_port()
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, *command: str) -> None:
        done = subprocess.run([*self.as_postgres, *command], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr

    def init(self) -> None:
        if self.as_postgres:
            shutil.chown(self.directory, "postgres", "postgres")
        self.run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def pg_ctl(self, action: str, *options: str) -> None:
        listen = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.directory / "log"),
            "-w",
            "-o",
            listen,
            action,
            *options,
        )

    def copy_schema_of(self, source: dict) -> None:
        """The tables of the suite's test database, which pytest-django has just migrated, into database `academy`.

        The same migrations, already run once: `academy migrate` on the fresh cluster would add half a minute.
        """
        environment = {**os.environ, "PGPASSWORD": source["PASSWORD"] or ""}
        dump = subprocess.run(
            [
                str(self.bin / "pg_dump"),
                "--no-owner",
                "--no-privileges",
                "-h",
                source["HOST"] or "127.0.0.1",
                "-p",
                str(source["PORT"] or 5432),
                "-U",
                source["USER"],
                source["NAME"],
            ],
            env=environment,
            capture_output=True,
            timeout=120,
        )
        assert dump.returncode == 0, dump.stderr.decode()
        done = subprocess.run(
            [
                str(self.bin / "psql"),
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "academy",
            ],
            input=dump.stdout,
            capture_output=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr.decode()

    def query(self, sql: str, dbname: str = "postgres", params: tuple = ()):
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, autocommit=True) as c:
            cursor = c.execute(sql, params)
            return cursor.fetchall() if cursor.description else None

    def connections_to(self, dbname: str) -> int:
        sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND backend_type = 'client backend'"
        return self.query(sql, params=(dbname,))[0][0]


class Browser:
    """One visitor: keeps cookies, never follows redirects, and reads error statuses like any other."""

    def __init__(self, base: str):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def request(self, path: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers or {})  # noqa: S310 (our http://)
        try:
            with self.opener.open(request, timeout=20) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    def statuses(self, path: str, count: int) -> list[int]:
        """`count` requests at once, so that both gunicorn workers answer some."""
        with ThreadPoolExecutor(max_workers=4) as pool:
            return list(pool.map(lambda _: Browser(self.base).request(path)[0], range(count)))


@pytest.fixture
def live_site(django_db_setup):
    """The production settings under gunicorn (2 workers, persistent connections) on a private cluster."""
    directory = Path(tempfile.mkdtemp(prefix="academy-faults-"))
    cluster = Cluster(directory)
    gunicorn = static = None
    try:
        cluster.init()
        cluster.pg_ctl("start")
        cluster.query("CREATE DATABASE academy")
        environment = {key: value for key, value in os.environ.items() if not key.startswith(("ACADEMY_", "DJANGO_"))}
        environment |= {
            "DJANGO_SETTINGS_MODULE": "academy.settings",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{cluster.port}/academy",
            "ACADEMY_DB_CONN_MAX_AGE": "60",
            "ACADEMY_SECRET_KEY": "faults-test-only",
            "ACADEMY_ALLOWED_HOSTS": "127.0.0.1",
            # Plain HTTP on the loopback: the TLS-terminating proxy of docs/deployment.md is not part of the test.
            "ACADEMY_SECURE": "false",
            "ACADEMY_TASKS_BACKEND": "database",
            "ACADEMY_DATA_DIR": str(directory / "site"),
            "ACADEMY_LOG_LEVEL": "WARNING",
        }
        academy = str(BIN / "academy")
        # The static files (the production storage needs their manifest) are collected while the tables are copied.
        static = subprocess.Popen(
            [academy, "collectstatic", "--no-input", "-v", "0"],
            env=environment,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        cluster.copy_schema_of(connection.settings_dict)
        done = subprocess.run(
            [academy, "shell", "-v", "0", "-c", PREPARE],
            env=environment,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert static.wait(timeout=300) == 0, static.stdout.read()
        port = free_port()
        with open(directory / "gunicorn.log", "w") as log:
            gunicorn = subprocess.Popen(
                [str(BIN / "gunicorn"), "academy.wsgi:application", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
                env=environment,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=log,
                start_new_session=True,  # its own process group, killed whole below
            )
        browser = Browser(f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 60
        while not (_listening(port) and browser.request(PAGE)[0] == 200):
            assert time.monotonic() < deadline, (directory / "gunicorn.log").read_text()
            time.sleep(0.2)
        yield cluster, browser
    finally:
        if static is not None and static.poll() is None:
            static.kill()
            static.wait(timeout=10)
        if gunicorn is not None:
            os.killpg(gunicorn.pid, signal.SIGKILL)
            gunicorn.wait(timeout=10)
        subprocess.run(
            [*cluster.as_postgres, str(cluster.bin / "pg_ctl"), "-D", str(cluster.data), "stop", "-m", "immediate"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(directory, ignore_errors=True)


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def both_workers_connected(cluster: Cluster, browser: Browser) -> None:
    """Requests until each gunicorn worker holds its persistent connection (two sessions on the database)."""
    for _attempt in range(20):
        assert browser.statuses(PAGE, 8) == [200] * 8
        if cluster.connections_to("academy") == 2:
            return
    raise AssertionError("the two workers never both held a connection")


@pytest.mark.django_db  # the suite's test database, migrated, whose tables `live_site` copies
def test_a_postgresql_restart_gives_a_translated_503_writes_nothing_and_the_site_recovers_alone(live_site):
    cluster, browser = live_site
    both_workers_connected(cluster, browser)
    users = cluster.query("SELECT count(*) FROM people_user", "academy")[0][0]
    status, _headers, form = browser.request(SIGN_UP)  # a visitor opens the sign-up form...
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)

    cluster.pg_ctl("stop", "-m", "fast")  # ...and the database goes down before they send it
    status, headers, page = browser.request(PAGE)
    assert status == 503
    assert headers["Retry-After"] == "30"
    assert '<html lang="fr">' in page
    assert OUTAGE_MESSAGE in page
    assert "Traceback" not in page
    assert len(page) < 2000
    status, headers, page = browser.request(
        SIGN_UP,
        {
            "csrfmiddlewaretoken": token,
            "email": "outage@example.org",
            "password1": "x7-solidarity-2026",
            "password2": "x7-solidarity-2026",
        },
        headers={"Referer": browser.base + SIGN_UP},
    )
    assert (status, headers["Retry-After"]) == (503, "30")
    assert OUTAGE_MESSAGE in page

    cluster.pg_ctl("start")  # gunicorn is not restarted
    assert browser.statuses(PAGE, 12) == [200] * 12
    assert cluster.query("SELECT count(*) FROM people_user", "academy")[0][0] == users
    assert cluster.query("SELECT count(*) FROM account_emailaddress WHERE email = 'outage@example.org'", "academy") == [
        (0,)
    ]

    # A restart while nobody visits: both workers still hold connections to the server that went away.
    both_workers_connected(cluster, browser)
    cluster.pg_ctl("restart", "-m", "fast")
    assert browser.statuses(PAGE, 12) == [200] * 12
