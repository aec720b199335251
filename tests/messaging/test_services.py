"""Scheduling, sending through the outbox in each person's language, cancelling and unsubscribing."""

from datetime import date, timedelta
from email import message_from_bytes, policy

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from freezegun import freeze_time

from academy.audit.models import ActionLog
from academy.editions.models import Membership, Role, Status
from academy.messaging import services
from academy.messaging.models import Kind, Message, MessageStatus, Recipient, Unsubscription
from academy.messaging.segments import Filters
from academy.outbox.models import Email
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import at, participant

pytestmark = pytest.mark.django_db
NOW = at(10, 9)
PARTICIPANTS = Filters(groups=("participants",))


@pytest.fixture
def cohort(edition):
    return {
        "ana": participant(edition, certificate_name="Ana Conceição", language="pt", email="ana@example.org"),
        "lan": participant(edition, certificate_name="Nguyễn Thị Lan", language="fr", email="lan@example.org"),
        "ivan": participant(edition, certificate_name="Иван Петров", language="es", email="ivan@example.org"),
    }


def schedule(edition, organiser, *, subject=None, body=None, kind=Kind.ESSENTIAL, filters=PARTICIPANTS, **kwargs):
    return services.schedule(
        edition=edition,
        by=organiser,
        kind=kind,
        filters=filters,
        subject=subject or {"en": "Practical information", "pt": "Informação prática"},
        body=body
        or {"en": "Dear {first_name}, welcome to {edition}.", "pt": "Olá {first_name}, bem-vinda à {edition}."},
        now=kwargs.pop("now", NOW),
        **kwargs,
    )


def emails_by_person():
    return {email.to[0]: email for email in Email.objects.all()}


def test_a_message_sent_now_reaches_each_person_in_their_language_else_the_main_one(
    edition, organiser, cohort, django_capture_on_commit_callbacks
):
    edition.main_language = "pt"
    edition.title = {"en": "Academy 13", "pt": "Academia 13", "fr": "Académie 13"}
    edition.save()
    with django_capture_on_commit_callbacks(execute=True):
        message = schedule(edition, organiser, now=None)
    message.refresh_from_db()
    assert (message.status, message.recipient_count) == (MessageStatus.SENT, 3)
    emails = emails_by_person()
    assert emails["ana@example.org"].body.startswith("Olá Ana, bem-vinda à Academia 13.")
    # French and Spanish are not written: the edition's main language, Portuguese
    assert emails["lan@example.org"].body.startswith("Olá Nguyễn, bem-vinda à Academia 13.")
    assert emails["ivan@example.org"].subject.endswith("Informação prática")
    assert {row.person.email: row.language for row in Recipient.objects.select_related("person")} == {
        "ana@example.org": "pt",
        "lan@example.org": "pt",
        "ivan@example.org": "pt",
    }
    assert all(email.status == Email.Status.SENT for email in Email.objects.all())  # through the outbox
    assert len(mail.outbox) == 3
    assert "List-Unsubscribe" not in emails["ana@example.org"].headers  # essential: no way out
    assert [log.action for log in ActionLog.objects.order_by("pk")] == ["messaging.scheduled", "messaging.sent"]


def test_neither_the_persons_nor_the_main_language_written_gives_the_first_written(edition, organiser, cohort):
    assert services.language_for("es", ["fr", "pt"], "en") == "fr"
    assert services.language_for("pt", ["fr", "pt"], "en") == "pt"
    assert services.language_for("es", ["en", "fr"], "fr") == "fr"


def test_placeholders_are_filled_with_the_deadline_in_the_editions_zone_and_the_join_link(
    edition, organiser, cohort, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        schedule(
            edition,
            organiser,
            subject={"en": "Confirm by {deadline}"},
            body={"en": "{name}: join at {join_link}"},
            deadline=at(12, 18),
            now=None,
        )
    email = emails_by_person()["ana@example.org"]
    assert email.subject.endswith("Confirm by June 12, 2027, 6 p.m. (Europe/Lisbon)")
    assert email.body.startswith(f"Ana Conceição: join at {settings.SITE_URL}/en/editions/13/timetable/")


def test_a_name_that_looks_like_a_placeholder_or_markup_is_inserted_as_typed(
    edition, organiser, django_capture_on_commit_callbacks
):
    participant(edition, certificate_name="{edition} <b>Eve</b>", email="eve@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        schedule(edition, organiser, subject={"en": "Hi"}, body={"en": "Dear {name}."}, now=None)
    assert emails_by_person()["eve@example.org"].body.startswith("Dear {edition} <b>Eve</b>.")


@pytest.mark.parametrize(
    ("subject", "body", "field", "expected"),
    [
        ({"en": "Hi"}, {"en": "Dear {firstname}"}, "body_en", "Unknown placeholder {firstname}"),
        ({"en": "Hi {user.password}"}, {"en": "Dear"}, "subject_en", "Unknown placeholder {user.password}"),
        ({"en": "Hi"}, {"en": "Dear {first_name"}, "body_en", "A brace is not closed"),
        ({}, {}, "__all__", "Write the message in at least one language."),
        ({"fr": "Bonjour"}, {"en": "Dear"}, "body_fr", "Write both the subject and the text"),
        ({"en": "Hi"}, {"en": "By {deadline}"}, "deadline", "give the deadline"),
    ],
)
def test_a_message_that_cannot_be_sent_as_written_is_refused_and_nothing_is_written(
    edition, organiser, cohort, subject, body, field, expected
):
    with pytest.raises(ValidationError) as refused:
        services.schedule(
            edition=edition, by=organiser, kind=Kind.ESSENTIAL, filters=PARTICIPANTS, subject=subject, body=body
        )
    assert any(expected in problem for problem in refused.value.message_dict[field])
    assert not Message.objects.exists()
    assert not Email.objects.exists()
    assert not ActionLog.objects.exists()


def test_an_empty_segment_is_refused(edition, organiser):
    with pytest.raises(ValidationError, match="Nobody matches"):
        schedule(edition, organiser)
    with pytest.raises(ValidationError) as refused:
        schedule(edition, organiser, filters=Filters())
    assert refused.value.message_dict["groups"] == ["Choose at least one group of people."]
    assert not Message.objects.exists()


def test_only_a_message_without_an_edition_reaches_every_editions_alumni(edition, organiser, cohort):
    with pytest.raises(ValidationError) as refused:
        schedule(edition, organiser, filters=Filters(groups=("alumni_all",)))
    assert "Only platform staff" in refused.value.message_dict["groups"][0]
    with pytest.raises(ValidationError) as refused:
        services.schedule(
            edition=None,
            by=organiser,
            kind=Kind.ESSENTIAL,
            filters=Filters(groups=("participants",)),
            subject={"en": "Hi"},
            body={"en": "{edition}"},
        )
    assert set(refused.value.message_dict) == {"groups", "kind", "body_en"}


def test_a_scheduled_message_waits_for_its_time_then_goes_to_whoever_matches_then(
    edition, organiser, cohort, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = schedule(edition, organiser, send_at=at(11, 8))
    assert message.status == MessageStatus.SCHEDULED
    assert not Email.objects.exists()
    assert services.send_due(now=at(11, 7, 59)) == 0
    late = participant(edition, email="late@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_due(now=at(11, 8)) == 4
    assert "late@example.org" in emails_by_person()
    assert services.send_due(now=at(11, 9)) == 0  # once
    assert services.send_message(message_id=message.pk, now=at(11, 9)) is None
    assert Email.objects.count() == 4
    assert late


def test_a_time_in_the_past_is_refused(edition, organiser, cohort):
    with pytest.raises(ValidationError) as refused:
        schedule(edition, organiser, send_at=NOW - timedelta(hours=1))
    assert "send_at" in refused.value.message_dict


def test_a_message_is_cancelled_until_it_is_sent(edition, organiser, cohort, django_capture_on_commit_callbacks):
    message = schedule(edition, organiser, send_at=at(11, 8))
    services.cancel(message=message, by=organiser)
    assert services.send_due(now=at(12, 8)) == 0
    assert Message.objects.get().status == MessageStatus.CANCELLED
    assert not Email.objects.exists()
    assert ActionLog.objects.filter(action="messaging.cancelled", actor=organiser).count() == 1
    with pytest.raises(ValidationError, match="already been sent or cancelled"):
        services.cancel(message=message, by=organiser)
    with django_capture_on_commit_callbacks(execute=True):
        sent = schedule(edition, organiser, now=None)
    with pytest.raises(ValidationError, match="already been sent or cancelled"):
        services.cancel(message=sent, by=organiser)
    assert Message.objects.get(pk=sent.pk).status == MessageStatus.SENT


def test_announcements_carry_a_one_click_unsubscribe_honoured_by_every_later_one(
    edition, organiser, cohort, django_capture_on_commit_callbacks, settings
):
    with freeze_time(NOW), django_capture_on_commit_callbacks(execute=True):  # tokens signed at the same second
        schedule(edition, organiser, kind=Kind.ANNOUNCEMENT, now=None)
        token = services.unsubscribe_token(cohort["ana"])
    email = emails_by_person()["ana@example.org"]
    link = f"{settings.SITE_URL}/pt/messages/unsubscribe/{token}/"  # in her language
    assert email.headers == {"List-Unsubscribe": f"<{link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    assert link in email.body
    assert services.person_of_token(token) == cohort["ana"]
    assert services.unsubscribe(person=cohort["ana"]) is True
    assert services.unsubscribe(person=cohort["ana"]) is False
    Email.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        schedule(edition, organiser, kind=Kind.ANNOUNCEMENT, now=None)
        schedule(edition, organiser, kind=Kind.ESSENTIAL, now=None)
    to = sorted(email.to[0] for email in Email.objects.all())
    assert to.count("ana@example.org") == 1  # the essential one only
    assert to.count("lan@example.org") == 2


def test_a_tampered_or_made_up_unsubscribe_token_names_nobody(cohort):
    token = services.unsubscribe_token(cohort["ana"])
    assert services.person_of_token(token[:-2] + ("aa" if not token.endswith("aa") else "bb")) is None
    assert services.person_of_token("made-up") is None
    assert not Unsubscription.objects.exists()


def test_the_preview_counts_and_samples_and_says_who_unsubscribed(edition, cohort):
    services.unsubscribe(person=cohort["ivan"])
    shown = services.preview(edition=edition, kind=Kind.ANNOUNCEMENT, filters=PARTICIPANTS)
    assert (shown.count, shown.unsubscribed, len(shown.sample)) == (2, 1, 2)
    assert services.preview(edition=edition, kind=Kind.ESSENTIAL, filters=PARTICIPANTS).count == 3


def test_staff_write_to_the_alumni_of_every_edition(organiser, django_capture_on_commit_callbacks):
    staff = UserFactory(is_staff=True)
    finished = [
        EditionFactory(status=Status.FINISHED, start_date=date(2019 + n, 6, 1), end_date=date(2019 + n, 6, 9))
        for n in range(2)
    ]
    for number, edition in enumerate(finished):
        Membership.objects.create(
            edition=edition, user=UserFactory(email=f"alum{number}@example.org"), role=Role.PARTICIPANT
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.schedule(
            edition=None,
            by=staff,
            kind=Kind.ANNOUNCEMENT,
            filters=Filters(groups=("alumni_all",)),
            subject={"en": "News"},
            body={"en": "Dear {first_name}"},
        )
    assert sorted(emails_by_person()) == ["alum0@example.org", "alum1@example.org"]


def test_a_persons_messages_are_read_in_one_query(edition, organiser, cohort, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            schedule(edition, organiser, now=None)
        schedule(edition, organiser, send_at=at(20, 9))  # not yet sent: not shown
    with CaptureQueriesContext(connection) as queries:
        shown = [services.read(row, cohort["ana"]) for row in services.sent_to(cohort["ana"])[:5]]
    assert len(queries) == 1
    assert [item.subject for item in shown] == ["Informação prática"] * 3
    assert shown[0].body == "Olá Ana, bem-vinda à Academy 13."
    assert [item.subject for item in services.latest_for(cohort["ana"], 2)] == ["Informação prática"] * 2
    with CaptureQueriesContext(connection) as queries:
        services.latest_for(cohort["ana"], 2)
    assert len(queries) == 0  # kept in the cache until a message is sent


def test_the_real_smtp_path_delivers_an_announcement_with_its_unsubscribe_headers(
    edition, organiser, cohort, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = schedule(edition, organiser, kind=Kind.ANNOUNCEMENT, now=None)
    assert len(smtp_server.messages) == 3
    by_to = {
        envelope.rcpt_tos[0]: message_from_bytes(envelope.content, policy=policy.default)
        for envelope in smtp_server.messages
    }
    ana = by_to["ana@example.org"]
    assert ana["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = str(ana["List-Unsubscribe"]).strip()  # folded onto its own line when long: still one header
    assert header.startswith("<http")
    assert "/pt/messages/unsubscribe/" in header
    assert ana.get_content().startswith("Olá Ana, bem-vinda à Academy 13.")
    assert services.delivery_counts(message) == {"queued": 0, "sending": 0, "sent": 3, "failed": 0}


def test_queueing_makes_as_many_queries_for_thirty_people_as_for_three(
    edition, organiser, cohort, django_capture_on_commit_callbacks
):
    def queries_of_sending():
        message = schedule(edition, organiser, kind=Kind.ANNOUNCEMENT, send_at=at(20, 9))
        with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=False):
            reached = services.send_message(message_id=message.pk, now=at(20, 9))
        return reached, len(queries)

    three = queries_of_sending()
    for number in range(27):
        participant(edition, certificate_name=f"Person {number}", language=["en", "fr", "es", "pt"][number % 4])
    thirty = queries_of_sending()
    assert (three[0], thirty[0]) == (3, 30)
    assert thirty[1] == three[1]
    assert Recipient.objects.filter(email__isnull=False).count() == 33  # each row names its e-mail


def test_the_e_mails_written_in_bulk_are_those_written_one_by_one(edition, organiser, cohort, settings):
    settings.EMAIL_SUBJECT_PREFIX = "[Academy {13}] "
    edition.title = {"en": "Academy {13} 100%", "fr": "Académie {13}"}
    edition.save()
    eve = participant(edition, certificate_name="{edition} <b>Eve</b> %(url)s", email="eve@example.org")
    subject = {"en": "Confirm by {deadline}, {first_name}", "fr": "Avant {deadline} {{ok}}"}
    body = {"en": "{name}: {edition} at {join_link}", "fr": "{first_name} : {edition} {{ok}} {join_link}"}
    for kind in (Kind.ANNOUNCEMENT, Kind.ESSENTIAL):
        message = schedule(edition, organiser, kind=kind, subject=subject, body=body, deadline=at(12, 18))
        writer = services.Writer(message)
        for person in [eve, *cohort.values()]:
            language = writer.language_for(person.language)
            assert language == writer.language_of(person)
            one_by_one = (*writer.email(person, language), writer.headers(person, language))
            assert writer.email_of(person.pk, person.certificate_name, language) == one_by_one


def test_an_unsubscribe_link_made_in_bulk_is_the_one_made_alone(cohort):
    links = services.UnsubscribeLinks("fr")
    for person in cohort.values():
        with translation.override("fr"):
            alone = services.unsubscribe_url(person)
        made = links.url(person.pk)
        if alone.split(":")[-2] == made.split(":")[-2]:  # signed at the same second
            assert made == alone
        token = made.rstrip("/").rsplit("/", 1)[1]
        assert services.person_of_token(token) == person
        assert made.startswith(f"{settings.SITE_URL}/fr/messages/unsubscribe/")
