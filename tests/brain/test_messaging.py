"""Alumni write to one another through the platform: e-mail without addresses, limits, blocks, reports."""

from datetime import timedelta
from email import message_from_bytes
from email.header import decode_header, make_header

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from academy.brain import messaging
from academy.brain.models import Block, Flag, Message, Visibility
from tests.brain.test_profiles import alumnus, set_visibility
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def send(sender, recipient, body="Let us talk about cooperatives.", now=NOW):
    return messaging.send_message(sender=sender, recipient=recipient, body=body, now=now)


def test_message_reaches_the_recipient_over_smtp_in_their_language_without_addresses(
    smtp_server, django_capture_on_commit_callbacks
):
    sender = alumnus(certificate_name="Ana Souza", email="ana@example.org")
    recipient = alumnus(certificate_name="Amadou Diallo", email="amadou@example.org", language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        send(sender, recipient, "Olá! Vamos falar de cooperativas de reciclagem?")
    [envelope] = smtp_server.messages
    assert envelope.rcpt_tos == ["amadou@example.org"]
    email = message_from_bytes(envelope.content)
    body = email.get_payload(decode=True).decode()
    assert "Ana Souza" in str(make_header(decode_header(email["Subject"])))
    assert "vous a écrit" in str(make_header(decode_header(email["Subject"])))
    assert "Vamos falar de cooperativas de reciclagem?" in body
    assert f"/fr/brain/alumni/{sender.pk}/write/" in body
    assert "ana@example.org" not in envelope.content.decode()
    assert email["Reply-To"] is None


@pytest.mark.parametrize("body", ["", "   ", "x" * 5001])
def test_empty_or_too_long_messages_are_refused(body):
    with pytest.raises(ValidationError):
        send(alumnus(), alumnus(), body)
    assert not Message.objects.exists()
    assert not mail.outbox


def test_rate_limit_refuses_past_the_limit_and_frees_after_an_hour(settings):
    settings.ACADEMY_MESSAGES_PER_HOUR = 3
    sender, recipient = alumnus(), alumnus()
    for minute in range(3):
        send(sender, recipient, now=NOW + timedelta(minutes=minute))
    with pytest.raises(ValidationError) as refused:
        send(sender, recipient, now=NOW + timedelta(minutes=10))
    assert refused.value.code == "rate_limited"
    assert "3 messages in the last hour" in refused.value.messages[0]
    assert Message.objects.count() == 3
    send(sender, recipient, now=NOW + timedelta(minutes=61))
    assert Message.objects.count() == 4


def test_blocking_stops_messages_both_ways():
    one, other = alumnus(), alumnus()
    messaging.block(blocker=one, blocked=other)
    for sender, recipient in [(one, other), (other, one)]:
        with pytest.raises(ValidationError) as refused:
            send(sender, recipient)
        assert refused.value.code == "not_allowed"
    messaging.unblock(blocker=one, blocked=other)
    send(other, one)
    assert Message.objects.count() == 1


def test_no_messages_to_those_who_refuse_them_hide_from_the_sender_or_never_took_part():
    sender = alumnus()
    refusing = alumnus()
    profile = refusing.brain_profile
    profile.accepts_messages = False
    profile.save()
    hidden = alumnus()
    set_visibility(hidden, Visibility.ORGANISERS)
    for recipient in (refusing, hidden, UserFactory(), sender):
        with pytest.raises(ValidationError):
            send(sender, recipient)
    with pytest.raises(ValidationError):
        send(UserFactory(), alumnus())
    assert not Message.objects.exists()


def test_report_only_messages_one_received():
    sender, recipient, stranger = alumnus(), alumnus(), alumnus()
    message = send(sender, recipient)
    with pytest.raises(ValidationError):
        messaging.report(reporter=stranger, person=sender, message=message, reason="Spam")
    with pytest.raises(ValidationError):
        messaging.report(reporter=recipient, person=sender, message=message, reason="  ")
    messaging.report(reporter=recipient, person=sender, message=message, reason="Spam")
    assert Flag.objects.get().message == message


def test_write_page_sends_blocks_and_reports(client):
    sender, recipient = alumnus(), alumnus(certificate_name="Rosa Quispe")
    client.force_login(sender)
    url = reverse("brain:write", args=[recipient.pk])
    assert "Rosa Quispe" in client.get(url).content.decode()
    assert client.post(url, {"body": "Hello Rosa"}).status_code == 302
    assert Message.objects.get().body == "Hello Rosa"
    client.force_login(recipient)
    page = client.get(reverse("brain:write", args=[sender.pk])).content.decode()
    assert "Hello Rosa" in page
    client.post(reverse("brain:report", args=[sender.pk]), {"message": Message.objects.get().pk, "reason": "Spam"})
    client.post(reverse("brain:block", args=[sender.pk]))
    assert Flag.objects.filter(reporter=recipient, person=sender).exists()
    assert Block.objects.filter(blocker=recipient, blocked=sender).exists()
    client.force_login(sender)
    refused = client.post(url, {"body": "Hello again"})
    assert refused.status_code == 200
    assert "You cannot write to this person" in refused.content.decode()
    assert Message.objects.count() == 1


def test_write_page_past_the_limit_shows_why_and_sends_nothing(client, settings):
    settings.ACADEMY_MESSAGES_PER_HOUR = 1
    sender, recipient = alumnus(), alumnus()
    client.force_login(sender)
    url = reverse("brain:write", args=[recipient.pk])
    client.post(url, {"body": "One"})
    response = client.post(url, {"body": "Two"})
    assert response.status_code == 200
    assert Message.objects.count() == 1
    assert "most allowed" in response.content.decode()


@pytest.mark.parametrize(("who", "status"), [("anonymous", 302), ("outsider", 403), ("alumnus", 200)])
def test_who_may_open_the_write_page_and_the_inbox(client, who, status):
    recipient = alumnus()
    if who != "anonymous":
        client.force_login(alumnus() if who == "alumnus" else UserFactory())
    assert client.get(reverse("brain:write", args=[recipient.pk])).status_code == status
    assert client.get(reverse("brain:inbox")).status_code == status


def test_write_page_of_a_hidden_profile_is_not_found(client):
    hidden = alumnus()
    set_visibility(hidden, Visibility.ORGANISERS)
    client.force_login(alumnus())
    assert client.get(reverse("brain:write", args=[hidden.pk])).status_code == 404


def test_organisers_read_and_close_reports_in_the_back_office(client):
    from academy.editions.models import Role
    from tests.factories import MembershipFactory

    sender, recipient = alumnus(), alumnus()
    message = send(sender, recipient, "Buy my product now!!!")
    report = messaging.report(reporter=recipient, person=sender, message=message, reason="Spam")
    client.force_login(MembershipFactory(role=Role.ORGANISER).user)
    page = client.get(reverse("admin:brain_flag_change", args=[report.pk])).content.decode()
    assert "Buy my product now!!!" in page
    client.force_login(alumnus())
    assert client.get(reverse("admin:brain_flag_changelist")).status_code in (302, 403)
