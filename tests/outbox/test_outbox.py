from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django_scopes import scope
from freezegun import freeze_time

from academy.common.mail import PlatformEmail
from academy.outbox import services
from academy.outbox.models import Attachment, Email
from academy.outbox.services import LEASE, MAX_ATTEMPTS, RETRY_DELAYS
from tests.conftest import Inbox, MailServer
from tests.factories import EditionFactory

pytestmark = pytest.mark.django_db
NOW = datetime(2027, 6, 14, 9, 0, tzinfo=UTC)


def send(subject="Your offer", to="awa@example.org", **kwargs):
    PlatformEmail(subject, "Body", "academy@example.org", [to], **kwargs).send()


def parsed(envelope):
    return message_from_bytes(envelope.content, policy=policy.default)


def test_an_email_is_stored_before_it_is_sent_and_marked_sent_after(mail_server, django_capture_on_commit_callbacks):
    mail_server.start()
    with django_capture_on_commit_callbacks(execute=False) as first_attempt:
        send(key="offer:1")
    email = Email.objects.get()
    assert (email.status, email.attempts, email.to, mail_server.messages) == ("queued", 0, ["awa@example.org"], [])
    for callback in first_attempt:
        callback()
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == ("sent", 1, "")
    [envelope] = mail_server.messages
    assert envelope.rcpt_tos == ["awa@example.org"]
    assert parsed(envelope)["Message-ID"] == services.message_id(email)


def test_attachments_travel_with_the_email_and_are_dropped_once_it_is_sent(
    mail_server, django_capture_on_commit_callbacks
):
    mail_server.start()
    with django_capture_on_commit_callbacks(execute=False) as first_attempt:
        message = PlatformEmail("Certificate", "Attached.", None, ["awa@example.org"], key="certificate:7")
        message.attach("certificate.pdf", b"%PDF-1.7 bytes", "application/pdf")
        message.send()
    assert bytes(Attachment.objects.get().content) == b"%PDF-1.7 bytes"
    first_attempt[0]()
    [envelope] = mail_server.messages
    [attachment] = list(parsed(envelope).iter_attachments())
    assert (attachment.get_filename(), attachment.get_content()) == ("certificate.pdf", b"%PDF-1.7 bytes")
    assert not Attachment.objects.exists()


def test_the_same_key_is_sent_once_even_when_the_work_runs_twice(mail_server, django_capture_on_commit_callbacks):
    mail_server.start()
    with django_capture_on_commit_callbacks(execute=True):
        send(key="certificate:42")
        send(key="certificate:42")
    with django_capture_on_commit_callbacks(execute=True):
        send(key="certificate:42")  # a task re-run later, after its worker died
    assert Email.objects.count() == 1
    assert len(mail_server.messages) == 1


def test_a_repeated_key_is_recognised_on_any_page_whatever_its_edition_scope(
    mail_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        send(key="decision:1")
        with scope():  # a page outside any edition
            send(key="decision:1")
        with scope(edition=EditionFactory()):  # a page of another edition
            send(key="decision:1")
    assert Email.objects.count() == 1


def test_a_mail_server_down_means_later_attempts_with_growing_delays_then_failed(
    mail_server, django_capture_on_commit_callbacks
):
    with freeze_time(NOW), django_capture_on_commit_callbacks(execute=True):
        send(key="offer:2")
    email = Email.objects.get()
    assert (email.status, email.attempts) == ("queued", 1)
    assert "Connection refused" in email.last_error or "Errno" in email.last_error
    waited = NOW
    for attempt, delay in enumerate(RETRY_DELAYS, start=1):
        assert email.next_attempt_at == waited + delay, f"after attempt {attempt}"
        with freeze_time(email.next_attempt_at - timedelta(seconds=1)):
            assert services.deliver_due() == {}  # not due yet
        waited = email.next_attempt_at
        with freeze_time(waited):
            services.deliver_due()
        email.refresh_from_db()
    assert (email.status, email.attempts, email.next_attempt_at) == ("failed", MAX_ATTEMPTS, None)
    assert email.last_error


def test_a_refused_address_fails_at_once_with_the_server_s_reason(settings, django_capture_on_commit_callbacks):
    class Refusing(Inbox):
        async def handle_RCPT(self, server, session, envelope, address, options):
            return "550 5.1.1 No such mailbox here"

    server = MailServer(settings, Refusing())
    server.start()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            send(key="offer:3", to="nobody@example.org")
    finally:
        server.stop()
    email = Email.objects.get()
    assert (email.status, email.attempts) == ("failed", 1)
    assert "No such mailbox here" in email.last_error


def test_an_email_being_sent_is_not_taken_by_a_second_worker_until_its_lease_runs_out(
    mail_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        send(key="offer:4")
    email = Email.objects.get()
    # A worker claimed it and died before the mail server answered: the e-mail stays "being sent" under its lease.
    Email.objects.filter(pk=email.pk).update(status="sending", attempts=1, lease_until=NOW + LEASE)
    mail_server.start()
    with freeze_time(NOW + LEASE - timedelta(seconds=1)):
        assert services.deliver(email_id=email.pk) is None
        assert services.deliver_due() == {}
    with freeze_time(NOW + LEASE + timedelta(seconds=1)):
        assert services.deliver_due() == {"sent": 1}
        assert services.deliver(email_id=email.pk) is None  # sent: never again
    assert len(mail_server.messages) == 1
    assert Email.objects.get().attempts == 2


def test_the_outbox_worker_command_sends_what_is_due(mail_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send(key="offer:5")
        send(key="offer:6", to="kim@example.kr")
    mail_server.start()
    with freeze_time(datetime.now(UTC) + RETRY_DELAYS[0]):
        call_command("send_outbox")
    assert sorted(envelope.rcpt_tos[0] for envelope in mail_server.messages) == ["awa@example.org", "kim@example.kr"]
    assert set(Email.objects.values_list("status", flat=True)) == {"sent"}


def test_django_and_allauth_mail_go_through_the_outbox_too(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "academy.outbox.backend.OutboxBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        EmailMessage("Reset your password", "Link", None, ["awa@example.org"], bcc=["audit@example.org"]).send()
    email = Email.objects.get()
    assert (email.edition, email.bcc, email.status) == (None, ["audit@example.org"], "sent")
    assert [(m.subject, m.bcc) for m in mail.outbox] == [("Reset your password", ["audit@example.org"])]


def test_many_emails_are_stored_in_one_statement_and_sent_in_batches(
    django_capture_on_commit_callbacks, monkeypatch, settings
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(services, "BATCH", 2)
    edition = EditionFactory()
    written = [
        services.Outgoing(f"news:{n}", [f"p{n}@example.org"], f"News {n}", f"Dear «{n}»\n", {"X-N": str(n)})
        for n in range(5)
    ]
    with (
        django_capture_on_commit_callbacks(execute=False) as after_commit,
        CaptureQueriesContext(connection) as queries,
    ):
        ids = services.store_many(emails=written, edition=edition)
    assert len(queries) == 1
    with scope(edition=edition):
        stored = {email.pk: email for email in Email.objects.all()}
    assert [stored[pk].key for pk in ids] == [f"news:{n}" for n in range(5)]  # in the order given
    fifth = stored[ids[4]]
    assert (fifth.to, fifth.subject, fifth.body, fifth.headers) == (
        ["p4@example.org"],
        "News 4",
        "Dear «4»\n",
        {"X-N": "4"},
    )
    assert (fifth.edition, fifth.from_email, fifth.status, fifth.attempts, fifth.cc, fifth.alternatives) == (
        edition,
        settings.DEFAULT_FROM_EMAIL,
        "queued",
        0,
        [],
        [],
    )
    assert fifth.next_attempt_at == fifth.created_at
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True) as batches:
        for callback in after_commit:
            callback()  # one task, which hands the e-mails to the workers in batches of BATCH
    assert (len(after_commit), len(batches)) == (1, 3)
    assert sorted(message.to[0] for message in mail.outbox) == [f"p{n}@example.org" for n in range(5)]
    assert services.store_many(emails=[]) == []


def test_ids_travel_as_ranges_of_consecutive_ids():
    assert services.id_ranges([7, 3, 4, 5, 9, 8, 12]) == [[3, 5], [7, 9], [12, 12]]
    assert services.id_ranges([]) == []
