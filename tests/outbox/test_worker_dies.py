"""The outbox worker killed (SIGKILL) while it talks to the mail server: the next one sends the e-mail, once."""

import asyncio
import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from academy.outbox import services
from academy.outbox.models import Email
from tests.concurrency import at_once
from tests.conftest import Inbox, MailServer

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a second process shares the database: PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]  # the outbox worker is a process of the production profile (tests/processes.py), killed for real
ACADEMY = str(Path(sys.executable).parent / "academy")


class StallingOnce(Inbox):
    """A mail server that stalls at the first recipient it is given (the sender is then mid-send), until released."""

    def __init__(self):
        super().__init__()
        self.stalled, self.release = threading.Event(), threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, options):
        if not self.stalled.is_set():
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_worker_killed_mid_send_leaves_the_email_to_the_next_once_its_lease_runs_out(settings, production):
    server = MailServer(settings, StallingOnce())
    server.start()
    email = Email.objects.create(
        key="certificate:1",
        from_email="academy@example.org",
        to=["awa@example.org"],
        subject="Your certificate",
        body="Attached.",
        next_attempt_at=timezone.now(),
    )
    production.environment |= {
        "ACADEMY_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "ACADEMY_EMAIL_HOST": "127.0.0.1",
        "ACADEMY_EMAIL_PORT": str(server.port),
    }
    worker, _log = production.spawn("outbox-worker", [ACADEMY, "send_outbox", "--every", "1"])
    try:
        assert server.inbox.stalled.wait(60), "the worker never reached the mail server"
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(10)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
        server.inbox.release.set()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sending", 1)
    assert email.lease_until > timezone.now()

    def next_worker_turn() -> str:
        return subprocess.run(
            [ACADEMY, "send_outbox"],
            env=production.environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout

    assert "Sent: 0" in next_worker_turn()  # its lease holds: nobody else takes it yet
    Email.objects.filter(pk=email.pk).update(lease_until=timezone.now() - timedelta(seconds=1))  # the lease runs out
    assert "Sent: 1" in next_worker_turn()
    assert "Sent: 0" in next_worker_turn()
    server.stop()
    assert [envelope.rcpt_tos for envelope in server.messages] == [["awa@example.org"]]
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 2)


def test_two_workers_given_the_same_email_at_the_same_moment_send_it_once(smtp_server):
    email = Email.objects.create(
        key="offer:1", from_email="academy@example.org", to=["awa@example.org"], subject="Offer", body="Body",
        next_attempt_at=timezone.now(),
    )  # fmt: skip
    outcomes = at_once(*[lambda: services.deliver(email_id=email.pk)] * 2)
    assert sorted(str(outcome.returned) for outcome in outcomes) == ["None", "sent"]
    assert len(smtp_server.messages) == 1
