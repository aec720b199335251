"""E-mail: queued as a task after commit, then delivered over real SMTP to a local aiosmtpd server."""

import os
import re
from email import message_from_bytes, policy

import pytest
from django.core import mail
from django.core.mail import EmailMessage, send_mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_rq import get_queue, get_worker
from django_tasks_db.models import DBTaskResult
from redis import Redis
from redis.exceptions import RedisError
from rq import SimpleWorker

pytestmark = pytest.mark.django_db


def test_signup_verification_mail_goes_out_over_smtp(client, smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/fr/accounts/signup/",
            {
                "email": "awa@example.org",
                "certificate_name": "Awa Ndiaye",
                "country": "SN",
                "password1": "economie-sociale-2027",
                "password2": "economie-sociale-2027",
            },
        )
    [envelope] = smtp_server.messages
    assert envelope.rcpt_tos == ["awa@example.org"]
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert message["To"] == "awa@example.org"
    assert message["Subject"].startswith("[SSE Academy]")
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert re.search(r"/fr/accounts/confirm-email/\S+/", body)


def test_blind_copies_reach_their_recipients_without_being_named_to_anyone(
    smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        EmailMessage("Offers", "Body", "academy@example.org", ["awa@example.org"], cc=["kim@example.kr"],
                     bcc=["finance@example.org"]).send()  # fmt: skip
    [envelope] = smtp_server.messages
    assert sorted(envelope.rcpt_tos) == ["awa@example.org", "finance@example.org", "kim@example.kr"]
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert (message["To"], message["Cc"]) == ("awa@example.org", "kim@example.kr")
    assert "finance@example.org" not in envelope.content.decode()


QUEUED = "academy.outbox.backend.OutboxBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def send_one():
    send_mail("Subject", "Body", "academy@example.org", ["someone@example.org"])


def test_queued_mail_waits_for_commit(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND, settings.EMAIL_DELIVERY_BACKEND = QUEUED, LOCMEM
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        send_one()
        assert mail.outbox == []
    assert len(callbacks) == 1
    assert [m.to for m in mail.outbox] == [["someone@example.org"]]


def test_queued_mail_in_rolled_back_transaction_is_never_sent(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND, settings.EMAIL_DELIVERY_BACKEND = QUEUED, LOCMEM
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                send_one()
                raise RuntimeError("the change fails")
        except RuntimeError:
            pass
    assert callbacks == []
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)  # the worker closes its database connection after each task
def test_queued_mail_stays_in_database_queue_until_the_worker_runs(settings):
    settings.EMAIL_BACKEND, settings.EMAIL_DELIVERY_BACKEND = QUEUED, LOCMEM
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    send_one()  # outside a transaction: enqueued at once
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert mail.outbox == []
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert [m.subject for m in mail.outbox] == ["Subject"]


def test_queued_mail_through_redis_with_the_rq_backend(settings, django_capture_on_commit_callbacks):
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        Redis.from_url(redis_url, socket_connect_timeout=2).ping()
    except RedisError:
        pytest.skip(f"Redis (optional) not reachable at {redis_url}")
    settings.EMAIL_BACKEND, settings.EMAIL_DELIVERY_BACKEND = QUEUED, LOCMEM
    settings.RQ_QUEUES = {"default": {"URL": redis_url}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    queue = get_queue("default")
    queue.empty()
    with django_capture_on_commit_callbacks(execute=True):
        send_one()
    assert queue.count == 1
    assert mail.outbox == []
    get_worker("default", worker_class=SimpleWorker, job_class="django_tasks_rq.backend.Job").work(burst=True)
    assert [m.subject for m in mail.outbox] == ["Subject"]


TYPED = "Ana D'Souza <Coop & Co>"


def test_plain_text_mail_keeps_the_characters_as_typed_in_subject_and_body():
    from academy.brain import messaging
    from tests.brain.test_profiles import alumnus

    sender = alumnus(certificate_name=TYPED)
    recipient = alumnus(certificate_name=TYPED)
    messaging.send_message(sender=sender, recipient=recipient, body="Tea & <cake>?", now=timezone.now())
    [message] = mail.outbox
    assert f"{TYPED} wrote to you" in message.subject
    assert f"Dear {TYPED}," in message.body
    assert "Tea & <cake>?" in message.body
    for escaped in ("&#x27;", "&amp;", "&lt;", "&gt;"):
        assert escaped not in message.subject + message.body
    assert getattr(message, "alternatives", []) == []  # plain text only: no HTML part to escape


def test_application_confirmation_keeps_names_and_titles_as_typed():
    from academy.applications import services
    from academy.applications.models import Application
    from tests.factories import EditionFactory, UserFactory

    edition = EditionFactory(title={"en": "Academy of D'Souza & <Co>"})
    application = Application.objects.create(edition=edition, applicant=UserFactory(certificate_name=TYPED))
    services.mail_applicant(application=application, template="applications/email/submitted")
    [message] = mail.outbox
    assert "Academy of D'Souza & <Co>" in message.subject
    assert f"Dear {TYPED}," in message.body
    assert "Academy of D'Souza & <Co>" in message.body


def test_html_rendering_of_the_same_names_stays_escaped():
    from django.template.loader import render_to_string

    from tests.factories import UserFactory

    html = render_to_string("brain/email/message_subject.txt", {"sender": UserFactory(certificate_name=TYPED)})
    assert "Ana D&#x27;Souza &lt;Coop &amp; Co&gt;" in html
