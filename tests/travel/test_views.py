import pytest

from academy.editions.models import Role
from academy.travel import services
from academy.travel.models import LetterStatus, VisaLetter
from tests.factories import EditionFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.matrix import assert_statuses
from tests.travel.conftest import NOW

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(edition, in_person, organiser, request_data):
    letter = services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    return services.approve(letter=letter, by=organiser, now=NOW)


def form_data(request_data, **changes):
    data = request_data | changes
    return {key: value.isoformat() if hasattr(value, "isoformat") else value for key, value in data.items()}


def test_permission_matrix(client, edition, in_person, online, organiser, approved):
    other_organiser = MembershipFactory(edition=EditionFactory(number=15), role=Role.ORGANISER).user
    people = {
        "anonymous": None,
        "person": UserFactory(),
        "participant": in_person,
        "online_participant": online,
        "committee": MembershipFactory(edition=edition, role=Role.COMMITTEE, organisation=OrganisationFactory()).user,
        "organiser": organiser,
        "other_organiser": other_organiser,
        "staff": UserFactory(is_staff=True),
    }

    def row(default, **exceptions):
        return {persona: exceptions.get(persona, default) for persona in people}

    login = 302
    assert_statuses(
        client,
        people,
        {
            "/en/editions/13/visa-letter/": row(
                403, anonymous=login, participant=200, online_participant=200, staff=403
            ),
            "/en/editions/13/visa-letters/": row(403, anonymous=login, organiser=200, staff=200),
            f"/en/visa-letters/{approved.pk}/letter.pdf": row(
                404, anonymous=login, participant=200, organiser=200, staff=200
            ),
            "/en/visa-letters/verify/": row(200),
            f"/en/visa-letters/verify/{approved.code}/": row(200),
            f"/v/{approved.code}": row(302),
        },
    )
    for url in (
        f"/en/editions/13/visa-letters/{approved.pk}/approve/",
        f"/en/editions/13/visa-letters/{approved.pk}/refuse/",
    ):
        assert_posts(client, people, url, row(403, anonymous=login, organiser=302, staff=302))


def assert_posts(client, people, url, expected):
    for name, person in people.items():
        client.logout()
        if person is not None:
            client.force_login(person)
        assert client.post(url).status_code == expected[name], (url, name)


def test_request_in_french_then_approval_then_download(client, edition, in_person, organiser, request_data):
    client.force_login(in_person)
    response = client.post("/fr/editions/13/visa-letter/", form_data(request_data))
    assert response.status_code == 302
    letter = VisaLetter.objects.get()
    assert letter.status == LetterStatus.REQUESTED
    client.force_login(organiser)
    page = client.get("/en/editions/13/visa-letters/").content.decode()
    assert "G1234567" in page
    assert "Embassy of Senegal in Accra" in page
    client.post(f"/en/editions/13/visa-letters/{letter.pk}/approve/")
    letter.refresh_from_db()
    assert letter.status == LetterStatus.APPROVED
    client.force_login(in_person)
    response = client.get(f"/fr/visa-letters/{letter.pk}/letter.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content if response.streaming else [response.content]).startswith(b"%PDF")


def test_expired_passport_is_shown_translated_and_nothing_stored(client, edition, in_person, request_data):
    client.force_login(in_person)
    response = client.post("/fr/editions/13/visa-letter/", form_data(request_data, passport_expiry="2027-01-01"))
    assert response.status_code == 400
    assert "Votre passeport doit être valide au-delà du dernier jour" in response.content.decode()
    assert not VisaLetter.objects.exists()


def test_missing_consulate_is_refused(client, edition, in_person, request_data):
    client.force_login(in_person)
    response = client.post("/en/editions/13/visa-letter/", form_data(request_data, consulate=""))
    assert "Say at which consulate or embassy" in response.content.decode()
    assert not VisaLetter.objects.exists()


def test_online_participant_sees_why_and_a_post_changes_nothing(client, edition, online, request_data):
    client.force_login(online)
    page = client.get("/en/editions/13/visa-letter/").content.decode()
    assert "confirmed a place in person" in page
    assert '<form method="post" novalidate>' not in page
    response = client.post("/en/editions/13/visa-letter/", form_data(request_data))
    assert response.status_code == 400
    assert not VisaLetter.objects.exists()


def test_refusal_without_reason_changes_nothing(client, edition, in_person, organiser, request_data):
    letter = services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    client.force_login(organiser)
    client.post(f"/en/editions/13/visa-letters/{letter.pk}/refuse/", {"reason": ""})
    assert VisaLetter.objects.get().status == LetterStatus.REQUESTED
    client.post(f"/en/editions/13/visa-letters/{letter.pk}/refuse/", {"reason": "Typo in the passport number"})
    assert VisaLetter.objects.get().status == LetterStatus.REFUSED


def test_verification_shows_name_edition_dates_only(client, approved):
    page = client.get(f"/en/visa-letters/verify/{approved.code[:4]}-{approved.code[4:8]}-{approved.code[8:]}/")
    text = page.content.decode()
    assert "KWAME ASANTE MENSAH" in text
    assert "Valid." in text
    assert "25 June 2027" in text
    assert "G1234567" not in text
    assert "Accra" not in text
    assert "1988" not in text


def test_verification_of_an_unknown_or_malformed_code(client, approved):
    for code in ("ABCDEFGHJKMN", "nonsense"):
        assert "No visa letter has this code" in client.get(f"/en/visa-letters/verify/{code}/").content.decode()
    assert client.get("/en/visa-letters/verify/", {"code": "0000"}).status_code == 200


def test_short_link_and_form_lead_to_the_verification(client, approved):
    assert client.get(f"/v/{approved.code}")["Location"] == f"/en/visa-letters/verify/{approved.code}/"
    response = client.get("/en/visa-letters/verify/", {"code": approved.code.lower()})
    assert response["Location"] == f"/en/visa-letters/verify/{approved.code}/"


def test_verification_shares_the_certificates_rate_limit(client, settings, approved):
    settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR = 2
    assert client.get("/en/certificates/verify/ABCDEFGHJKMN/", REMOTE_ADDR="10.0.0.9").status_code == 200
    assert client.get(f"/en/visa-letters/verify/{approved.code}/", REMOTE_ADDR="10.0.0.9").status_code == 200
    assert client.get(f"/en/visa-letters/verify/{approved.code}/", REMOTE_ADDR="10.0.0.9").status_code == 429


def test_overview_queries_do_not_grow_with_the_letters(client, edition, organiser, request_data):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.travel.conftest import participant_of

    client.force_login(organiser)

    def queries() -> int:
        client.get("/en/editions/13/visa-letters/")  # warm: the session, the edition's cache
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/editions/13/visa-letters/").status_code == 200
        return len(captured)

    person = participant_of(edition, attendance="in_person", name="One")
    services.request_letter(edition=edition, person=person, now=NOW, **request_data)
    one = queries()
    for name in ("Two", "Three"):
        person = participant_of(edition, attendance="in_person", name=name)
        services.request_letter(edition=edition, person=person, now=NOW, **request_data)
    assert queries() == one
