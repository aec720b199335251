"""The list of the messages written, for their senders: who each is for, its languages and status, its e-mails
counted by status in one query whatever the number of messages, fifty to a page, only the sender's on request."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from academy.editions.models import Membership, Role
from academy.messaging import segments, services
from academy.messaging.models import Kind, Message, MessageStatus
from academy.messaging.segments import Filters
from academy.outbox.models import Email
from tests.factories import UserFactory
from tests.programme.conftest import participant

pytestmark = pytest.mark.django_db


def write(edition, by, subject="Welcome", *, send_at=None, **filters):
    return services.schedule(
        edition=edition,
        by=by,
        kind=Kind.ESSENTIAL,
        filters=Filters(groups=("participants",), **filters),
        subject={"en": subject, "pt": f"{subject} (pt)"},
        body={"en": "Dear {first_name}", "pt": "Olá {first_name}"},
        send_at=send_at,
    )


def sent(edition, by, subject="Welcome", **filters):
    message = write(edition, by, subject, **filters)
    services.send_message(message_id=message.pk)
    return message


@pytest.fixture
def cohort(edition):
    return [participant(edition, certificate_name=f"Person {n}", language="pt", country="SN") for n in range(4)]


def set_statuses(message, *statuses):
    emails = Email.objects.filter(pk__in=message.recipients.values("email")).order_by("pk")
    for email, status in zip(emails, statuses, strict=True):
        Email.objects.filter(pk=email.pk).update(status=status)


def test_each_message_counts_its_emails_waiting_sent_and_failed(edition, organiser, cohort):
    first = sent(edition, organiser, "First")
    set_statuses(first, Email.Status.SENT, Email.Status.SENT, Email.Status.FAILED, Email.Status.SENDING)
    second = sent(edition, organiser, "Second")
    set_statuses(second, Email.Status.QUEUED, Email.Status.QUEUED, Email.Status.QUEUED, Email.Status.FAILED)
    later = write(edition, organiser, "Later", send_at=timezone.now() + timedelta(days=2))
    lines = {line.message.pk: line for line in services.sent_lines(services.written(edition=edition))}
    assert (lines[first.pk].waiting, lines[first.pk].sent, lines[first.pk].failed) == (1, 2, 1)
    assert (lines[second.pk].waiting, lines[second.pk].sent, lines[second.pk].failed) == (3, 0, 1)
    assert (lines[later.pk].waiting, lines[later.pk].sent, lines[later.pk].failed) == (0, 0, 0)
    assert lines[first.pk].languages == ["English", "Portuguese"]
    assert lines[first.pk].segment == ["Participants"]
    assert lines[later.pk].when == later.send_at


def test_the_page_shows_subject_segment_languages_status_and_links_each_message(client, edition, organiser, cohort):
    message = sent(edition, organiser, "Visas", countries=("SN",), languages=("pt",))
    set_statuses(message, Email.Status.SENT, Email.Status.SENT, Email.Status.SENT, Email.Status.FAILED)
    cancelled = write(edition, organiser, "Never mind", send_at=timezone.now() + timedelta(days=1))
    services.cancel(message=cancelled, by=organiser)
    client.force_login(organiser)
    page = client.get("/en/editions/13/messages/").content.decode()
    assert f'href="/en/editions/13/messages/{message.pk}/">Visas</a>' in page
    assert "Participants; country: Senegal; language: Portuguese" in page
    visas = page[page.index(">Visas</a>") : page.index("</tr>", page.index(">Visas</a>"))]
    assert "<td>English, Portuguese</td>" in visas
    assert "<td>sent</td>\n      <td>" in visas
    assert "<td>0</td>\n      <td>3</td>\n      <td>1</td>" in visas  # waiting, sent, failed
    never = page[page.index(">Never mind</a>") : page.index("</tr>", page.index(">Never mind</a>"))]
    assert "<td>cancelled</td>" in never
    assert "<td>—</td>\n      <td>—</td>\n      <td>—</td>" in never  # nothing was sent
    assert "2 messages" in page
    detail = client.get(f"/en/editions/13/messages/{message.pk}/").content.decode()
    assert "Participants; country: Senegal" in detail  # words, not the JSON of the filters
    assert 'href="/en/editions/13/messages/"' in client.get("/en/editions/13/messages/new/").content.decode()


def test_the_number_of_queries_does_not_grow_with_the_messages(client, edition, organiser, cohort):
    client.force_login(organiser)
    sent(edition, organiser, "One")
    client.get("/en/editions/13/messages/")  # warm the caches (roles, sessions)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/en/editions/13/messages/").status_code == 200
    for n in range(6):
        message = sent(edition, organiser, f"More {n}")
        set_statuses(message, Email.Status.SENT, Email.Status.FAILED, Email.Status.QUEUED, Email.Status.SENT)
    with CaptureQueriesContext(connection) as many:
        page = client.get("/en/editions/13/messages/").content.decode()
    assert "More 5" in page
    assert "7 messages" in page
    assert len(many) == len(few)


def test_fifty_to_a_page(client, edition, organiser):
    Message.objects.bulk_create(
        Message(
            edition=edition,
            filters={"groups": ["participants"]},
            subject={"en": f"Message {n:02d}"},
            body={"en": "Text"},
            status=MessageStatus.CANCELLED,
            send_at=timezone.now() - timedelta(minutes=n),
            created_by=organiser,
        )
        for n in range(51)
    )
    client.force_login(organiser)
    first = client.get("/en/editions/13/messages/").content.decode()
    assert len(re.findall(r'href="/en/editions/13/messages/\d+/"', first)) == 50
    assert "Message 00" in first
    assert "Message 50" not in first
    assert "Page 1 of 2" in first
    second = client.get("/en/editions/13/messages/?page=2").content.decode()
    assert "Message 50" in second
    assert "Message 49" not in second


def test_written_by_me_keeps_only_the_readers_messages(client, edition, organiser, cohort):
    colleague = UserFactory()
    Membership.objects.create(edition=edition, user=colleague, role=Role.ORGANISER)
    write(edition, organiser, "Mine")
    write(edition, colleague, "Theirs")
    client.force_login(organiser)
    every = client.get("/en/editions/13/messages/").content.decode()
    assert "Mine" in every
    assert "Theirs" in every
    mine = client.get("/en/editions/13/messages/?by=me").content.decode()
    assert "Mine" in mine
    assert "Theirs" not in mine


def test_an_edition_lists_only_its_own_messages_and_staff_see_the_alumni_ones(client, edition, organiser, cohort):
    write(edition, organiser, "Of the thirteenth")
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    assert "Of the thirteenth" not in client.get("/en/messages/alumni/").content.decode()
    assert "Of the thirteenth" in client.get("/en/editions/13/messages/").content.decode()


def test_a_segment_is_described_in_words_in_the_readers_language():
    filters = Filters(groups=("confirmed", "speakers"), global_south=True, below_attendance_threshold=True)
    assert segments.describe(filters) == [
        "Confirmed + Speakers and facilitators",
        "from the Global South",
        "below the attendance threshold",
    ]
    with translation.override("fr"):
        described = segments.describe(filters)
    assert described[1] != "from the Global South"
    assert described[0].startswith("Confirm")
    assert segments.describe(Filters()) == ["nobody"]
