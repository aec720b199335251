"""My Academy kept per person (home.page): read from the cache while nothing it shows changed, and made
anew at the next request after any change to what it shows, or once a moment it shows has passed."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from academy.applications import services as applications
from academy.applications.models import Application, ReviewAssignment
from academy.attendance import services as attendance
from academy.brain import suggestions
from academy.brain.models import Suggestion
from academy.certificates.models import Signatory
from academy.common import freshness
from academy.editions.models import Edition, Membership, Role
from academy.editions.models import Status as EditionStatus
from academy.learning import services as learning
from academy.messaging import services as messaging
from academy.messaging.models import Kind
from academy.messaging.segments import Filters
from academy.people.models import User
from academy.programme import services as programme
from academy.programme.models import Session
from academy.programme.topics import PROGRAMME
from academy.travel import services as travel
from tests.factories import EditionFactory, OrganisationFactory, UserFactory
from tests.learning.fixtures import lessons
from tests.programme.conftest import at

pytestmark = pytest.mark.django_db

BEFORE = at(10, 12)  # the course open, the Academy four days away
DURING = at(14, 14)  # the first plenary (13:00-14:30 Lisbon) under way


def page(client, person) -> str:
    client.force_login(person)
    response = client.get("/en/me/")
    assert response.status_code == 200
    return response.content.decode()


def tables_read(client) -> set[str]:
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/me/")
    sql = " ".join(query["sql"] for query in queries).lower()
    return {table for table in ("programme_", "attendance_", "applications_", "learning_", "brain_") if table in sql}


def test_a_warm_page_reads_none_of_what_it_shows(client, cohort, course):
    with freeze_time(BEFORE):
        assert "Cooperativas" not in page(client, cohort["ana"])
        assert tables_read(client) == set()  # the session and the user only


def test_what_the_page_shows_is_kept_per_person_language_and_zone(client, cohort):
    with freeze_time(BEFORE):
        assert "Kofi" not in page(client, cohort["ana"])  # no card of another's
        kofi = page(client, cohort["kofi"])
        assert "Mon 14 Jun, 12:00" in kofi  # 13:00 in Lisbon, in Kofi's own zone (UTC)
        cohort["kofi"].time_zone = "America/Sao_Paulo"
        cohort["kofi"].save()
        assert "Mon 14 Jun, 09:00" in page(client, cohort["kofi"])
        assert "Próximas sessões" in client.get("/pt/me/").content.decode()


def move_the_first_plenary(cohort, edition):
    first = Session.objects.get(edition=edition, code="P1")
    first.starts_at, first.ends_at = at(14, 16), at(14, 17)
    first.save()


def publish_the_placements(cohort, edition):
    round_ = edition.allocation_rounds.get()
    programme.publish(round_=round_, by=Membership.objects.get(edition=edition, role=Role.ORGANISER).user)


def rename_the_edition(cohort, edition):
    edition.title = {"en": "The Academy in Lisbon"}
    edition.save()


def finish_a_lesson(cohort, edition):
    course = edition.course
    learning.complete_lesson(lesson=lessons(course)[0], person=cohort["kofi"], now=course.opens_at)


def cancel_the_first_plenary(cohort, edition):
    Session.objects.filter(edition=edition, code="P1").update(cancelled=True)  # a write that sends no signal
    freshness.changed(PROGRAMME, edition.pk)  # as the services that write in bulk announce it


@pytest.mark.parametrize(
    ("change", "before", "after"),
    [
        (move_the_first_plenary, "Mon 14 Jun, 12:00", "Mon 14 Jun, 15:00"),
        (publish_the_placements, "the allocation will be published soon", "your elective is Elective E1"),
        (rename_the_edition, "13. Academy 13", "13. The Academy in Lisbon"),
        (finish_a_lesson, "0 of 4 steps done", "1 of 4 steps done"),
        (cancel_the_first_plenary, "Mon 14 Jun, 12:00", "Tue 15 Jun, 12:00"),
    ],
)
def test_a_change_shows_at_the_next_request(client, edition, cohort, course, change, before, after):
    with freeze_time(BEFORE):
        shown = page(client, cohort["kofi"])
        assert before in shown
        change(cohort, edition)
        shown = page(client, cohort["kofi"])
    assert before not in shown
    assert after in shown


def test_an_application_to_review_shows_at_the_next_request(client, cohort, organiser):
    assert "waiting for your review" not in page(client, organiser)
    ReviewAssignment.objects.create(application=Application.objects.get(applicant=cohort["joao"]), reviewer=organiser)
    assert "1 application is waiting for your review." in page(client, organiser)


def test_attendance_recorded_during_the_session_counts_at_the_next_request(client, edition, cohort, organiser):
    kofi = cohort["kofi"]
    second = Session.objects.get(edition=edition, code="P2")
    with freeze_time(at(15, 15)):  # both plenaries held: Kofi attended the first only
        assert "50 % so far" in page(client, kofi)
        attendance.record_by_hand(session=second, person=kofi, minutes=None, reason="Sign-in sheet", by=organiser)
        assert "100 % so far" in page(client, kofi)


def test_a_new_role_or_edition_shows_at_the_next_request(client, edition, cohort):
    newcomer = UserFactory()
    with freeze_time(BEFORE):
        assert "You have not applied to an edition yet." in page(client, newcomer)
        Membership.objects.create(edition=edition, user=newcomer, role=Role.PARTICIPANT)
        assert "SSE principles and values" in page(client, newcomer)
        fourteen = EditionFactory(number=14, status=EditionStatus.APPLICATIONS_OPEN)
        Application.objects.create(edition=fourteen, applicant=newcomer)
        assert "14. Academy 14" in page(client, newcomer)


def test_the_page_changes_when_a_session_ends_with_nothing_written(client, edition, cohort):
    kofi = cohort["kofi"]
    with freeze_time(DURING):
        assert "Mon 14 Jun, 12:00" in page(client, kofi)  # the first plenary, still on: its join link is there
    with freeze_time(at(14, 14, 31)):
        shown = page(client, kofi)
    assert "Mon 14 Jun, 12:00" not in shown
    assert "100 % so far" in shown  # held now, and attended


def test_peers_suggested_afresh_or_dismissed_show_at_the_next_request(client, edition, cohort):
    edition.status = EditionStatus.FINISHED
    edition.save()
    ana, kofi = cohort["ana"], cohort["kofi"]
    now = timezone.now()
    made = Suggestion.objects.create(person=ana, peer=kofi, score=3, reasons=[], created_at=now)
    assert "Kofi Mensah" in page(client, ana)
    kofi.certificate_name = "Kofi A. Mensah"
    kofi.save()
    assert "Kofi A. Mensah" in page(client, ana)  # a peer's new name
    suggestions.dismiss(person=ana, suggestion_id=made.pk, now=now + timedelta(minutes=1))
    assert "People you should meet" not in page(client, ana)
    assert Edition.objects.filter(status=EditionStatus.FINISHED).count() == 1


def test_a_message_from_the_organisers_shows_at_the_next_request(
    client, edition, cohort, organiser, django_capture_on_commit_callbacks
):
    assert "Messages from the organisers" not in page(client, cohort["kofi"])
    with django_capture_on_commit_callbacks(execute=True):
        messaging.schedule(
            edition=edition, by=organiser, kind=Kind.ESSENTIAL, filters=Filters(groups=("participants",)),
            subject={"en": "Room change for the plenary"}, body={"en": "Dear {first_name}, room B."}, now=None,
        )  # fmt: skip
    assert "Room change for the plenary" in page(client, cohort["kofi"])


def test_surveys_show_when_they_open_and_close_and_once_answered(client, edition, cohort, organiser):
    from academy.surveys import services as surveys
    from tests.surveys.helpers import evaluation, feedback, ids

    kofi = cohort["kofi"]
    with freeze_time(BEFORE):
        survey = evaluation(edition, organiser, opens_at=at(14, 15), closes_at=at(20, 9))
        rating = feedback(edition, organiser)  # open from the 14th at midnight
        assert "Evaluation" not in page(client, kofi)
    with freeze_time(DURING):  # the evaluation not open yet, the first plenary still on
        shown = page(client, kofi)
        assert "Evaluation" not in shown
        assert "waiting for your feedback" not in shown
    with freeze_time(at(14, 14, 31)):  # the plenary has ended: nothing written, the page is made anew
        assert "1 session waiting for your feedback" in page(client, kofi)
        session = Session.objects.get(edition=edition, code="P1")
        surveys.answer(survey=rating, person=kofi, session=session, answers={ids(rating)[0]: 4}, submit=True)
        assert "waiting for your feedback" not in page(client, kofi)
    with freeze_time(at(14, 15)):  # the evaluation opens
        assert "not answered yet" in page(client, kofi)
        surveys.answer(survey=survey, person=kofi, answers={ids(survey)[1]: 1}, submit=False)
        assert "draft saved" in page(client, kofi)
        surveys.answer(survey=survey, person=kofi, answers={ids(survey)[0]: 5}, submit=True)
        assert "answered; you can change your answers" in page(client, kofi)
    with freeze_time(at(20, 9)):  # closed
        assert "Evaluation" not in page(client, kofi)


def test_a_visa_letter_requested_refused_and_approved_shows_at_the_next_request(client, edition, cohort, organiser):
    edition.modality = "in_person"
    edition.save()
    Signatory.objects.create(edition=edition, name="Awa Ndiaye", position={"en": "Director"})
    kofi = cohort["kofi"]
    details = {
        "full_name": "KOFI MENSAH",
        "nationality": "GH",
        "passport_number": "g7654321",
        "passport_expiry": date(2031, 1, 31),
        "date_of_birth": date(1990, 5, 1),
        "consulate": "Embassy of Portugal in Accra",
        "language": "en",
    }
    with freeze_time(BEFORE):
        assert "Visa letter" not in page(client, kofi)
        letter = travel.request_letter(edition=edition, person=kofi, **details)
        shown = page(client, kofi)
        assert "<strong>Visa letter:</strong> Requested" in shown
        assert f"/en/editions/{edition.number}/visa-letter/" in shown
        assert "Download the letter" not in shown
        travel.refuse(letter=letter, by=organiser, reason="The passport number is unreadable.")
        assert "Refused: The passport number is unreadable." in page(client, kofi)
        letter = travel.request_letter(edition=edition, person=kofi, **details)
        assert "Requested" in page(client, kofi)
        travel.approve(letter=letter, by=organiser)
        shown = page(client, kofi)
        assert "Approved" in shown
        assert f'href="/en/visa-letters/{letter.pk}/letter.pdf" download>Download the letter (PDF)' in shown
        assert "G7654321" not in shown  # no passport data on the page
        assert "Accra" not in shown
        assert "Visa letter" not in page(client, cohort["ana"])  # nobody else's
        assert travel.erase_passport_data(today=edition.end_date + timedelta(days=31)) == 1  # in bulk, no signal
        shown = page(client, kofi)
        assert "Approved" in shown
        assert "Download the letter" not in shown
        edition.status = EditionStatus.FINISHED
        edition.save()
        assert "Visa letter" not in page(client, kofi)  # for the editions under way only


def committee_member(edition):
    """The cohort's reviewer: five applications of edition 13 assigned, four reviewed; the deadline 12 June, 17:00
    in Lisbon (16:00 UTC)."""
    reviewer = User.objects.get(email="committee@example.org")
    Membership.objects.create(edition=edition, user=reviewer, role=Role.COMMITTEE, organisation=OrganisationFactory())
    call = applications.call_for(edition)
    call.review_deadline = datetime(2027, 6, 12, 16, 0, tzinfo=UTC)
    call.save()
    return reviewer


def test_a_committee_member_sees_their_reviews_per_edition_and_each_review_saved(client, edition, cohort):
    reviewer = committee_member(edition)
    with freeze_time(BEFORE):
        shown = page(client, reviewer)
        assert "Reviews: 4 of 5 done" in shown
        assert "review deadline June 12, 2027, 5 p.m. (" in shown  # in the edition's zone, not 4 p.m. UTC
        assert f'href="{reverse("applications:my_reviews")}"' in shown
        assert "You have not applied" not in shown
        applications.save_review(
            review=ReviewAssignment.objects.get(reviewer=reviewer, reviewed_at=None), scores={}, comment="Fine."
        )
        assert "Reviews: 5 of 5 done" in page(client, reviewer)
        call = applications.call_for(edition)
        call.review_deadline = datetime(2027, 6, 13, 16, 0, tzinfo=UTC)
        call.save()
        assert "review deadline June 13, 2027, 5 p.m. (" in page(client, reviewer)


def test_no_reviews_shown_to_those_without_any(client, edition, cohort, organiser):
    committee_member(edition)
    with freeze_time(BEFORE):
        assert "Your reviews" not in page(client, cohort["kofi"])
        assert "Your reviews" not in page(client, organiser)  # an organiser, none assigned
        newcomer = UserFactory()
        Membership.objects.create(
            edition=edition, user=newcomer, role=Role.COMMITTEE, organisation=OrganisationFactory()
        )
        shown = page(client, newcomer)
    assert "Your reviews" not in shown
    assert "You have not applied to an edition yet." in shown


def test_the_reviews_take_the_same_queries_for_one_edition_or_three(client, edition, cohort):
    reviewer = committee_member(edition)
    with freeze_time(BEFORE):
        cache.clear()
        client.force_login(reviewer)  # the session was in the cache
        with CaptureQueriesContext(connection) as one:
            client.get("/en/me/")
        for number in (11, 12):
            other = EditionFactory(
                number=number, status=EditionStatus.FINISHED, start_date=date(2020 + number - 10, 6, 1)
            )
            applications.call_for(other)
            for _ in range(3):
                application = Application.objects.create(edition=other, applicant=UserFactory(), motivation="M.")
                ReviewAssignment.objects.create(application=application, reviewer=reviewer)
        cache.clear()
        client.force_login(reviewer)
        with CaptureQueriesContext(connection) as three:
            shown = client.get("/en/me/").content.decode()
    assert "Reviews: 0 of 3 done" in shown
    assert shown.count("Reviews: ") == 3
    assert len(three) == len(one)
