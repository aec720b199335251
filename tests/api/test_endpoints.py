"""The API's answers: public reads for anyone, the organisers' reads with a token and only for their editions,
ETags, pagination and the verification's rate limit."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from academy.api import services
from academy.applications.models import Application, FundingSource, Scholarship, Status
from academy.audit.models import ActionLog
from academy.certificates import services as certificates
from academy.certificates.models import Certificate
from academy.editions.models import EditionPartner, KeyFeature, PartnerRole, SubTopic
from academy.editions.models import Status as EditionStatus
from academy.programme.models import Placement
from academy.travel.models import LetterStatus
from academy.travel.services import PASSPORT_FIELDS
from tests.api.conftest import PASSPORT_NUMBERS, bearer
from tests.factories import EditionFactory, OrganisationFactory, ResourceFactory, UserFactory
from tests.programme.conftest import plenary

pytestmark = pytest.mark.django_db

PRIVATE = ["applications", "placements", "attendance", "certificates"]


def test_the_editions_list_shows_published_editions_with_their_translations(client, world):
    world["edition"].title = {"en": "The 13th Academy", "fr": "La 13e Académie"}
    world["edition"].save()
    answer = client.get("/api/v1/editions").json()
    assert answer["count"] == 2
    assert [edition["number"] for edition in answer["items"]] == [13, 14]  # not the draft 15
    assert answer["items"][0]["title"] == {"en": "The 13th Academy", "fr": "La 13e Académie"}
    assert answer["items"][0]["host_city"] == {"en": "Lisbon", "pt": "Lisboa"}


def test_one_edition_with_every_text_and_a_draft_is_not_there(client, world):
    KeyFeature.objects.create(
        edition=world["edition"], position=1, title={"en": "Peer learning", "es": "Aprendizaje entre pares"}
    )
    SubTopic.objects.create(edition=world["edition"], position=1, name={"en": "Care economy"})
    EditionPartner.objects.create(
        edition=world["edition"], organisation=OrganisationFactory(acronym="ILO"), role=PartnerRole.ORGANISER
    )
    answer = client.get("/api/v1/editions/13").json()
    assert answer["key_features"] == [{"title": {"en": "Peer learning", "es": "Aprendizaje entre pares"}, "text": {}}]
    assert answer["sub_topics"] == [{"en": "Care economy"}]
    assert answer["partners"] == ["ILO"]
    assert answer["number"] == 13
    assert answer["theme"] == {"en": "SSE and the future of work", "fr": "L'ESS et l'avenir du travail"}
    assert answer["time_zone"] == "Europe/Lisbon"
    assert client.get("/api/v1/editions/15").status_code == 404
    assert client.get("/api/v1/editions/15/sessions").status_code == 404
    assert client.get("/api/v1/editions/99").json() == {"message": "No published edition has this number."}


def test_the_programme_gives_times_in_utc_and_in_the_editions_zone(client, world):
    first = world["edition"].sessions.get(code="P1")
    first.description = {"en": "Why values matter", "pt": "Porque os valores importam"}
    first.save()
    answer = client.get("/api/v1/editions/13/sessions").json()
    plenary = answer["items"][0]
    assert plenary["code"] == "P1"
    assert plenary["starts_at"] == "2027-06-14T12:00:00Z"  # 13:00 in Lisbon, summer time
    assert plenary["starts_at_local"] == "2027-06-14T13:00:00+01:00"
    assert plenary["floor_languages"] == ["en"]
    assert plenary["interpretation"] == ["fr", "es", "pt"]
    assert plenary["title"]["fr"] == "Principes et valeurs de l'ESS"
    assert plenary["description"] == {"en": "Why values matter", "pt": "Porque os valores importam"}
    assert "online_url" not in plenary
    assert [session["code"] for session in answer["items"]] == ["P1", "P2", "E1-1", "E1-2", "E1-3"]
    assert answer["items"][2]["elective"] == "E1"


def test_lists_are_paginated(client, world):
    answer = client.get("/api/v1/editions/13/sessions?limit=2&offset=1").json()
    assert answer["count"] == 5
    assert [session["code"] for session in answer["items"]] == ["P2", "E1-1"]
    assert client.get("/api/v1/editions/13/sessions?limit=0").status_code == 422
    assert client.get("/api/v1/editions/13/sessions?limit=201").status_code == 422


def test_an_unchanged_answer_is_a_304_and_a_changed_one_is_not(client, world):
    first = client.get("/api/v1/editions/13")
    etag = first["ETag"]
    assert etag
    assert "no-cache" in first["Cache-Control"]
    again = client.get("/api/v1/editions/13", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    world["edition"].theme = {"en": "Changed"}
    world["edition"].save()
    assert client.get("/api/v1/editions/13", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_certificate_verification_by_code(client, world, issued):
    answer = client.get(f"/api/v1/certificates/{issued.code}").json()
    assert answer["status"] == "valid"
    assert answer["name"] == "Ana Conceição"
    assert answer["edition"] == 13
    assert answer["hours"] == 3.0
    assert "email" not in json.dumps(answer)
    typed = issued.code.lower().replace("-", " ")
    assert client.get(f"/api/v1/certificates/{typed}").json()["code"] == issued.code
    assert client.get("/api/v1/certificates/AAAA-BBBB").status_code == 404


def test_a_revoked_certificate_says_so_and_names_its_replacement(client, world, issued, organiser, cohort):
    cohort[0].certificate_name = "Ana Maria Conceição"
    cohort[0].save()
    replacement = certificates.reissue(certificate=issued, by=organiser)
    answer = client.get(f"/api/v1/certificates/{issued.code}").json()
    assert answer["status"] == "revoked"
    assert answer["revoked_on"] is not None
    assert answer["replaced_by"] == replacement.code


def test_verification_shares_the_pages_hourly_limit(client, world, issued, settings):
    settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR = 2
    assert client.get(f"/api/v1/certificates/{issued.code}").status_code == 200
    assert client.get(f"/en/certificates/verify/{issued.code}/").status_code == 200
    too_many = client.get(f"/api/v1/certificates/{issued.code}")
    assert too_many.status_code == 429
    assert too_many.json() == {"message": "Too many look-ups from your address; try later."}


def test_visa_letter_verification_says_what_the_public_page_says(client, world):
    letter = world["letters"][LetterStatus.APPROVED]
    response = client.get(f"/api/v1/visa-letters/{letter.code}")
    assert response.status_code == 200
    assert response["ETag"]
    assert response.json() == {
        "code": letter.code,
        "status": "valid",
        "name": "ANA CONCEIÇÃO",
        "edition": 13,
        "edition_title": {"en": "Academy 13", "fr": "Académie 13"},
        "start_date": "2027-06-14",
        "end_date": "2027-06-25",
        "valid_until": "2027-06-25",
    }
    page = client.get(f"/en/visa-letters/verify/{letter.code}/").content.decode()
    assert "ANA CONCEIÇÃO" in page
    typed = f"{letter.code[:4].lower()} {letter.code[4:].lower()}"  # as read out from the letter
    assert client.get(f"/api/v1/visa-letters/{typed}").json()["code"] == letter.code


def test_a_visa_letter_is_no_longer_valid_after_the_editions_last_day(client, world):
    letter = world["letters"][LetterStatus.APPROVED]
    with freeze_time("2027-06-25 22:00"):
        assert client.get(f"/api/v1/visa-letters/{letter.code}").json()["status"] == "valid"
    with freeze_time("2027-06-26 12:00"):
        assert client.get(f"/api/v1/visa-letters/{letter.code}").json()["status"] == "expired"


@pytest.mark.parametrize("status", [LetterStatus.REFUSED, LetterStatus.REQUESTED])
def test_a_letter_not_approved_is_unknown_to_the_api(client, world, status):
    response = client.get(f"/api/v1/visa-letters/{world['letters'][status].code}")
    assert response.status_code == 404
    assert response.json() == {"message": "No visa letter has this code."}


@pytest.mark.parametrize(("code", "status"), [("AAAA-BBBB", 404), ("not a code!", 404), ("X" * 41, 422)])
def test_an_unknown_or_malformed_visa_letter_code(client, world, code, status):
    assert client.get(f"/api/v1/visa-letters/{code}").status_code == status


def test_no_answer_about_a_visa_letter_holds_passport_data(client, world):
    for letter in world["letters"].values():
        text = client.get(f"/api/v1/visa-letters/{letter.code}").content.decode()
        assert not any(number in text for number in PASSPORT_NUMBERS)
        assert not any(field in text for field in PASSPORT_FIELDS)
        assert "Embassy" not in text
        assert "1988" not in text


def test_visa_letters_and_certificates_share_one_hourly_limit_with_the_pages(client, world, issued, settings):
    settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR = 3
    letter = world["letters"][LetterStatus.APPROVED]
    assert client.get(f"/api/v1/visa-letters/{letter.code}").status_code == 200
    assert client.get(f"/api/v1/certificates/{issued.code}").status_code == 200
    assert client.get(f"/en/visa-letters/verify/{letter.code}/").status_code == 200
    too_many = client.get(f"/api/v1/visa-letters/{letter.code}")
    assert too_many.status_code == 429
    assert too_many.json() == {"message": "Too many look-ups from your address; try later."}
    assert client.get(f"/api/v1/certificates/{issued.code}").status_code == 429


def test_the_brain_search_is_what_an_anonymous_visitor_finds(client, world):
    ResourceFactory(title="Cooperatives and the future of work", language="en")
    ResourceFactory(title="Cooperativas e o futuro do trabalho", language="pt")
    ResourceFactory(title="Housing cooperatives")
    answer = client.get("/api/v1/brain/search?q=cooperatives&language=en").json()
    assert set(answer) == {"count", "page", "pages", "items", "facets"}
    assert answer["count"] == 2
    assert answer["page"] == answer["pages"] == 1
    assert {hit["title"] for hit in answer["items"]} == {"Cooperatives and the future of work", "Housing cooperatives"}
    assert answer["items"][0]["kind"] == "resource"
    assert answer["facets"]["language"]["en"] == 2
    # A NUL is outside the schema's pattern: a 422, like every misfit parameter.
    assert client.get("/api/v1/brain/search?q=a%00b").status_code == 422
    assert client.get("/api/v1/brain/search?page=501").status_code == 422


@pytest.mark.parametrize("what", PRIVATE)
def test_the_organisers_data_needs_a_token(client, world, what):
    client.force_login(world["organiser"])  # a session is not a token
    response = client.get(f"/api/v1/organisers/editions/13/{what}")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert client.get(f"/api/v1/organisers/editions/13/{what}", **bearer("sse_wrong")).status_code == 401


@pytest.mark.parametrize("what", PRIVATE)
def test_a_token_reads_only_the_editions_its_owner_organises(client, world, secret, what):
    assert client.get(f"/api/v1/organisers/editions/13/{what}", **bearer(secret)).status_code == 200
    refused = client.get(f"/api/v1/organisers/editions/14/{what}", **bearer(secret))
    assert refused.status_code == 404
    assert refused.json() == {"message": "You organise no edition with this number."}


def test_the_organisers_editions(client, world, secret):
    answer = client.get("/api/v1/organisers/editions", **bearer(secret)).json()
    assert [edition["number"] for edition in answer["items"]] == [13, 15]


def test_applications_with_scores_decisions_and_scholarships(client, world, secret):
    answer = client.get("/api/v1/organisers/editions/13/applications", **bearer(secret)).json()
    assert answer["count"] == 1  # the draft is not an application yet
    (application,) = answer["items"]
    assert application["email"] == "lan@example.vn"
    assert application["status"] == "selected"
    assert application["score_normalised"] == 1.1
    assert application["scholarship"] == {
        "source": "South-South fund",
        "status": "offered",
        "travel": 800.0,
        "accommodation": 300.0,
        "fee": 0.0,
        "amount": 1100.0,
    }
    assert "secret@example.org" not in json.dumps(answer)


def test_placements_attendance_and_certificates(client, world, secret, issued):
    placements = client.get("/api/v1/organisers/editions/13/placements", **bearer(secret)).json()["items"]
    assert [(row["name"], row["elective"], row["published"]) for row in placements] == [("Ana Conceição", "E1", True)]
    attendance = client.get("/api/v1/organisers/editions/13/attendance", **bearer(secret)).json()["items"]
    first = attendance[0]
    assert first["session"] == "P1"
    by_name = {row["name"]: row for row in first["attendees"]}
    assert by_name["Ana Conceição"]["credited_seconds"] == 90 * 60
    assert by_name["Иван Петров"]["attended_seconds"] == 90 * 60
    rows = client.get("/api/v1/organisers/editions/13/certificates", **bearer(secret)).json()["items"]
    assert [(row["code"], row["name"], row["revoked_at"]) for row in rows] == [(issued.code, "Ana Conceição", None)]


def test_a_token_stops_reading_an_edition_when_its_owner_stops_organising_it(client, world, secret):
    world["organiser"].memberships.filter(edition=world["edition"]).delete()
    assert client.get("/api/v1/organisers/editions/13/applications", **bearer(secret)).status_code == 404


def test_a_revoked_token_gets_401(client, world):
    token, secret = services.create_token(user=world["organiser"], name="Monitoring")
    services.revoke_token(token=token, by=world["organiser"])
    assert client.get("/api/v1/organisers/editions", **bearer(secret)).status_code == 401


def test_each_request_with_a_token_is_in_the_audit_log_and_kept_private(client, world, secret):
    response = client.get("/api/v1/organisers/editions/13/certificates", **bearer(secret))
    assert "private" in response["Cache-Control"]
    assert "Authorization" in response["Vary"]
    used = ActionLog.objects.get(action="api.token_used")
    assert used.data["path"] == "/api/v1/organisers/editions/13/certificates"
    assert Certificate.objects.count() == 1


def queries_of(client, url: str, **headers) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, **headers).status_code == 200
    return len(queries)


@pytest.mark.parametrize("what", ["applications", "placements", "certificates"])
def test_the_organisers_lists_take_as_many_queries_for_one_row_as_for_many(client, world, secret, what):
    url = f"/api/v1/organisers/editions/13/{what}"
    few = queries_of(client, url, **bearer(secret))
    edition = world["edition"]
    round_ = edition.allocation_rounds.get()
    course = round_.electives.get()
    source = FundingSource.objects.get()
    for n in range(3):
        person = UserFactory(email=f"more{n}@example.org")
        application = Application.objects.create(edition=edition, applicant=person, status=Status.WAITLISTED)
        Scholarship.objects.create(application=application, source=source, travel=100)
        Placement.objects.create(round=round_, user=person, elective=course)
        Certificate.objects.create(
            edition=edition, user=person, code=f"ABCD-EFG{n + 2}", name=f"P{n}", language="en", hours=3,
            issued_at=timezone.now(),
        )  # fmt: skip
    assert client.get(url, **bearer(secret)).json()["count"] >= 3
    assert queries_of(client, url, **bearer(secret)) == few


def test_the_editions_and_the_programme_take_as_many_queries_for_one_row_as_for_many(client, world):
    editions, programme = queries_of(client, "/api/v1/editions"), queries_of(client, "/api/v1/editions/13/sessions")
    for number in (20, 21, 22):
        EditionFactory(number=number, status=EditionStatus.ANNOUNCED)
    for day in (20, 21, 22):
        plenary(world["edition"], f"P{day}", day=day)
    assert queries_of(client, "/api/v1/editions") == editions
    assert queries_of(client, "/api/v1/editions/13/sessions") == programme
