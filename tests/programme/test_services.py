from datetime import datetime

import pytest
from django.core.exceptions import ValidationError

from academy.audit.models import ActionLog
from academy.editions.models import Edition
from academy.editions.services import save_edition
from academy.programme import services
from academy.programme.models import Elective, Kind, Placement, Preference, Session, Signup
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import at, elective, participant, plenary

DURING_WINDOW = datetime(2027, 5, 10, 12, 0, tzinfo=at(14, 0).tzinfo)


@pytest.fixture
def three(edition, round_one):
    return [elective(edition, round_one, code, seats=2) for code in ("e1", "e2", "e3")]


def test_participant_ranks_electives_and_ranking_again_replaces_the_choices(edition, round_one, three):
    ana = participant(edition)
    services.set_preferences(
        user=ana, round_=round_one, ranked=[three[1].pk, three[0].pk], not_for_me=three[2].pk, now=DURING_WINDOW
    )
    services.set_preferences(user=ana, round_=round_one, ranked=[three[0].pk], not_for_me=None, now=DURING_WINDOW)
    ranked, not_for_me = services.preferences_of(ana, round_one)
    assert ranked == [three[0]]
    assert not_for_me is None
    assert Preference.objects.filter(user=ana).count() == 1


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("twice", "Each elective can be ranked only once."),
        ("other_round", "Choose only electives of this round."),
        ("other_edition", "Choose only electives of this round."),
        ("closed", "The preference window for this round is closed."),
        ("too_many", "Rank at most 3 electives."),
        ("ranked_and_not_for_me", 'An elective you ranked cannot also be "not for me".'),
        ("language", "You cannot take e4: It is given in no language they speak."),
        ("audience", "You cannot take e5: It is dedicated to another constituency group."),
    ],
)
def test_bad_rankings_are_refused_and_change_nothing(edition, round_one, three, case, message):
    ana = participant(edition, language="es", other_languages=[], constituency="sse_practitioner")
    for course in three:
        course.parts.update(floor_languages=["es"])
    services.set_preferences(user=ana, round_=round_one, ranked=[three[0].pk], not_for_me=None, now=DURING_WINDOW)
    second = round_one.__class__.objects.create(
        edition=edition, position=2, name={"en": "Week 2"}, preferences_open_at=round_one.preferences_open_at,
        preferences_close_at=round_one.preferences_close_at,
    )  # fmt: skip
    other_edition = EditionFactory(start_date="2027-06-14", end_date="2027-06-25", time_zone="Europe/Lisbon")
    other_round = other_edition.allocation_rounds.create(
        position=1, name={"en": "W1"}, preferences_open_at=round_one.preferences_open_at,
        preferences_close_at=round_one.preferences_close_at,
    )  # fmt: skip
    english_only = elective(edition, round_one, "e4", floor=("en",))
    for_unions = elective(edition, round_one, "e5", floor=("es",), audience="workers", day=20)
    cases = {
        "twice": ([three[0].pk, three[0].pk], None, DURING_WINDOW),
        "other_round": ([elective(edition, second, "w2").pk], None, DURING_WINDOW),
        "other_edition": ([elective(other_edition, other_round, "o1").pk], None, DURING_WINDOW),
        "closed": ([three[1].pk], None, datetime(2027, 6, 2, tzinfo=DURING_WINDOW.tzinfo)),
        "too_many": ([e.pk for e in three] + [english_only.pk], None, DURING_WINDOW),
        "ranked_and_not_for_me": ([three[1].pk], three[1].pk, DURING_WINDOW),
        "language": ([english_only.pk], None, DURING_WINDOW),
        "audience": ([for_unions.pk], None, DURING_WINDOW),
    }
    ranked, not_for_me, now = cases[case]
    with pytest.raises(ValidationError) as refused:
        services.set_preferences(user=ana, round_=round_one, ranked=ranked, not_for_me=not_for_me, now=now)
    assert refused.value.messages == [message]
    assert list(Preference.objects.filter(user=ana).values_list("elective__code", "rank")) == [("e1", 1)]


def test_someone_who_is_not_a_selected_participant_cannot_rank(edition, round_one, three):
    outsider = UserFactory()
    with pytest.raises(ValidationError, match="Only selected participants"):
        services.set_preferences(
            user=outsider, round_=round_one, ranked=[three[0].pk], not_for_me=None, now=DURING_WINDOW
        )
    assert not Preference.objects.exists()


def test_run_places_everyone_fairly_publishes_and_rerun_keeps_published_places(edition, round_one, organiser, three):
    people = [participant(edition) for _ in range(6)]
    for person in people:
        services.set_preferences(
            user=person, round_=round_one, ranked=[three[0].pk, three[1].pk], not_for_me=None, now=DURING_WINDOW
        )
    run = services.run_allocation(round_=round_one, by=organiser, seed=11)
    assert run.profile["by_rank"] == [2, 2, 0]
    assert run.unplaced == {}
    assert Placement.objects.filter(round=round_one).count() == 6
    assert not Placement.objects.filter(published=True).exists()
    services.publish(round_=round_one, by=organiser)
    before = dict(Placement.objects.values_list("user_id", "elective_id"))
    latecomer = participant(edition)
    rerun = services.run_allocation(round_=round_one, by=organiser, seed=99)
    after = dict(Placement.objects.values_list("user_id", "elective_id"))
    assert {k: after[k] for k in before} == before  # published places kept whatever the seed
    assert latecomer.pk not in after  # every seat is taken
    assert rerun.unplaced == {str(latecomer.pk): "full"}
    assert rerun.kept_published
    assert rerun.profile["kept"] == 6
    assert ActionLog.objects.filter(action="programme.allocate").count() == 2


def test_same_seed_gives_the_same_allocation(edition, round_one, organiser, three):
    people = [participant(edition) for _ in range(5)]
    for person in people:
        services.set_preferences(
            user=person, round_=round_one, ranked=[three[0].pk], not_for_me=None, now=DURING_WINDOW
        )
    services.run_allocation(round_=round_one, by=organiser, seed=5)
    first = dict(Placement.objects.values_list("user_id", "elective_id"))
    services.run_allocation(round_=round_one, by=organiser, seed=5)
    assert dict(Placement.objects.values_list("user_id", "elective_id")) == first


def test_an_elective_is_filled_to_its_minimum_when_that_is_fairer_than_cancelling_it(edition, round_one, organiser):
    small = elective(edition, round_one, "small", seats=5, minimum=3)
    big = elective(edition, round_one, "big", seats=5)
    people = [participant(edition) for _ in range(4)]
    for person in people[:2]:
        services.set_preferences(user=person, round_=round_one, ranked=[small.pk], not_for_me=None, now=DURING_WINDOW)
    for person in people[2:]:
        services.set_preferences(user=person, round_=round_one, ranked=[big.pk], not_for_me=None, now=DURING_WINDOW)
    run = services.run_allocation(round_=round_one, by=organiser, seed=1)
    # Cancelling "small" would put two people on none of their choices; one more in it puts one.
    assert run.cancelled == []
    assert run.profile["no_choice"] == 1
    assert Placement.objects.filter(elective=small).count() == 3
    assert (run.method, run.gap) == ("branch-and-bound", None)


def test_an_elective_below_its_minimum_is_cancelled_and_its_people_placed_elsewhere(edition, round_one, organiser):
    small = elective(edition, round_one, "small", seats=5, minimum=3)
    big = elective(edition, round_one, "big", seats=5)
    for _ in range(2):
        person = participant(edition)
        services.set_preferences(user=person, round_=round_one, ranked=[small.pk], not_for_me=None, now=DURING_WINDOW)
    run = services.run_allocation(round_=round_one, by=organiser, seed=1)
    assert run.cancelled == ["small"]
    small.refresh_from_db()
    assert small.cancelled
    assert set(Placement.objects.values_list("elective", flat=True)) == {big.pk}
    assert run.profile["no_choice"] == 2
    assert run.gap is None


def test_the_issue_example_seats_everyone_and_keeps_the_minimum(edition, round_one, organiser):
    spanish = elective(edition, round_one, "X", seats=10, minimum=2, floor=("es",))
    english = elective(edition, round_one, "Y", seats=10, day=20, floor=("en",))
    p1 = participant(edition, language="es")
    services.set_preferences(user=p1, round_=round_one, ranked=[spanish.pk], not_for_me=None, now=DURING_WINDOW)
    for _ in range(2):
        person = participant(edition, language="en", other_languages=["es"])
        services.set_preferences(
            user=person, round_=round_one, ranked=[english.pk, spanish.pk], not_for_me=None, now=DURING_WINDOW
        )
    run = services.run_allocation(round_=round_one, by=organiser, seed=3)
    assert run.unplaced == {}
    assert Placement.objects.get(user=p1).elective == spanish
    assert Placement.objects.filter(elective=spanish).count() == 2
    assert (run.profile["by_rank"], run.cancelled, run.method) == ([2, 1, 0], [], "branch-and-bound")


def test_the_number_to_rank_cannot_go_below_what_people_have_ranked(edition, round_one, organiser, three):
    person = participant(edition)
    services.set_preferences(
        user=person, round_=round_one, ranked=[e.pk for e in three], not_for_me=None, now=DURING_WINDOW
    )
    edition.electives_to_rank = 2
    with pytest.raises(ValidationError) as refused:
        save_edition(edition=edition, by=organiser)
    assert refused.value.message_dict == {
        "electives_to_rank": ["Participants have already ranked 3 electives in a round; the number cannot be lower."]
    }
    edition.refresh_from_db()
    assert edition.electives_to_rank == 3
    edition.electives_to_rank = 4
    save_edition(edition=edition, by=organiser)  # raising it is fine


def test_rankings_longer_than_the_number_allowed_are_allocated_and_shown(edition, round_one, organiser, three):
    # Rankings made before the number was lowered (the refusal above came later): counted in full.
    people = [participant(edition) for _ in range(6)]
    for person in people:
        services.set_preferences(
            user=person, round_=round_one, ranked=[e.pk for e in three], not_for_me=None, now=DURING_WINDOW
        )
    Edition.objects.filter(pk=edition.pk).update(electives_to_rank=1)
    round_one.refresh_from_db()
    run = services.run_allocation(round_=round_one, by=organiser, seed=8)
    assert run.profile["by_rank"] == [2, 2, 2]
    assert [(rank, n) for rank, n, _ in services.outcome(round_one).by_rank] == [(1, 2), (2, 2), (3, 2)]


def test_electives_that_clash_with_a_plenary_or_a_joined_visit_are_not_offered(edition, round_one, organiser):
    clashing = elective(edition, round_one, "clash", day=16)
    fine = elective(edition, round_one, "fine", day=20)
    plenary(edition, code="P9", starts_at=at(17, 16), ends_at=at(17, 17))  # during clash's 2nd part
    ana = participant(edition)
    with pytest.raises(ValidationError, match="clashes with their other sessions"):
        services.set_preferences(user=ana, round_=round_one, ranked=[clashing.pk], not_for_me=None, now=DURING_WINDOW)
    visit = Session.objects.create(
        edition=edition, code="V1", kind=Kind.FIELD_VISIT, title={"en": "Visit"}, starts_at=at(21, 15),
        ends_at=at(21, 18), floor_languages=["en"], published=True, capacity=10,
    )  # fmt: skip
    services.join(user=ana, session=visit)
    eligibility = services.Eligibility(round_one, [ana])
    assert eligibility.reason(ana, fine) == "clash"
    services.run_allocation(round_=round_one, by=organiser, seed=2)
    assert not Placement.objects.filter(user=ana).exists()
    assert services.outcome(round_one).unplaced[0][1] == "It clashes with their other sessions."


def test_organiser_moves_people_with_capacity_and_rules_checked(edition, round_one, organiser, three):
    people = [participant(edition) for _ in range(3)]
    services.move(round_=round_one, users=people[:2], elective=three[0], by=organiser)
    assert Placement.objects.filter(elective=three[0]).count() == 2
    with pytest.raises(ValidationError, match="e1 has 0 free seats; 1 asked"):
        services.move(round_=round_one, users=[people[2]], elective=three[0], by=organiser)
    three[1].parts.update(floor_languages=["pt"])
    with pytest.raises(ValidationError, match="no language they speak"):
        services.move(round_=round_one, users=people, elective=three[1], by=organiser)
    assert Placement.objects.filter(elective=three[1]).count() == 0  # all or nothing


def test_participant_switches_to_a_free_seat_until_the_deadline(edition, round_one, organiser, three):
    ana = participant(edition)
    services.move(round_=round_one, users=[ana], elective=three[0], by=organiser)
    with pytest.raises(ValidationError, match="not published yet"):
        services.switch(user=ana, round_=round_one, elective=three[1], now=at(14, 12))
    services.publish(round_=round_one, by=organiser)
    services.switch(user=ana, round_=round_one, elective=three[1], now=at(14, 12))
    placement = Placement.objects.get(user=ana)
    assert placement.elective == three[1]
    assert placement.published
    assert placement.source == "switch"
    with pytest.raises(ValidationError, match="Switching electives is closed"):
        services.switch(user=ana, round_=round_one, elective=three[2], now=at(15, 0))


def test_lowering_an_electives_maximum_below_the_people_placed_is_refused(edition, round_one, organiser, three):
    services.move(round_=round_one, users=[participant(edition), participant(edition)], elective=three[0], by=organiser)
    course = Elective.objects.get(pk=three[0].pk)
    course.maximum_seats = 1
    with pytest.raises(ValidationError) as refused:
        course.full_clean()
    assert refused.value.message_dict["maximum_seats"] == ["2 people are already placed; the maximum cannot be lower."]


@pytest.mark.parametrize(
    ("starts", "ends", "field", "message"),
    [
        (at(15, 14), at(15, 13), "ends_at", "The session must end after it starts."),
        (
            at(26, 9),
            at(26, 10),
            "starts_at",
            "The session must fall within the edition's dates (2027-06-14 to 2027-06-25).",
        ),
    ],
)
def test_sessions_out_of_order_or_outside_the_edition_are_refused(edition, starts, ends, field, message):
    session = Session(
        edition=edition,
        code="bad",
        kind=Kind.PLENARY,
        title={"en": "x"},
        starts_at=starts,
        ends_at=ends,
        floor_languages=["en"],
    )
    with pytest.raises(ValidationError) as refused:
        session.full_clean()
    assert message in refused.value.message_dict[field]


def test_a_change_of_time_bumps_the_calendar_sequence_and_a_title_change_does_not(edition):
    session = plenary(edition)
    session.title = {"en": "New title"}
    session.save()
    assert session.sequence == 0
    session.starts_at = at(14, 12)
    session.save()
    session.refresh_from_db()
    assert session.sequence == 1


def test_timetable_holds_plenaries_published_electives_and_joined_sessions(edition, round_one, organiser, three):
    ana = participant(edition)
    plenary(edition)
    plenary(edition, code="P2", published=False)
    services.move(round_=round_one, users=[ana], elective=three[0], by=organiser)
    assert [s.code for s in services.timetable(edition, ana)] == ["P1"]  # not published yet
    services.publish(round_=round_one, by=organiser)
    assert [s.code for s in services.timetable(edition, ana)] == ["P1", "e1-1", "e1-2", "e1-3"]


def test_join_respects_capacity(edition):
    visit = Session.objects.create(
        edition=edition, code="M1", kind=Kind.MARKETPLACE, title={"en": "Marketplace"}, starts_at=at(18, 9),
        ends_at=at(18, 10), floor_languages=["en"], published=True, capacity=1,
    )  # fmt: skip
    services.join(user=participant(edition), session=visit)
    with pytest.raises(ValidationError, match="This session is full"):
        services.join(user=participant(edition), session=visit)
    assert Signup.objects.count() == 1
