"""The pages: who reaches them (role x view), the preview step, bad input, reading, unsubscribing."""

import pytest
from django.test import Client

from academy.audit.models import ActionLog
from academy.editions.models import Membership, Role
from academy.messaging import services
from academy.messaging.models import Kind, Message, MessageStatus, Unsubscription
from academy.messaging.segments import Filters
from academy.outbox.models import Email
from tests.factories import EditionFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.matrix import assert_statuses
from tests.programme.conftest import at, participant

pytestmark = pytest.mark.django_db
LOGIN = 302


@pytest.fixture
def people(edition, organiser):
    committee = UserFactory()
    Membership.objects.create(edition=edition, user=committee, role=Role.COMMITTEE, organisation=OrganisationFactory())
    speaker = UserFactory()
    Membership.objects.create(edition=edition, user=speaker, role=Role.SPEAKER)
    return {
        "anonymous": None,
        "person": UserFactory(),
        "participant": participant(edition, certificate_name="Ana Conceição", language="pt"),
        "committee": committee,
        "speaker": speaker,
        "organiser": organiser,
        "other_organiser": MembershipFactory(edition=EditionFactory(), role=Role.ORGANISER).user,
        "staff": UserFactory(is_staff=True),
    }


@pytest.fixture
def message(edition, organiser, people):
    return services.schedule(
        edition=edition,
        by=organiser,
        kind=Kind.ESSENTIAL,
        filters=Filters(groups=("participants",)),
        subject={"en": "Welcome", "pt": "Bem-vinda"},
        body={"en": "Dear {first_name}", "pt": "Olá {first_name}"},
        send_at=services.timezone.now() + services.timedelta(days=1),
    )


def row(default, **exceptions):
    personas = ["anonymous", "person", "participant", "committee", "speaker", "organiser", "other_organiser", "staff"]
    return {persona: exceptions.get(persona, default) for persona in personas}


def test_permission_matrix(client, people, message):
    organisers_only = row(403, anonymous=LOGIN, organiser=200, staff=200)
    staff_only = row(403, anonymous=LOGIN, staff=200)
    assert_statuses(
        client,
        people,
        {
            "/en/editions/13/messages/": organisers_only,
            "/en/editions/13/messages/?by=me&page=2": organisers_only,
            "/en/editions/13/messages/new/": organisers_only,
            f"/en/editions/13/messages/{message.pk}/": organisers_only,
            "/en/messages/alumni/": staff_only,
            "/en/messages/alumni/?by=me": staff_only,
            "/en/messages/alumni/new/": staff_only,
            "/en/messages/": row(200, anonymous=LOGIN),
            f"/en/messages/{message.pk}/": row(404, anonymous=LOGIN),  # not sent yet: nobody reads it
        },
    )


@pytest.mark.parametrize("persona", ["committee", "participant", "other_organiser"])
def test_others_cannot_cancel_or_send(client, people, message, persona):
    client.force_login(people[persona])
    assert client.post(f"/en/editions/13/messages/{message.pk}/cancel/").status_code == 403
    response = client.post("/en/editions/13/messages/new/", compose(action="send"))
    assert response.status_code == 403
    assert Message.objects.get().status == MessageStatus.SCHEDULED
    assert Message.objects.count() == 1


def test_a_message_of_another_edition_is_not_found_from_this_one(client, people, message):
    other = EditionFactory(number=77)
    Membership.objects.create(edition=other, user=people["organiser"], role=Role.ORGANISER)
    client.force_login(people["organiser"])
    assert client.get(f"/en/editions/77/messages/{message.pk}/").status_code == 404


def compose(**fields):
    data = {"groups": ["participants"], "kind": "essential", "subject_en": "Welcome", "body_en": "Dear {first_name}"}
    data.update(fields)
    return data


def test_preview_shows_who_matches_before_anything_is_sent(client, people):
    client.force_login(people["organiser"])
    response = client.post("/en/editions/13/messages/new/", compose(action="preview"))
    assert response.status_code == 200
    assert b"1 person matches." in response.content
    assert "Ana Conceição" in response.content.decode()
    assert b'value="send"' in response.content
    assert not Message.objects.exists()


def test_send_schedules_the_message_and_its_page_shows_each_recipients_status(
    client, people, django_capture_on_commit_callbacks
):
    client.force_login(people["organiser"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/editions/13/messages/new/", compose(action="send"))
    message = Message.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/editions/13/messages/{message.pk}/"
    assert message.filters["groups"] == ["participants"]
    page = client.get(response["Location"]).content.decode()
    assert "Ana Conceição" in page
    assert "Waiting: 0 · being sent: 0 · sent: 1 · failed: 0" in page
    assert Email.objects.get().to == [people["participant"].email]


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"body_en": "Dear {firstname}"}, "Champ à remplir inconnu {firstname}"),
        ({"groups": []}, "Choisissez au moins un groupe"),
        ({"subject_en": "", "body_en": ""}, "Écrivez le message dans au moins une langue."),
        ({"groups": ["speakers"], "countries": ["JP"]}, "Personne ne correspond à ces filtres"),
        ({"groups": ["alumni_all"]}, "alumni_all"),  # not a choice on an edition's page
    ],
)
def test_bad_input_gets_a_translated_error_and_changes_nothing(client, people, fields, error):
    client.force_login(people["organiser"])
    response = client.post("/fr/editions/13/messages/new/", compose(action="send", **fields))
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Message.objects.exists()


def test_an_organiser_cancels_a_scheduled_message(client, people, message):
    client.force_login(people["organiser"])
    response = client.post(f"/en/editions/13/messages/{message.pk}/cancel/")
    assert response.status_code == 302
    assert Message.objects.get().status == MessageStatus.CANCELLED
    response = client.post(f"/en/editions/13/messages/{message.pk}/cancel/", follow=True)
    assert b"already been sent or cancelled" in response.content


def test_a_participant_reads_the_message_in_their_language_on_my_academy_and_its_page(
    client, people, edition, organiser, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent = services.schedule(
            edition=edition,
            by=organiser,
            kind=Kind.ESSENTIAL,
            filters=Filters(groups=("participants",)),
            subject={"en": "Welcome", "pt": "Bem-vinda"},
            body={"en": "Dear {first_name}", "pt": "Olá {first_name} <script>"},
        )
    client.force_login(people["participant"])
    home = client.get("/pt/me/").content.decode()
    assert "Bem-vinda" in home
    with django_capture_on_commit_callbacks(execute=True):  # My Academy is cached: a new message shows at once
        services.schedule(
            edition=edition,
            by=organiser,
            kind=Kind.ESSENTIAL,
            filters=Filters(groups=("participants",)),
            subject={"en": "Second"},
            body={"en": "Two"},
        )
    assert "Second" in client.get("/pt/me/").content.decode()
    assert f"/pt/messages/{sent.pk}/" in home
    page = client.get(f"/pt/messages/{sent.pk}/").content.decode()
    assert "Olá Ana &lt;script&gt;" in page
    client.force_login(people["speaker"])
    assert client.get(f"/pt/messages/{sent.pk}/").status_code == 404


def test_unsubscribe_without_logging_in_asks_then_does_it(people):
    person = people["participant"]
    token = services.unsubscribe_token(person)
    client = Client(enforce_csrf_checks=True)
    page = client.get(f"/en/messages/unsubscribe/{token}/")
    assert page.status_code == 200
    assert b"Unsubscribe from announcements" in page.content
    assert not Unsubscription.objects.exists()  # a link checker opening it changes nothing
    # RFC 8058: the mail provider posts this body, with no session and no CSRF token
    response = client.post(
        f"/en/messages/unsubscribe/{token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert Unsubscription.objects.filter(person=person).exists()


def test_a_tampered_unsubscribe_link_is_refused_and_changes_nothing(client, people):
    token = services.unsubscribe_token(people["participant"])
    response = client.post(f"/fr/messages/unsubscribe/{token}x/")
    assert response.status_code == 400
    assert "pas valide" in response.content.decode()
    assert not Unsubscription.objects.exists()


def test_staff_write_to_the_alumni_of_every_edition_from_their_own_page(client, people):
    client.force_login(people["staff"])
    response = client.post(
        "/en/messages/alumni/new/",
        {
            "groups": ["alumni_all"],
            "kind": "announcement",
            "subject_en": "News",
            "body_en": "{edition}",
            "action": "send",
        },
    )
    assert response.status_code == 200
    assert "cannot use {edition}" in response.content.decode()
    assert not Message.objects.exists()


def test_a_time_to_send_is_read_in_the_editions_zone_and_nothing_leaves_before(client, people):
    client.force_login(people["organiser"])
    response = client.post("/en/editions/13/messages/new/", compose(action="send", send_at="2027-06-11T08:00"))
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.send_at == at(11, 8)  # 08:00 in Lisbon
    assert message.status == MessageStatus.SCHEDULED
    assert not Email.objects.exists()
    assert ActionLog.objects.get().action == "messaging.scheduled"
