"""Fixtures that run the platform as production does: gunicorn app servers and an RQ worker, each its own
process (group), with the production settings module, against the test's PostgreSQL database and a Redis
database of the test's own. Loaded for the whole suite by `tests/conftest.py` (`pytest_plugins`).

The servers read and write the database the test arranges its data in (pytest-django's, committed by
`django_db(transaction=True)`), so a test builds its data with the factories and services and then
watches what several processes make of it. Every process is started in a session of its own and killed
with its whole group at teardown, before the database is flushed.
"""

import http.cookiejar
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# Redis databases 9 and up belong to these tests: one per pytest-xdist worker, so that two tests running at
# once never share a task queue (a worker would run the other test's jobs against the wrong database).
FIRST_REDIS_DATABASE = 9
STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def required(reason: str) -> None:
    """Skip, or fail when CI=true: CI runs what the production profile needs."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI requires this test: {reason}")
    pytest.skip(reason)


@dataclass
class Process:
    name: str
    popen: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def stop(self) -> None:
        """End the process and everything it started (gunicorn's workers), never anything else."""
        if self.popen.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.popen.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.popen.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue


@dataclass
class Server(Process):
    url: str

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.url + path, timeout=15) as response:  # noqa: S310 (http to loopback)
            return response.read().decode()


class Processes:
    """Starts processes in their own process groups and stops them all at the end."""

    def __init__(self, environment: dict, logs: Path):
        self.environment = environment
        self.logs = logs
        self.started: list[Process] = []

    def spawn(self, name: str, command: list[str]) -> tuple[subprocess.Popen, Path]:
        log = self.logs / f"{name}.log"
        with log.open("wb") as out:
            popen = subprocess.Popen(
                command,
                env=self.environment,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # a process group of its own, killed whole at teardown
            )
        return popen, log

    def app_server(self, name: str, *, workers: int = 1) -> Server:
        """A gunicorn server; by default with one worker, so that everything a test sends it meets the same
        process (`bench/web.py` starts one with more)."""
        port = free_port()
        command = [str(BIN / "gunicorn"), "academy.wsgi:application", "--workers", str(workers)]
        command += ["--bind", f"127.0.0.1:{port}"]
        popen, log = self.spawn(name, [*command, "--access-logfile", "-", "--timeout", "60"])
        server = Server(name, popen, log, url=f"http://127.0.0.1:{port}")
        self.started.append(server)
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if popen.poll() is not None:
                pytest.fail(f"{name} ended at start:\n{server.output()}")
            try:
                server.get("/en/")
                return server
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"{name} did not answer within {STARTUP_SECONDS} s:\n{server.output()}")
                time.sleep(0.2)

    def task_worker(self) -> Process:
        """`academy rqworker default`, long-running, as docs/deployment.md runs it."""
        command = [str(BIN / "academy"), "rqworker", "default", "--job-class", "django_tasks_rq.backend.Job"]
        popen, log = self.spawn("rqworker", command)
        worker = Process("rqworker", popen, log)
        self.started.append(worker)
        return worker

    def stop_all(self) -> None:
        for process in reversed(self.started):
            process.stop()


def _database_url() -> str:
    settings = connection.settings_dict
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    port = settings["PORT"] or 5432
    return f"postgres://{settings['USER']}{password}@{settings['HOST'] or '127.0.0.1'}:{port}/{settings['NAME']}"


def _outside_environment() -> dict:
    """This process's environment without its own settings (the tests' or a developer's)."""
    return {key: value for key, value in os.environ.items() if not key.startswith(("ACADEMY_", "DJANGO_"))}


def collect_static(root: Path) -> None:
    """`academy collectstatic` into `root`, with the production settings (hashed names, compressed copies)."""
    environment = _outside_environment() | {
        "DJANGO_SETTINGS_MODULE": "academy.settings",
        "ACADEMY_SECRET_KEY": "collectstatic-only",
        "ACADEMY_DATA_DIR": str(root.parent / "collectstatic-data"),
        "ACADEMY_STATIC_ROOT": str(root),
    }
    done = subprocess.run(
        [str(BIN / "academy"), "collectstatic", "--noinput", "-v", "0"],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"collectstatic failed:\n{done.stdout}{done.stderr}")


def production_environment(*, database_url: str, redis_url: str, static_root: Path, scratch: Path) -> dict:
    """The environment of every production process (settings `academy.settings`, DEBUG off, plain HTTP on
    loopback), on this database and Redis, with its data, uploads and signing key under `scratch`."""
    return _outside_environment() | {
        "DJANGO_SETTINGS_MODULE": "academy.settings",
        "ACADEMY_DEBUG": "false",
        "ACADEMY_SECRET_KEY": "two-servers-test-only-not-a-secret",
        "ACADEMY_ALLOWED_HOSTS": "127.0.0.1",
        "ACADEMY_SECURE": "false",  # plain HTTP on loopback
        "ACADEMY_SITE_URL": "http://127.0.0.1",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "ACADEMY_TASKS_BACKEND": "rq",
        "ACADEMY_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "ACADEMY_DATA_DIR": str(scratch / "data"),
        "ACADEMY_STATIC_ROOT": str(static_root),
        "ACADEMY_MEDIA_ROOT": str(scratch / "media"),
        "ACADEMY_BADGE_RSA_KEY_FILE": str(scratch / "keys" / "rsa-key.pem"),
        "ACADEMY_BADGE_SIGNING_KEY_FILE": str(scratch / "keys" / "signing-key.pem"),
        "ACADEMY_LOG_LEVEL": "WARNING",
    }


@pytest.fixture(scope="session")
def static_root(tmp_path_factory) -> Path:
    """Static files collected once per run, as every app server's release step does (hashed names)."""
    root = tmp_path_factory.mktemp("static")
    collect_static(root)
    return root


@pytest.fixture
def redis_url(worker_id) -> str:
    """A Redis database of this test's own (cache and task queue), emptied before and after."""
    from redis import Redis
    from redis.exceptions import RedisError

    number = FIRST_REDIS_DATABASE + (0 if worker_id == "master" else int(worker_id.removeprefix("gw")))
    url = f"{os.environ.get('ACADEMY_TEST_REDIS', 'redis://127.0.0.1:6379').rstrip('/')}/{number}"
    client = Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.flushdb()
    except RedisError as error:
        required(f"Redis not reachable at {url}: {error}")
    yield url
    client.flushdb()
    client.close()


@pytest.fixture
def production(transactional_db, static_root, redis_url, tmp_path):
    """The production profile against this test's database: `production.app_server(name)` starts a gunicorn
    server, `production.task_worker()` an RQ worker. Shared by all of them, as docs/deployment.md asks: the
    database, Redis, the data and uploads folders and the Open Badges signing key."""
    if connection.vendor != "postgresql":
        pytest.skip("several processes share one database: PostgreSQL")
    logs = tmp_path / "logs"
    logs.mkdir()
    environment = production_environment(
        database_url=_database_url(), redis_url=redis_url, static_root=static_root, scratch=tmp_path
    )
    processes = Processes(environment, logs)
    try:
        yield processes
    finally:
        processes.stop_all()
        connection.close()


def _multipart(fields: dict, files: dict, boundary: str) -> bytes:
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    for name, (filename, content) in files.items():
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
        parts.append(head.encode() + b"Content-Type: application/octet-stream\r\n\r\n" + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode()


class Visitor:
    """A person with a cookie jar, talking plain HTTP to any of the servers: cookies belong to a host, not a
    port, so one login holds on every server at 127.0.0.1."""

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, url: str) -> str:
        with self.opener.open(url, timeout=30) as response:
            return response.read().decode()

    def post(self, url: str, data: dict, *, form: str | None = None, files: dict | None = None) -> str:
        """Submit a form the way a browser does: with the CSRF token of the page it is on (`form`, by default
        the address it is sent to), and `files` ({field: (name, bytes)}) as multipart/form-data."""
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(form or url))[1]
        fields = {"csrfmiddlewaretoken": token, **data}
        headers = {"Referer": form or url}
        if files:
            boundary = secrets.token_hex(16)
            body = _multipart(fields, files, boundary)
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        else:
            body = urllib.parse.urlencode(fields, doseq=True).encode()
        request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310
        with self.opener.open(request, timeout=30) as response:
            return response.read().decode()

    def log_in(self, server: Server, email: str, password: str) -> None:
        landed = self.post(f"{server.url}/en/accounts/login/", {"login": email, "password": password})
        assert "/accounts/logout/" in landed, landed[-2000:]  # the page after logging in offers to log out


def can_log_in_on_production(*people) -> None:
    """Give these people a password hash the production settings read (the tests' own, MD5, is not among
    them); few iterations, since it only has to be readable (the server upgrades it at the first login)."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher
    from django.utils.crypto import get_random_string

    from tests.factories import PASSWORD

    for person in people:
        person.password = PBKDF2PasswordHasher().encode(PASSWORD, get_random_string(22), iterations=1_000)
        person.save(update_fields=["password"])
