"""Hosting requests: proposed by a constituent, reviewed by organisers, made into a draft edition."""

from datetime import date

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from freezegun import freeze_time

from academy.audit.models import ActionLog
from academy.editions.models import Edition, Membership, Role, Status
from academy.hosting import services
from academy.hosting.models import HostingRequest, RequestStatus
from tests.factories import EditionFactory, MembershipFactory, UserFactory
from tests.matrix import assert_statuses

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]

TODAY = date(2026, 12, 1)


@pytest.fixture
def frozen():
    with freeze_time("2026-12-01 10:00:00"):
        yield


@pytest.fixture
def ministry():
    return UserFactory(email="dg@trabajo.example.org", certificate_name="Lucía Pérez", language="es")


@pytest.fixture
def organiser():
    return MembershipFactory(role=Role.ORGANISER, edition=EditionFactory(number=12)).user


def proposal_fields(**changes):
    fields = {
        "organisation": "Ministerio de Trabajo", "kind": "ministry", "country": "CO", "city": "Bogotá",
        "proposed_start": date(2028, 9, 4), "proposed_end": date(2028, 9, 8), "modality": "in_person",
        "themes": "Economía popular y solidaria; jóvenes", "co_financing": "Sede y 20 becas de viaje",
        "contact_name": "Lucía Pérez", "contact_email": "dg@trabajo.example.org", "contact_phone": "",
    }  # fmt: skip
    return fields | changes


def form_data(**changes):
    return {key: str(value) for key, value in proposal_fields(**changes).items()}


def test_submit_request_keeps_the_proposal(ministry):
    proposal = services.submit_request(by=ministry, **proposal_fields())
    assert (proposal.status, proposal.country.code, proposal.submitted_by) == (RequestStatus.SUBMITTED, "CO", ministry)
    assert ActionLog.objects.filter(action="hosting.submitted").count() == 1


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"proposed_start": TODAY, "proposed_end": date(2027, 1, 5)}, "proposed_start", "Propose dates in the future."),
    ({"proposed_end": date(2028, 9, 1)}, "proposed_end", "The last day cannot be before the first day."),
    ({"country": "XX"}, "country", "Value 'XX' is not a valid choice."),
])  # fmt: skip
def test_submit_request_with_bad_dates_or_country_is_refused_and_writes_nothing(ministry, changes, field, message):
    with pytest.raises(ValidationError) as refused:
        services.submit_request(by=ministry, **proposal_fields(**changes))
    assert refused.value.message_dict[field] == [message]
    assert not HostingRequest.objects.exists()
    assert not ActionLog.objects.exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"proposed_start": "2026-11-30", "proposed_end": "2026-12-04"}, "Proponga fechas futuras."),
    ({"country": "XX"}, "Escoja una opción válida. XX no es una de las opciones disponibles."),
])  # fmt: skip
def test_propose_page_refuses_bad_input_in_the_readers_language(client, ministry, changes, message):
    client.force_login(ministry)
    response = client.post("/es/host/", form_data(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not HostingRequest.objects.exists()


def test_propose_page_sends_the_proposal_to_the_organisers(client, ministry, organiser):
    client.force_login(ministry)
    response = client.post("/es/host/", form_data())
    proposal = HostingRequest.objects.get()
    assert response["Location"] == f"/es/host/requests/{proposal.pk}/"
    client.force_login(organiser)
    assert "Ministerio de Trabajo" in client.get("/en/host/requests/").content.decode()


def test_decide_tells_the_proposer_in_their_language(ministry, organiser, django_capture_on_commit_callbacks):
    proposal = services.submit_request(by=ministry, **proposal_fields())
    with django_capture_on_commit_callbacks(execute=True):
        services.decide(request=proposal, status=RequestStatus.DISCUSSION, notes="Hablemos en enero.", by=organiser)
    [email] = mail.outbox
    assert email.to == ["dg@trabajo.example.org"]
    assert "En discusión" in email.subject
    assert "Hablemos en enero." in email.body
    assert ActionLog.objects.get(action="hosting.discussion").reason == "Hablemos en enero."


def test_accepted_request_becomes_a_draft_edition_run_by_its_reviewer(ministry, organiser):
    proposal = services.submit_request(by=ministry, **proposal_fields())
    services.decide(request=proposal, status=RequestStatus.ACCEPTED, notes="", by=organiser)
    edition = services.make_draft_edition(request=proposal, by=organiser)
    assert (edition.number, edition.status, edition.host_country.code, edition.time_zone) == (
        13, Status.DRAFT, "CO", "America/Bogota",
    )  # fmt: skip
    assert (edition.start_date, edition.end_date) == (date(2028, 9, 4), date(2028, 9, 8))
    assert edition.title.data["es"] == "Academia sobre Economía Social y Solidaria, Bogotá"
    assert Membership.objects.filter(edition=edition, user=organiser, role=Role.ORGANISER).exists()
    with pytest.raises(ValidationError) as refused:
        services.make_draft_edition(request=proposal, by=organiser)
    assert refused.value.messages == ["An edition was made from this request already."]
    with pytest.raises(ValidationError) as refused:
        services.decide(request=proposal, status=RequestStatus.DECLINED, notes="", by=organiser)
    assert refused.value.messages == ["A draft edition was made from this request: it stays accepted."]
    assert Edition.objects.count() == 2


def test_a_request_not_accepted_cannot_become_an_edition(ministry, organiser):
    proposal = services.submit_request(by=ministry, **proposal_fields())
    with pytest.raises(ValidationError) as refused:
        services.make_draft_edition(request=proposal, by=organiser)
    assert refused.value.messages == ["Accept the request before making an edition of it."]
    assert Edition.objects.count() == 1


def test_authorisation_matrix(client, ministry, organiser):
    proposal = services.submit_request(by=ministry, **proposal_fields())
    people = {
        "anonymous": None, "proposer": ministry, "someone": UserFactory(), "organiser": organiser,
        "participant": MembershipFactory(role=Role.PARTICIPANT).user, "staff": UserFactory(is_staff=True),
    }  # fmt: skip
    expected = {
        "/en/host/": {"anonymous": 302, "proposer": 200, "someone": 200, "organiser": 200, "participant": 200, "staff": 200},
        "/en/host/mine/": {"anonymous": 302, "proposer": 200, "someone": 200, "organiser": 200, "participant": 200, "staff": 200},
        "/en/host/requests/": {"anonymous": 302, "proposer": 403, "someone": 403, "organiser": 200, "participant": 403, "staff": 200},
        f"/en/host/requests/{proposal.pk}/": {"anonymous": 302, "proposer": 200, "someone": 403, "organiser": 200, "participant": 403, "staff": 200},
    }  # fmt: skip
    assert_statuses(client, people, expected)
    # The proposer reads their request; the decision form is not theirs, so what they post is ignored.
    for name, status in (("proposer", 200), ("someone", 403), ("participant", 403)):
        client.force_login(people[name])
        assert client.post(f"/en/host/requests/{proposal.pk}/", {"status": "accepted"}).status_code == status
        assert client.post(f"/en/host/requests/{proposal.pk}/edition/").status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == RequestStatus.SUBMITTED


def test_reviewer_accepts_and_makes_the_edition_from_the_page(client, ministry, organiser):
    proposal = services.submit_request(by=ministry, **proposal_fields())
    client.force_login(organiser)
    client.post(f"/en/host/requests/{proposal.pk}/", {"status": "accepted", "notes": "Welcome"})
    response = client.post(f"/en/host/requests/{proposal.pk}/edition/")
    assert response["Location"] == "/en/editions/13/"
    assert client.get("/en/editions/13/").status_code == 200
