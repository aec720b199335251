"""Follow-ups: what came of an edition, recorded by its alumni and organisers, public and searchable."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from academy.brain import followups
from academy.brain.models import FollowUp, Visibility
from academy.brain.search.engine import search
from academy.editions.models import Role, Status
from tests.brain.test_profiles import set_visibility
from tests.factories import EditionFactory, MembershipFactory, TopicFactory, UserFactory
from tests.matrix import assert_statuses

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition():
    return EditionFactory(number=8, status=Status.FINISHED)


@pytest.fixture
def alumna(edition):
    return MembershipFactory(
        edition=edition, role=Role.PARTICIPANT, user=UserFactory(certificate_name="Mi-ja Kim")
    ).user


def record(by, edition, **changes):
    fields = {
        "kind": "policy", "title": "Seoul's framework act on the social economy", "language": "en",
        "description": "The city council adopted a **framework act** after the Academy.", "countries": ["KR"],
        "partners": "Seoul Metropolitan Government, GSEF", "started_on": date(2018, 3, 1), "ended_on": None,
        "sdg_targets": ["8.3"], "topics": [], "people": [], "link": "",
    }  # fmt: skip
    return followups.save_follow_up(by=by, edition=edition, **(fields | changes))


def test_an_alumna_records_a_follow_up_that_anyone_finds(alumna, edition):
    topic = TopicFactory()
    follow_up = record(alumna, edition, topics=[topic], people=[alumna])
    assert (follow_up.recorded_by, list(follow_up.people.all())) == (alumna, [alumna])
    results = search("framework act", clearance=Visibility.EVERYONE)
    assert [(hit.kind, hit.object_id) for hit in results.hits] == [("followup", follow_up.pk)]
    assert results.facets["edition"] == {"8": 1}
    assert results.facets["sdg"] == {"8.3": 1}


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"countries": []}, "countries", "Say in which country or countries it happens."),
    ({"ended_on": date(2017, 1, 1)}, "ended_on", "It cannot end before it started."),
    ({"sdg_targets": ["8.99"]}, "sdg_targets", "Give SDG targets as the UN numbers them, such as 8.3 or 17.9."),
])  # fmt: skip
def test_a_follow_up_with_bad_fields_is_refused_and_writes_nothing(alumna, edition, changes, field, message):
    with pytest.raises(ValidationError) as refused:
        record(alumna, edition, **changes)
    assert refused.value.message_dict[field] == [message]
    assert not FollowUp.objects.exists()
    assert search("framework", clearance=Visibility.EVERYONE).total == 0


def test_only_the_editions_people_record_and_only_community_members_are_linked(alumna, edition):
    elsewhere = MembershipFactory(role=Role.PARTICIPANT).user
    with pytest.raises(ValidationError) as refused:
        record(elsewhere, edition)
    assert refused.value.message_dict["edition"] == ["Choose an edition you took part in or organise."]
    with pytest.raises(ValidationError) as refused:
        record(alumna, edition, people=[UserFactory()])
    assert refused.value.message_dict["people"] == ["Link only people who took part in an edition."]
    assert not FollowUp.objects.exists()


def test_only_the_recorder_and_the_organisers_change_it(alumna, edition):
    follow_up = record(alumna, edition)
    other = MembershipFactory(edition=edition, role=Role.PARTICIPANT).user
    with pytest.raises(ValidationError) as refused:
        record(other, edition, follow_up=follow_up, title="Taken over")
    assert refused.value.messages == ["Only whoever recorded it and the organisers of its edition can change it."]
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    record(organiser, edition, follow_up=follow_up, title="Seoul's social economy act")
    follow_up.refresh_from_db()
    assert (follow_up.title, follow_up.recorded_by) == ("Seoul's social economy act", alumna)
    followups.delete_follow_up(follow_up=follow_up, by=organiser)
    assert search("social economy act", clearance=Visibility.EVERYONE).total == 0


def test_pages_matrix_and_hidden_people(client, alumna, edition):
    hidden = MembershipFactory(
        edition=edition, role=Role.PARTICIPANT, user=UserFactory(certificate_name="Hidden One")
    ).user
    set_visibility(hidden, Visibility.ORGANISERS)
    follow_up = record(alumna, edition, people=[alumna, hidden])
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    people = {"anonymous": None, "outsider": UserFactory(), "alumna": alumna, "other_alumnus": MembershipFactory(
        role=Role.PARTICIPANT).user, "organiser": organiser, "staff": UserFactory(is_staff=True)}  # fmt: skip
    expected = {
        "/en/brain/follow-ups/": dict.fromkeys(people, 200),
        f"/en/brain/follow-ups/{follow_up.pk}/": dict.fromkeys(people, 200),
        "/en/brain/editions/8/follow-ups/new/": {"anonymous": 302, "outsider": 403, "alumna": 200,
                                                 "other_alumnus": 403, "organiser": 200, "staff": 200},
        f"/en/brain/follow-ups/{follow_up.pk}/edit/": {"anonymous": 302, "outsider": 403, "alumna": 200,
                                                       "other_alumnus": 403, "organiser": 200, "staff": 200},
    }  # fmt: skip
    assert_statuses(client, people, expected)
    client.logout()
    page = client.get(f"/en/brain/follow-ups/{follow_up.pk}/").content.decode()
    assert "<strong>framework act</strong>" in page
    assert "Mi-ja Kim" not in page  # alumni profiles are for alumni by default
    client.force_login(organiser)
    page = client.get(f"/en/brain/follow-ups/{follow_up.pk}/").content.decode()
    assert "Hidden One" in page
    client.force_login(people["other_alumnus"])
    assert client.post(f"/en/brain/follow-ups/{follow_up.pk}/delete/").status_code == 403
    assert FollowUp.objects.filter(pk=follow_up.pk).exists()


def test_record_page_saves_through_the_form(client, alumna, edition):
    client.force_login(alumna)
    response = client.post("/en/brain/editions/8/follow-ups/new/", {
        "kind": "network", "title": "Asian SSE network of cities", "description": "Met at the Academy.",
        "language": "en", "countries": ["KR", "PH"], "started_on": "2018-05-01", "sdg_targets": "17.9, 8.3",
        "people": [alumna.pk],
    })  # fmt: skip
    follow_up = FollowUp.objects.get()
    assert response["Location"] == f"/en/brain/follow-ups/{follow_up.pk}/"
    assert (follow_up.sdg_targets, [c.code for c in follow_up.countries]) == (["17.9", "8.3"], ["KR", "PH"])
    response = client.post("/en/brain/editions/8/follow-ups/new/", {
        "kind": "network", "title": "x", "description": "y", "language": "en", "countries": ["KR"],
        "started_on": "2018-05-01", "sdg_targets": "8.99",
    })  # fmt: skip
    assert "Give SDG targets as the UN numbers them, such as 8.3 or 17.9." in response.content.decode()
    assert FollowUp.objects.count() == 1


def test_the_edition_page_lists_what_came_of_it(client, alumna, edition):
    record(alumna, edition)
    page = client.get("/en/editions/8/").content.decode()
    assert "What came of it" in page
    assert "Seoul&#x27;s framework act on the social economy" in page
    assert "Record what came of this edition" not in page
    client.force_login(alumna)
    assert "Record what came of this edition" in client.get("/en/editions/8/").content.decode()


def test_a_follow_up_of_a_draft_edition_is_refused(db):
    draft = EditionFactory(number=30, status=Status.DRAFT)
    organiser = MembershipFactory(edition=draft, role=Role.ORGANISER).user
    with pytest.raises(ValidationError) as refused:
        record(organiser, draft)
    assert refused.value.message_dict["edition"] == ["Follow-ups are recorded for editions that have been announced."]
    assert not FollowUp.objects.exists()


def test_editing_keeps_the_people_the_editor_may_not_see(client, alumna, edition):
    hidden = MembershipFactory(
        edition=edition, role=Role.PARTICIPANT, user=UserFactory(certificate_name="Hidden One")
    ).user
    set_visibility(hidden, Visibility.ORGANISERS)
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    follow_up = record(alumna, edition)
    record(organiser, edition, follow_up=follow_up, people=[alumna, hidden])
    client.force_login(alumna)
    response = client.post(f"/en/brain/follow-ups/{follow_up.pk}/edit/", {
        "kind": "policy", "title": "Seoul's social economy act", "description": "Adopted.", "language": "en",
        "countries": ["KR"], "started_on": "2018-03-01", "people": [alumna.pk],
    })  # fmt: skip
    assert response.status_code == 302
    assert set(follow_up.people.all()) == {alumna, hidden}
