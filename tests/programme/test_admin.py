from academy.programme import services
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import elective, participant, plenary


def test_organisers_see_their_editions_sessions_only_and_cannot_pick_accounts_for_speakers(client, edition, organiser):
    plenary(edition)
    other = EditionFactory(start_date=edition.start_date, end_date=edition.end_date, time_zone=edition.time_zone)
    plenary(other, code="P77", title={"en": "Someone else's plenary"})
    UserFactory(certificate_name="Someone Organisers Need Not See")
    client.force_login(organiser)
    listing = client.get("/en/back-office/programme/session/").content.decode()
    assert "SSE principles and values" in listing
    assert "Someone else&#x27;s plenary" not in listing
    form = client.get("/en/back-office/programme/speaker/add/").content.decode()
    assert 'name="name"' in form
    assert "Someone Organisers Need Not See" not in form


def test_lowering_a_maximum_below_the_people_placed_is_refused_in_the_back_office(
    client, edition, organiser, round_one
):
    course = elective(edition, round_one, "e1", seats=5)
    services.move(round_one, [participant(edition), participant(edition)], course, by=organiser)
    client.force_login(organiser)
    url = f"/en/back-office/programme/elective/{course.pk}/change/"
    data = {
        "edition": edition.pk, "round": round_one.pk, "code": "e1", "title_0": "Elective e1", "minimum_seats": 0,
        "maximum_seats": 1, "parts-TOTAL_FORMS": 3, "parts-INITIAL_FORMS": 3, "parts-MIN_NUM_FORMS": 0,
        "parts-MAX_NUM_FORMS": 1000,
    }  # fmt: skip
    for index, part in enumerate(course.parts.order_by("pk")):
        data[f"parts-{index}-id"] = part.pk
        data[f"parts-{index}-elective"] = course.pk
    response = client.post(url, data)
    assert "2 people are already placed; the maximum cannot be lower." in response.content.decode()
    course.refresh_from_db()
    assert course.maximum_seats == 5
