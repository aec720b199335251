import shutil
import socket
import subprocess

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache
from django.utils import translation
from django_scopes import scopes_disabled
from hypothesis import HealthCheck, settings

# The machines are 2 shared cores: generating examples may be slow for reasons outside the test, which says
# nothing of the code under test (the properties still run every example).
settings.register_profile("shared-machine", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("shared-machine")

pytest_plugins = ["tests.processes"]  # gunicorn servers and task workers, for tests of several processes


@pytest.fixture(autouse=True)
def _fresh_language_and_cache():
    """Each test starts in English with an empty cache (allauth's rate limits live there)."""
    translation.activate("en")
    cache.clear()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _tests_read_every_edition():
    """Tests arrange and check data of any edition directly; the requests they make still run in the scope that
    `EditionMiddleware` opens, as in production, and tests of scoping open their own."""
    with scopes_disabled():
        yield


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class MailServer:
    """A real SMTP server on loopback (aiosmtpd) that the outbox delivers to; it can be stopped and started again on
    the same port, as a mail server that goes down for a while."""

    def __init__(self, settings, handler=None):
        self.inbox = handler or Inbox()
        self.port = free_port()
        self.controller = None
        settings.EMAIL_BACKEND = "academy.outbox.backend.OutboxBackend"
        settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", self.port, 5

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self):
        return self.inbox.messages


@pytest.fixture
def smtp_server(settings):
    """A mail server up for the whole test; e-mail is stored in the outbox, then delivered to it over SMTP."""
    server = MailServer(settings)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def mail_server(settings):
    """A mail server that is down until the test starts it."""
    server = MailServer(settings)
    yield server
    server.stop()


@pytest.fixture
def full_media_root(settings, tmp_path):
    """Uploads go to a real file system that is full: a 64 KiB tmpfs (writes past it fail with ENOSPC, after the
    first part of the file is written). Where mounting is not allowed, MEDIA_ROOT is a regular file, so the kernel
    refuses to make the upload folders in it (root included). Yields the media root, to look for what was left."""
    root = tmp_path / "media"
    root.mkdir()
    mount, umount = shutil.which("mount"), shutil.which("umount")
    mounted = (
        mount and umount and subprocess.run([mount, "-t", "tmpfs", "-o", "size=64k", "tmpfs", root]).returncode == 0
    )
    if not mounted:
        root.rmdir()
        root.write_bytes(b"not a folder")
    settings.MEDIA_ROOT = root
    yield root
    if mounted:
        subprocess.run([umount, root], check=True)


def files_under(root) -> list:
    """Every file under `root` (a folder, or the regular file standing in for one)."""
    return [path for path in root.rglob("*") if path.is_file()] if root.is_dir() else []
