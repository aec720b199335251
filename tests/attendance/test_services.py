from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError

from academy.attendance import services
from academy.attendance.models import (
    KnownName,
    Presence,
    ReportAttendance,
    ReviewItem,
    ReviewStatus,
    Source,
    WebinarReport,
)
from academy.editions.models import AttendanceRule, Membership, Role
from academy.people.models import EmailAlias
from academy.programme.models import Kind, Placement, Signup
from tests.attendance import report_files
from tests.factories import UserFactory
from tests.programme.conftest import at, elective, participant, plenary

LISBON = "Europe/Lisbon"
AFTER_THE_SESSIONS = datetime(2027, 6, 30, 12, tzinfo=UTC)  # the time of the imports: every session has started


def zoom_time(day: int, hour: int, minute: int = 0) -> str:
    suffix = "AM" if hour < 12 else "PM"
    return f"06/{day:02d}/2027 {(hour - 1) % 12 + 1:02d}:{minute:02d}:00 {suffix}"


@pytest.fixture
def people(edition):
    ana = participant(edition, email="ana@example.org", certificate_name="Ana Lima")
    kim = participant(edition, email="kim@example.kr", certificate_name="김민준")
    EmailAlias.objects.create(user=kim, email="minjun@work.example", confirmed_at=datetime(2027, 6, 1, tzinfo=UTC))
    joao = participant(edition, email="joao@example.pt", certificate_name="João Gonçalves")
    return ana, kim, joao


@pytest.fixture
def session(edition):
    return plenary(edition)  # 14 June, 13:00-14:30 Lisbon


def import_zoom(session, organiser, rows, *, time_zone=LISBON, now=AFTER_THE_SESSIONS, **kwargs):
    data = report_files.zoom(rows)
    return services.import_report(
        session=session,
        platform="zoom",
        data=data,
        file_name="p1.csv",
        time_zone=time_zone,
        by=organiser,
        now=now,
        **kwargs,
    )


ROWS = [
    ("Host", "host@itcilo.org", zoom_time(14, 12, 50), zoom_time(14, 14, 40)),
    ("Ana", "ANA@example.org", zoom_time(14, 12, 55), zoom_time(14, 13, 30)),
    ("Ana (phone)", "ana@example.org", zoom_time(14, 13, 20), zoom_time(14, 14, 0)),
    ("Min-jun", "minjun@work.example", zoom_time(14, 13, 0), zoom_time(14, 14, 45)),
    ("Joao Goncalves", "", zoom_time(14, 13, 10), zoom_time(14, 13, 40)),
    ("Galaxy A52", "", zoom_time(14, 13, 0), zoom_time(14, 14, 0)),
]


def seconds_of(session, person, source=Source.REPORT):
    if source != Source.REPORT:
        return Presence.objects.get(session=session, user=person, source=source).seconds
    arrays = ReportAttendance.objects.get(session=session).packed
    return int(arrays.seconds[arrays.index_of(person.pk)])


def reported(session) -> list[int]:
    """The participants the session's current report names."""
    found = ReportAttendance.objects.filter(session=session).first()
    return found.packed.people.tolist() if found else []


def test_an_address_nobody_confirmed_credits_nobody(session, organiser, people):
    _ana, kim, _joao = people
    EmailAlias.objects.update(confirmed_at=None)  # anyone could have typed it on their profile
    outcome = import_zoom(session, organiser, ROWS)
    assert kim.pk not in reported(session)
    assert "Min-jun" in {item.name for item in ReviewItem.objects.all()}
    assert outcome.to_review == 2


def test_a_zoom_report_credits_each_person_once_within_the_session(session, organiser, people):
    ana, kim, joao = people
    outcome = import_zoom(session, organiser, ROWS)
    assert seconds_of(session, ana) == 60 * 60  # 13:00-14:00, the phone's overlap not counted twice
    assert seconds_of(session, kim) == 90 * 60  # alias address; clipped to 13:00-14:30
    assert seconds_of(session, joao) == 30 * 60  # by name, without accents
    assert (outcome.report.rows, outcome.report.matched_rows, outcome.report.staff_rows) == (6, 4, 1)
    (item,) = ReviewItem.objects.all()
    assert (item.name, item.lines, outcome.to_review) == ("Galaxy A52", [10], 1)


def test_the_same_file_twice_changes_nothing(session, organiser, people):
    first = import_zoom(session, organiser, ROWS)
    again = import_zoom(session, organiser, ROWS)
    assert again.unchanged
    assert again.report == first.report
    assert (WebinarReport.objects.count(), len(reported(session)), ReviewItem.objects.count()) == (1, 3, 1)


def test_a_corrected_report_replaces_the_earlier_one(session, organiser, people):
    ana, kim, _joao = people
    first = import_zoom(session, organiser, ROWS)
    corrected = import_zoom(session, organiser, ROWS[:2])
    first.report.refresh_from_db()
    assert corrected.replaced == first.report
    assert first.report.replaced_at is not None
    assert seconds_of(session, ana) == 30 * 60
    assert kim.pk not in reported(session)
    assert ReviewItem.objects.filter(report=first.report, status=ReviewStatus.OPEN).count() == 0


def test_the_same_file_read_in_another_time_zone_replaces_the_one_read_in_the_wrong_zone(session, organiser, people):
    ana, _kim, _joao = people
    wrong = import_zoom(session, organiser, ROWS[:2], time_zone="UTC")  # 12:55-13:30 UTC is 13:55-14:30 in Lisbon
    assert seconds_of(session, ana) == 35 * 60
    corrected = services.import_report(
        session=session, platform="zoom", data=report_files.zoom(ROWS[:2]), file_name="p1.csv", time_zone=LISBON,
        by=organiser, now=AFTER_THE_SESSIONS,
    )  # fmt: skip
    assert not corrected.unchanged
    assert corrected.replaced == wrong.report
    assert corrected.report.time_zone == LISBON
    assert seconds_of(session, ana) == 30 * 60  # 13:00-13:30 in Lisbon
    assert import_zoom(session, organiser, ROWS[:2]).unchanged


def test_the_same_file_read_with_another_order_of_dates_replaces_the_earlier_one(session, organiser, people):
    day_first = [(name, email, french_time(join), french_time(leave)) for name, email, join, leave in ROWS]
    first = import_zoom_dates(session, organiser, day_first, date_order="dmy")
    assert import_zoom_dates(session, organiser, day_first, date_order="dmy").unchanged
    again = import_zoom_dates(session, organiser, day_first, date_order="mdy")  # 14/06 cannot be month first
    assert again is None
    assert WebinarReport.objects.get(replaced_at=None) == first.report


def french_time(zoom: str) -> str:
    """A Zoom time as a spreadsheet in French saves it again: day first, on a 24-hour clock."""
    moment = datetime.strptime(zoom, "%m/%d/%Y %I:%M:%S %p")
    return moment.strftime("%d/%m/%Y %H:%M:%S")


def import_zoom_dates(session, organiser, rows, *, date_order):
    try:
        return import_zoom(session, organiser, rows, date_order=date_order)
    except services.ImportRefused:
        return None


def test_a_zoom_report_saved_again_with_day_first_dates_is_refused_once_and_reads_when_chosen(
    session, organiser, people
):
    ana, kim, joao = people
    day_first = [(name, email, french_time(join), french_time(leave)) for name, email, join, leave in ROWS]
    with pytest.raises(services.ImportRefused) as refused:
        import_zoom(session, organiser, day_first)
    assert refused.value.messages == [
        "The dates in this file look day first, like “14/06/2027 12:50:00”: a spreadsheet in another language may "
        "have saved the report again. If they are, choose “day first” as the order of the dates and import again."
    ]
    assert refused.value.date_order == "dmy"
    assert not WebinarReport.objects.exists()
    outcome = import_zoom(session, organiser, day_first, date_order="dmy")
    assert outcome.report.date_order == "dmy"
    assert [seconds_of(session, person) for person in (ana, kim, joao)] == [60 * 60, 90 * 60, 30 * 60]


def test_the_same_file_for_another_session_is_refused(edition, session, organiser, people):
    import_zoom(session, organiser, ROWS)
    other = plenary(edition, code="P2", starts_at=at(14, 13), ends_at=at(14, 14, 30))
    with pytest.raises(services.ImportRefused) as refused:
        import_zoom(other, organiser, ROWS)
    assert refused.value.messages == ["This file is already imported for session P1."]


def test_a_report_of_another_day_is_refused_saying_when_it_ran(edition, organiser, people):
    later = plenary(edition, code="P9", starts_at=at(21, 13), ends_at=at(21, 14, 30))
    with pytest.raises(services.ImportRefused) as refused:
        import_zoom(later, organiser, ROWS)
    assert "The report runs from 2027-06-14 12:50 to 2027-06-14 14:45" in refused.value.messages[0]
    assert not WebinarReport.objects.exists()
    assert not ReportAttendance.objects.exists()


def test_any_bad_row_imports_nothing_and_every_problem_is_listed(session, organiser, people):
    rows = [
        *ROWS,
        ("Ana", "ana@example.org", zoom_time(14, 14), zoom_time(14, 13)),
        ("Kim", "kim@example.kr", zoom_time(14, 13), ""),
    ]
    with pytest.raises(services.ImportRefused) as refused:
        import_zoom(session, organiser, rows)
    assert refused.value.messages == [
        "Line 11: The leave time is before the join time.",
        "Line 12: The leave time is missing.",
    ]
    assert not WebinarReport.objects.exists()
    assert not ReportAttendance.objects.exists()
    assert not ReviewItem.objects.exists()


def test_a_cancelled_session_takes_no_report(session, organiser, people):
    session.cancelled = True
    session.save()
    with pytest.raises(services.ImportRefused):
        import_zoom(session, organiser, ROWS)


def test_matching_a_row_credits_the_person_and_is_remembered_for_the_next_report(session, organiser, people):
    ana, _kim, _joao = people
    rows = [("iPad de Ana", "", zoom_time(14, 14, 0), zoom_time(14, 14, 30)), ROWS[1]]
    import_zoom(session, organiser, rows)
    item = ReviewItem.objects.get()
    services.resolve_review(item=item, person=ana, by=organiser)
    assert seconds_of(session, ana) == 60 * 60  # 13:00-13:30 by e-mail, then 14:00-14:30 from the iPad
    assert KnownName.objects.get().user == ana
    with pytest.raises(ValidationError):
        services.resolve_review(item=item, person=ana, by=organiser)
    corrected = [*rows, ("Someone", "x@example.org", zoom_time(14, 13), zoom_time(14, 13, 5))]
    import_zoom(session, organiser, corrected)
    assert seconds_of(session, ana) == 60 * 60
    assert ReviewItem.objects.filter(status=ReviewStatus.OPEN).values_list("name", flat=True).get() == "Someone"


def test_a_dismissed_row_stays_dismissed_in_later_imports(session, organiser, people):
    import_zoom(session, organiser, ROWS)
    services.resolve_review(item=ReviewItem.objects.get(), person=None, by=organiser)
    import_zoom(session, organiser, ROWS[1:])
    assert not ReviewItem.objects.filter(status=ReviewStatus.OPEN).exists()


def test_only_participants_can_be_matched(session, organiser, people):
    import_zoom(session, organiser, ROWS)
    with pytest.raises(ValidationError, match="not a participant"):
        services.resolve_review(item=ReviewItem.objects.get(), person=UserFactory(), by=organiser)
    assert ReviewItem.objects.get().status == ReviewStatus.OPEN


def test_attendance_by_hand_needs_a_reason_and_shows_it(edition, session, organiser, people):
    ana = people[0]
    with pytest.raises(ValidationError, match="Say why"):
        services.record_by_hand(session=session, person=ana, minutes=None, reason=" ", by=organiser)
    with pytest.raises(ValidationError, match="between 1 and"):
        services.record_by_hand(session=session, person=ana, minutes=91, reason="Teams opt-out", by=organiser)
    services.record_by_hand(
        session=session, person=ana, minutes=None, reason="Opted out of the Teams report", by=organiser
    )
    line = services.participation_of(edition, ana, now=at(30, 0)).sessions[0]
    assert (line.attended, line.by_hand) == (90 * 60, "Opted out of the Teams report")


def test_self_check_in_works_only_in_the_window_and_once(edition, session, people):
    ana, kim, _ = people
    code = services.self_check_in_code(session).code
    typed = f" {code[:3].lower()}-{code[3:]} "
    with pytest.raises(ValidationError, match="only works during its session"):
        services.self_check_in(edition=edition, person=ana, code=typed, now=at(14, 12, 40))
    with pytest.raises(ValidationError, match="only works during its session"):
        services.self_check_in(edition=edition, person=ana, code=typed, now=at(14, 14, 46))
    assert services.self_check_in(edition=edition, person=ana, code=typed, now=at(14, 14, 40)) == session
    with pytest.raises(ValidationError, match="already checked in"):
        services.self_check_in(edition=edition, person=ana, code=code, now=at(14, 14))
    with pytest.raises(ValidationError, match="not valid"):
        services.self_check_in(edition=edition, person=kim, code="ZZZZZZ", now=at(14, 14))
    assert seconds_of(session, ana, Source.SELF) == 90 * 60
    assert Presence.objects.count() == 1


def test_door_check_in_and_out(edition, session, organiser, people):
    ana = people[0]
    badge = services.badge_of(edition, ana)
    with pytest.raises(ValidationError, match="has not checked in"):
        services.check_in(session=session, badge_code=badge.code, leaving=True, by=organiser, now=at(14, 13))
    services.check_in(session=session, badge_code=badge.code.lower(), leaving=False, by=organiser, now=at(14, 13, 10))
    with pytest.raises(ValidationError, match="already checked in"):
        services.check_in(session=session, badge_code=badge.code, leaving=False, by=organiser, now=at(14, 13, 20))
    assert seconds_of(session, ana, Source.CHECK_IN) == 80 * 60  # open until the end
    services.check_in(session=session, badge_code=badge.code, leaving=True, by=organiser, now=at(14, 14))
    assert seconds_of(session, ana, Source.CHECK_IN) == 50 * 60
    with pytest.raises(ValidationError, match="No badge"):
        services.check_in(session=session, badge_code="NOPE", leaving=False, by=organiser, now=at(14, 13))


@pytest.fixture
def programme(edition, round_one):
    """Two plenaries (90 min each), a three-part elective (90 min each), a field visit (2 h), a marketplace."""
    first, second = plenary(edition, "P1", day=14), plenary(edition, "P2", day=15)
    course = elective(edition, round_one, "E1", day=16)
    visit = plenary(edition, "V1", day=19, kind=Kind.FIELD_VISIT, ends_at=at(19, 15))
    market = plenary(edition, "M1", day=20, kind=Kind.MARKETPLACE)
    return first, second, course, visit, market


def test_expected_sessions_are_plenaries_the_published_elective_and_the_visit_joined(
    edition, round_one, programme, people
):
    _first, _second, course, visit, market = programme
    ana, kim, _ = people
    Placement.objects.create(round=round_one, user=ana, elective=course, published=True)
    Placement.objects.create(round=round_one, user=kim, elective=course, published=False)
    Signup.objects.create(session=visit, user=ana)
    Signup.objects.create(session=market, user=ana)
    mine = services.participation_of(edition, ana, now=at(30, 0))
    codes = [line.session.code for line in mine.sessions]
    assert codes == ["P1", "P2", "E1-1", "E1-2", "E1-3", "V1"]
    assert [line.session.code for line in services.participation_of(edition, kim).sessions] == ["P1", "P2"]


def test_rates_so_far_and_final_with_what_is_still_needed(edition, programme, organiser, people):
    first, second, *_ = programme
    ana = people[0]
    services.record_by_hand(session=first, person=ana, minutes=60, reason="Teams", by=organiser)
    before_second = services.participation_of(edition, ana, now=at(15, 10))
    assert before_second.rate_so_far == pytest.approx(60 / 90)
    assert before_second.rate_final == pytest.approx(60 / 180)
    assert before_second.needed == 144 * 60 - 60 * 60  # 80% of 180 minutes is 144
    assert before_second.can_still_reach
    assert not before_second.meets_threshold
    services.record_by_hand(session=second, person=ana, minutes=85, reason="Teams", by=organiser)
    after = services.participation_of(edition, ana, now=at(30, 0))
    assert (after.needed, after.meets_threshold) == (0, True)


def test_an_excused_absence_leaves_the_denominator(edition, programme, organiser, people):
    first, second, *_ = programme
    ana = people[0]
    services.record_by_hand(session=first, person=ana, minutes=None, reason="Teams", by=organiser)
    with pytest.raises(ValidationError, match="Say why"):
        services.excuse(session=second, person=ana, reason="", by=organiser)
    services.excuse(session=second, person=ana, reason="Medical appointment", by=organiser)
    mine = services.participation_of(edition, ana, now=at(30, 0))
    assert (mine.rate_final, mine.meets_threshold) == (1.0, True)
    assert mine.sessions[1].excused == "Medical appointment"
    services.withdraw_excuse(session=second, person=ana, by=organiser)
    assert services.participation_of(edition, ana, now=at(30, 0)).rate_final == 0.5


def test_sessions_rule_counts_a_session_in_full_above_the_share(edition, programme, organiser, people):
    first, second, *_ = programme
    ana = people[0]
    edition.attendance_rule = AttendanceRule.SESSIONS
    edition.session_counts_at_percent = 75
    edition.save()
    services.record_by_hand(session=first, person=ana, minutes=68, reason="Teams", by=organiser)  # 75.6%
    services.record_by_hand(session=second, person=ana, minutes=67, reason="Teams", by=organiser)  # 74.4%
    credited = [line.credited for line in services.participation_of(edition, ana, now=at(30, 0)).sessions]
    assert credited == [90 * 60, 0]


def test_sources_are_merged_not_added_and_a_moved_session_is_counted_again(edition, session, organiser, people):
    ana = people[0]
    import_zoom(session, organiser, ROWS)  # 13:00-14:00
    services.record_by_hand(session=session, person=ana, minutes=30, reason="Came late", by=organiser)  # 13:00-13:30
    line = services.participation_of(edition, ana, now=at(30, 0)).sessions[0]
    assert (line.attended, sorted(line.sources)) == (60 * 60, ["manual", "report"])
    session.starts_at, session.ends_at = at(14, 13, 30), at(14, 15)
    session.save()
    assert services.participation_of(edition, ana, now=at(30, 0)).sessions[0].attended == 30 * 60


def test_participants_see_only_their_own_and_organisers_everyones(edition, programme, people):
    assert len(services.participation(edition, now=at(30, 0))) == 3
    outsider = UserFactory()
    Membership.objects.create(edition=edition, user=outsider, role=Role.SPEAKER)
    assert outsider.pk not in {row.person.pk for row in services.participation(edition)}


def test_a_badge_is_made_once(edition, people):
    assert services.badge_of(edition, people[0]) == services.badge_of(edition, people[0])
    assert timedelta(minutes=15) == services.grace()


def test_the_review_queue_counts_overlaps_once_and_suggests_only_close_names(session, organiser, people):
    rows = [
        ("J. Goncalves", "j@elsewhere.example", zoom_time(14, 13), zoom_time(14, 13, 40)),
        ("J. Goncalves", "j@elsewhere.example", zoom_time(14, 13, 20), zoom_time(14, 14)),
        ("Galaxy A52", "", zoom_time(14, 13), zoom_time(14, 13, 10)),
    ]
    import_zoom(session, organiser, rows)
    queue = {row.item.name: row for row in services.review_queue(session.edition)}
    assert queue["J. Goncalves"].seconds == 60 * 60
    assert queue["J. Goncalves"].suggestion == people[2].pk
    assert queue["Galaxy A52"].suggestion is None


def batch_of(sessions, rows_by_session):
    return [
        services.ReportFile(
            session=session,
            platform="zoom",
            data=report_files.zoom(rows),
            file_name=f"{session.code}.csv",
            time_zone=LISBON,
        )
        for session, rows in zip(sessions, rows_by_session, strict=True)
    ]


def test_a_batch_of_reports_stores_what_each_report_alone_would(edition, session, organiser, people):
    later = plenary(edition, code="P2", day=15)
    later_rows = [
        (name, email, join.replace("06/14", "06/15"), leave.replace("06/14", "06/15"))
        for name, email, join, leave in ROWS
    ]
    outcomes = services.import_reports(
        files=batch_of([session, later], [ROWS, later_rows]), by=organiser, now=AFTER_THE_SESSIONS
    )
    assert [outcome.to_review for outcome in outcomes] == [1, 1]
    in_batch = {
        s.code: (reported(s), ReportAttendance.objects.get(session=s).packed.seconds.tolist()) for s in (session, later)
    }
    WebinarReport.objects.all().delete()
    import_zoom(session, organiser, ROWS)
    services.import_report(
        session=later, platform="zoom", data=report_files.zoom(later_rows), file_name="P2.csv", time_zone=LISBON,
        by=organiser, now=AFTER_THE_SESSIONS,
    )  # fmt: skip
    alone = {
        s.code: (reported(s), ReportAttendance.objects.get(session=s).packed.seconds.tolist()) for s in (session, later)
    }
    assert in_batch == alone
    assert len(in_batch["P1"][0]) == len(in_batch["P2"][0]) == 3  # Ana, Min-jun and João, by address, alias and name


def test_a_batch_with_one_refused_report_imports_none_of_them(edition, session, organiser, people):
    later = plenary(edition, code="P2", day=15)
    with pytest.raises(services.ImportRefused):
        services.import_reports(
            files=batch_of([later, session], [ROWS, ROWS]), by=organiser, now=AFTER_THE_SESSIONS
        )  # P2's report ran on the 14th
    assert WebinarReport.objects.count() == 0
    assert ReportAttendance.objects.count() == 0


def test_a_report_for_a_session_that_has_not_started_is_refused_and_changes_nothing(session, organiser, people):
    with pytest.raises(services.ImportRefused) as refused:
        import_zoom(session, organiser, ROWS, now=at(14, 12, 59))  # the session starts at 13:00
    assert refused.value.messages == [
        "This session has not started yet (it starts on June 14, 2027, 1 p.m.): import its report after it."
    ]
    assert WebinarReport.objects.count() == 0
    assert ReportAttendance.objects.count() == 0
    assert import_zoom(session, organiser, ROWS, now=at(14, 13)).report.rows == len(ROWS)
