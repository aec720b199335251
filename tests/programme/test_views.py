import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from freezegun import freeze_time

from academy.editions.models import Edition
from academy.programme.models import AllocationRun, Placement, Preference, Session, Speaker
from tests.factories import UserFactory
from tests.programme.conftest import elective, participant, plenary

PAGES = {
    "agenda": "/en/editions/13/programme/",
    "session": "/en/editions/13/programme/P1/",
    "draft_session": "/en/editions/13/programme/P2/",
    "speaker": "/en/speakers/{speaker}/",
    "electives": "/en/editions/13/electives/",
    "timetable": "/en/editions/13/timetable/",
    "round": "/en/editions/13/electives/rounds/{round}/",
    "import": "/en/editions/13/programme/import/",
}
# Who gets what: anonymous visitors, a stranger logged in, a participant, an organiser.
EXPECTED = {
    "agenda": (200, 200, 200, 200),
    "session": (200, 200, 200, 200),
    "draft_session": (404, 404, 404, 200),
    "speaker": (200, 200, 200, 200),
    "electives": (302, 403, 200, 403),
    "timetable": (302, 403, 200, 403),
    "round": (302, 403, 403, 200),
    "import": (302, 403, 403, 200),
}


@pytest.fixture
def programme(edition, round_one, organiser):
    session = plenary(edition)
    plenary(edition, code="P2", published=False)
    speaker = Speaker.objects.create(name="Guy Tchami", bio={"en": "ILO Coop unit"})
    session.appearances.create(speaker=speaker)
    return {"speaker": speaker.pk, "round": round_one.pk}


@pytest.mark.parametrize("page", PAGES)
def test_authorisation_matrix(client, edition, organiser, programme, page):
    url = PAGES[page].format(**programme)
    ana = participant(edition)
    for who, expected in zip((None, UserFactory(), ana, organiser), EXPECTED[page], strict=True):
        client.logout()
        if who:
            client.force_login(who)
        assert client.get(url).status_code == expected, (page, who)


def test_agenda_filters_by_kind_language_and_topic_and_names_the_zones(client, edition, programme, round_one):
    topic = edition.sub_topics.create(name={"en": "Cooperatives"})
    elective(edition, round_one, "e1", floor=("pt",))
    Session.objects.filter(code="e1-1").update(sub_topic=topic)
    page = client.get("/en/editions/13/programme/").content.decode()
    assert "SSE principles and values" in page
    assert "Not published" not in page
    assert "(Europe/Lisbon)" in page
    assert 'data-local-range="2027-06-14T12:00:00+00:00/' in page
    page = client.get("/en/editions/13/programme/?kind=elective&language=pt").content.decode()
    assert "Elective e1, part 1" in page
    assert "SSE principles" not in page
    page = client.get(f"/en/editions/13/programme/?topic={topic.pk}").content.decode()
    assert "part 1" in page
    assert "part 2" not in page
    page = client.get("/fr/editions/13/programme/?language=fr").content.decode()
    assert "Principes et valeurs de l&#x27;ESS" in page
    assert "Elective e1" not in page


def test_logged_in_reader_sees_their_own_zone_named(client, edition, programme):
    client.force_login(participant(edition, time_zone="America/Bogota"))
    page = client.get("/en/editions/13/programme/P1/").content.decode()
    assert "Your time (America/Bogota):" in page
    assert "07:00" in page


@freeze_time("2027-05-10 12:00")
def test_participant_ranks_in_french_and_a_crafted_form_is_refused(client, edition, round_one):
    ana = participant(edition, language="fr")
    e1, e2 = (elective(edition, round_one, code, interpretation=("fr",)) for code in ("e1", "e2"))
    client.force_login(ana)
    prefix = f"round{round_one.pk}"
    response = client.post(
        "/fr/editions/13/electives/",
        {"round": round_one.pk, "rank": "1", f"{prefix}-choice_1": e2.pk, f"{prefix}-choice_2": e2.pk},
    )
    assert "Chaque option ne peut être classée qu’une fois." in response.content.decode()
    assert not Preference.objects.exists()
    response = client.post(
        "/fr/editions/13/electives/",
        {"round": round_one.pk, "rank": "1", f"{prefix}-choice_1": e2.pk, f"{prefix}-choice_2": e1.pk},
    )
    assert response.status_code == 302, re.findall(r'class="errorlist[^>]*>(.*?)</ul>', response.content.decode())
    assert list(Preference.objects.values_list("elective__code", "rank")) == [("e2", 1), ("e1", 2)]


def test_organiser_runs_publishes_and_moves_many_from_a_filtered_list(client, edition, round_one, organiser):
    # e1 has room for the two moved in whoever else the seeded allocation put there.
    e1, e2 = elective(edition, round_one, "e1", seats=4), elective(edition, round_one, "e2", seats=3)
    people = [participant(edition, certificate_name=f"Name {n}") for n in range(4)]
    client.force_login(organiser)
    url = f"/en/editions/13/electives/rounds/{round_one.pk}/"
    response = client.post(url, {"run": "1", "keep_published": "on"})
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert Placement.objects.count() == 4
    page = client.get(url).content.decode()
    assert "Placed without ranking" in page
    assert "<td>4</td>" in page
    page = client.get(url + "?q=Name 1").content.decode()
    assert "Name 1" in page
    assert "Name 2" not in page
    response = client.post(url + "?in=", {"move": "1", "people": [people[0].pk, people[1].pk], "elective": e1.pk})
    assert response.status_code == 302, re.findall(r'class="errorlist[^>]*>(.*?)</ul>', response.content.decode())
    response = client.post(url, {"move": "1", "people": [p.pk for p in people], "elective": e2.pk})
    assert "e2 has 3 free seats; 4 asked." in response.content.decode()
    assert Placement.objects.filter(user__in=people[:2], elective=e1).count() == 2
    client.post(url, {"publish": "1"})
    assert Placement.objects.filter(published=True).count() == 4


def test_round_page_shows_rankings_longer_than_the_number_allowed_and_the_method(client, edition, round_one, organiser):
    electives = [elective(edition, round_one, code, seats=1) for code in ("e1", "e2", "e3")]
    people = [participant(edition) for _ in range(3)]
    for person in people:
        for rank, course in enumerate(electives, start=1):
            Preference.objects.create(round=round_one, user=person, elective=course, rank=rank)
    Edition.objects.filter(pk=edition.pk).update(electives_to_rank=1)  # lowered after they ranked
    client.force_login(organiser)
    url = f"/en/editions/13/electives/rounds/{round_one.pk}/"
    response = client.post(url, {"run": "1", "keep_published": "on"})
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert re.findall(r"<td>Choice (\d)</td><td>(\d)</td>", page) == [("1", "1"), ("2", "1"), ("3", "1")]
    assert "Solved by min-cost flow. Proven optimal." in page
    with translation.override("fr"):
        page = client.get(url.replace("/en/", "/fr/")).content.decode()
    assert "Optimalité prouvée." in page


def test_round_page_says_where_an_unproven_run_may_fall_short(client, edition, round_one, organiser):
    AllocationRun.objects.create(
        round=round_one, seed=1, method="heuristic", gap={"level": "unplaced", "rank": None, "found": 4, "bound": 1}
    )
    client.force_login(organiser)
    page = client.get(f"/en/editions/13/electives/rounds/{round_one.pk}/").content.decode()
    assert "Solved by heuristic: the emptiest elective below its minimum cancelled, then solved again." in page
    assert (
        "Not proven optimal: 4 people have no elective, and no allocation keeping the minimum sizes leaves fewer "
        "than 1 without one." in page
    )


def test_import_page_lists_every_bad_row(client, edition, organiser, round_one):
    client.force_login(organiser)
    upload = SimpleUploadedFile(
        "p.csv", b"code,kind,title,start,end,languages\nP1,plenary,x,2027-06-14 13:00,2027-06-14 12:00,en\n"
    )
    page = client.post("/en/editions/13/programme/import/", {"file": upload}).content.decode()
    assert "Nothing was imported" in page
    assert "Line 2, column end: The session must end after it starts." in page
    assert not Session.objects.exists()


def test_joining_a_study_visit_needs_a_login_and_the_participant_role(client, edition, programme):
    visit = plenary(edition, code="V1", kind="field_visit", title={"en": "Visit to a cooperative"})
    url = "/en/editions/13/programme/V1/join/"
    assert client.post(url)["Location"].startswith("/en/accounts/login/?next=")
    client.force_login(UserFactory())
    assert client.post(url).status_code == 403
    page = client.get("/en/editions/13/programme/V1/").content.decode()
    assert 'action="/en/editions/13/programme/V1/join/"' not in page
    ana = participant(edition)
    client.force_login(ana)
    assert 'action="/en/editions/13/programme/V1/join/"' in client.get("/en/editions/13/programme/V1/").content.decode()
    assert client.post(url).status_code == 302
    assert list(visit.signups.values_list("user", flat=True)) == [ana.pk]
    # A plenary is for everyone: nobody joins it.
    assert client.post("/en/editions/13/programme/P1/join/").status_code == 403


def test_round_page_says_who_a_cancellation_moved_and_counts_in_the_singular(client, edition, round_one, organiser):
    e1, e2 = elective(edition, round_one, "e1", minimum=5), elective(edition, round_one, "e2")
    ana = participant(edition)
    Placement.objects.create(round=round_one, user=ana, elective=e2)
    AllocationRun.objects.create(round=round_one, seed=1, cancelled=["e1"])
    client.force_login(organiser)
    url = f"/en/editions/13/electives/rounds/{round_one.pk}/"
    page = client.get(url).content.decode()
    assert "Cancelled for want of participants (nobody had chosen them): e1." in page
    assert "placed elsewhere" not in page
    assert "<caption>1 participant</caption>" in page
    Preference.objects.create(round=round_one, user=ana, elective=e1, rank=1)
    page = client.get(url).content.decode()
    assert (
        "Cancelled for want of participants: e1. The 1 person who had chosen one is placed in another choice." in page
    )


@freeze_time("2027-05-10 12:00")
def test_the_ranking_offers_only_electives_the_person_can_follow_with_their_descriptions(client, edition, round_one):
    ana = participant(edition, language="fr")
    french = elective(edition, round_one, "e1", interpretation=("fr",))
    french.description = {"en": "Cooperatives in West Africa", "fr": "Les coopératives en Afrique de l’Ouest"}
    french.save()
    elective(edition, round_one, "e2")  # in English only
    elective(edition, round_one, "e3", interpretation=("fr",), audience="workers")  # for another group
    client.force_login(ana)
    page = client.get("/fr/editions/13/electives/").content.decode()
    options = re.findall(r'<option value="(\d+)"', page)
    assert set(options) == {str(french.pk)}
    assert "2 autres options ne vous sont pas proposées" in page
    assert '<details id="elective-e1"><summary>e1 · Elective e1</summary>' in page
    assert "Les coopératives en Afrique de l’Ouest" in page
