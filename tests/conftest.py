import shutil
import socket
import subprocess

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache
from django.utils import translation
from django_scopes import scopes_disabled


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


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback (aiosmtpd); e-mail is queued, then delivered to it over SMTP."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "academy.common.mail.QueuedEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    yield inbox
    controller.stop()


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
