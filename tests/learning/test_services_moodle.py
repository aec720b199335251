"""The Moodle exchange through the services and a real database: the participants exported, the completion
report imported and matched like attendance, the review queue, and the certificate's course requirement."""

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from academy.attendance.models import KnownName
from academy.attendance.services import remember_match
from academy.audit.models import ActionLog
from academy.certificates import services as certificates
from academy.learning import services
from academy.learning.models import CompletionRule, Course, MoodleCompletion, MoodleReport, MoodleReviewItem
from academy.learning.services import MoodleImportRefused
from tests.certificates.fixtures import attend
from tests.factories import UserFactory
from tests.learning.fixtures import OPENS
from tests.learning.moodle_site import MoodleSite, fputcsv
from tests.programme.conftest import participant, plenary

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "moodle_files"
ENGLISH = (FILES / "completion-sse-academy-13.csv").read_bytes()
NAME = "completion-sse-academy-13.csv"


@pytest.fixture
def moodle_course(course):
    course.moodle_course = "sse-academy-13"
    course.save()
    return course


@pytest.fixture
def maria(edition):
    """Her Moodle account has another address and a shorter name than her profile: nobody can be sure."""
    return participant(edition, email="maria.perez@example.org", certificate_name="María José Pérez González")


def imported(course, organiser, data=ENGLISH, file_name=NAME):
    return services.import_moodle_report(course=course, data=data, file_name=file_name, by=organiser)


def completions(report) -> dict[str, tuple[date | None, str]]:
    return {line.user.email: (line.completed_on, line.how) for line in MoodleCompletion.objects.filter(report=report)}


def test_import_matches_by_email_and_leaves_unsure_completed_rows_for_review(
    moodle_course, ana, kofi, maria, organiser
):
    outcome = imported(moodle_course, organiser)
    report = outcome.report
    assert (outcome.unchanged, outcome.replaced, outcome.to_review) == (False, None, 1)
    assert (report.rows, report.matched_rows, report.completed_rows) == (4, 2, 2)
    assert completions(report) == {"ana@example.org": (date(2027, 5, 3), "email"), "kofi@example.org": (None, "email")}
    [item] = services.open_moodle_review_items(moodle_course)
    assert (item.line, item.moodle_id, item.name, item.email) == (4, 431, "María José Pérez", "mjp@cooperativa.example")
    assert item.completed_on == date(2027, 5, 22)
    [row] = services.moodle_review_queue(moodle_course)
    assert row.suggestion == maria.pk
    assert services.completed_on_moodle(moodle_course) == {ana.pk}
    log = ActionLog.objects.get(action="learning.import_moodle_report")
    assert log.data == {"file": NAME, "rows": 4, "matched": 2, "to_review": 1}


@pytest.mark.parametrize("again", ["completion-sse-academy-13.csv", "completion-sse-academy-13-excel.csv",
                                   "completion-sse-academy-13-fr.csv"])  # fmt: skip
def test_import_of_what_the_current_report_says_changes_nothing(moodle_course, ana, kofi, organiser, again):
    first = imported(moodle_course, organiser).report
    outcome = imported(moodle_course, organiser, data=(FILES / again).read_bytes())
    assert outcome.unchanged is True
    assert outcome.report == first
    assert MoodleReport.objects.count() == 1
    assert MoodleCompletion.objects.count() == 2
    assert MoodleReviewItem.objects.count() == 1
    assert ActionLog.objects.filter(action="learning.import_moodle_report").count() == 1


def test_another_report_replaces_the_current_one_and_what_came_from_it(moodle_course, ana, kofi, maria, organiser):
    first = imported(moodle_course, organiser).report
    later = (
        fputcsv(["ID", "Name", "Email address", "Course complete"])
        + fputcsv(["412", "Ana Conceição", "ana@example.org", ""])  # course completion reset in Moodle
        + fputcsv(["415", "Kofi Mensah", "kofi@example.org", "20/05/27, 08:00"])
    ).encode()
    outcome = imported(moodle_course, organiser, data=later)
    assert outcome.replaced == first
    first.refresh_from_db()
    assert first.replaced_at is not None
    assert services.current_moodle_report(moodle_course) == outcome.report
    assert services.completed_on_moodle(moodle_course) == {kofi.pk}
    assert list(services.open_moodle_review_items(moodle_course)) == []  # the first report's row went with it


def test_names_match_when_the_site_shows_no_address(moodle_course, ana, kofi, organiser):
    report = imported(moodle_course, organiser, data=(FILES / "completion-no-identity.csv").read_bytes()).report
    assert completions(report) == {"ana@example.org": (date(2027, 5, 2), "name"), "kofi@example.org": (None, "name")}


def test_two_moodle_accounts_of_one_person_count_the_completed_one(moodle_course, ana, organiser):
    data = (
        fputcsv(["ID", "Name", "Email address", "Course complete"])
        + fputcsv(["500", "Ana Conceição", "ana@example.org", ""])
        + fputcsv(["612", "Ana C.", "ANA@example.org", "09/05/27, 12:00"])
    ).encode()
    report = imported(moodle_course, organiser, data=data).report
    assert completions(report) == {"ana@example.org": (date(2027, 5, 9), "email")}
    assert MoodleCompletion.objects.get().moodle_id == 612


def test_staff_and_unknown_rows_that_did_not_complete_are_not_reviewed(moodle_course, ana, edition, organiser):
    data = (
        fputcsv(["ID", "Name", "Email address", "Course complete"])
        + fputcsv(["1", "The Organiser", organiser.email, "01/05/27, 10:00"])
        + fputcsv(["2", "A Stranger", "stranger@example.net", ""])
    ).encode()
    outcome = imported(moodle_course, organiser, data=data)
    assert (outcome.report.rows, outcome.report.matched_rows, outcome.to_review) == (2, 0, 0)


@pytest.mark.parametrize(("data", "file_name", "message"), [
    ((FILES / "moodle-upload-users.csv").read_bytes(), "moodle-upload-users.csv",
     "This is a list of users for Moodle's “Upload users”, not a completion report."),
    (ENGLISH, "completion-sse-academy-12.csv",
     "This report is of another Moodle course (sse-academy-12), not of sse-academy-13."),
])  # fmt: skip
def test_refused_file_changes_nothing(moodle_course, ana, organiser, data, file_name, message):
    imported(moodle_course, organiser)
    with pytest.raises(MoodleImportRefused) as refused:
        imported(moodle_course, organiser, data=data, file_name=file_name)
    assert refused.value.messages[0].startswith(message)
    assert MoodleReport.objects.count() == 1
    assert MoodleReport.objects.get().replaced_at is None
    assert ActionLog.objects.filter(action="learning.import_moodle_report").count() == 1


def test_resolving_a_row_counts_the_completion_and_is_remembered(moodle_course, ana, kofi, maria, organiser):
    imported(moodle_course, organiser)
    [item] = services.open_moodle_review_items(moodle_course)
    services.resolve_moodle_review(item=item, person=maria, by=organiser)
    assert services.completed_on_moodle(moodle_course) == {ana.pk, maria.pk}
    assert KnownName.objects.get(key="email:mjp@cooperativa.example").user == maria
    assert ActionLog.objects.get(action="learning.match_moodle_row").data["person"] == maria.pk
    assert MoodleReport.objects.get().matched_rows == 3
    later = ENGLISH.replace(b"437,", b"438,")  # another report: the same people, one Moodle number changed
    report = imported(moodle_course, organiser, data=later).report
    assert completions(report)["maria.perez@example.org"] == (date(2027, 5, 22), "remembered")
    assert list(services.open_moodle_review_items(moodle_course)) == []


def test_a_dismissed_row_is_remembered(moodle_course, ana, kofi, maria, organiser):
    imported(moodle_course, organiser)
    [item] = services.open_moodle_review_items(moodle_course)
    services.resolve_moodle_review(item=item, person=None, by=organiser)
    assert services.completed_on_moodle(moodle_course) == {ana.pk}
    assert KnownName.objects.get(key="email:mjp@cooperativa.example").user is None
    outcome = imported(moodle_course, organiser, data=ENGLISH.replace(b"437,", b"438,"))
    assert outcome.to_review == 0


def test_an_answer_given_for_attendance_matches_moodle_rows_too(moodle_course, ana, maria, edition, organiser):
    remember_match(edition=edition, name="María José Pérez", email="mjp@cooperativa.example", person=maria)
    report = imported(moodle_course, organiser).report
    assert completions(report)["maria.perez@example.org"] == (date(2027, 5, 22), "remembered")


def test_resolving_twice_or_to_an_outsider_is_refused(moodle_course, ana, maria, organiser):
    imported(moodle_course, organiser)
    [item] = services.open_moodle_review_items(moodle_course)
    with pytest.raises(ValidationError) as outsider:
        services.resolve_moodle_review(item=item, person=UserFactory(certificate_name="Eve Out"), by=organiser)
    assert outsider.value.messages == ["Eve Out is not a participant of this edition."]
    services.resolve_moodle_review(item=item, person=maria, by=organiser)
    with pytest.raises(ValidationError) as again:
        services.resolve_moodle_review(item=item, person=None, by=organiser)
    assert again.value.messages == ["This row was already dealt with."]
    assert MoodleCompletion.objects.filter(user=maria).count() == 1


# The certificate ------------------------------------------------------------------------------------


@pytest.fixture
def attended_everything(edition, ana, kofi, organiser):
    session = plenary(edition, "P1", day=14)
    for person in (ana, kofi):
        attend(session, person, None, organiser)
    return session


def test_moodle_completion_meets_the_course_requirement_of_the_certificate(
    moodle_course, ana, kofi, organiser, attended_everything, edition
):
    moodle_course.completion_rule = CompletionRule.FOR_CERTIFICATE
    moodle_course.save()
    assert services.lacking_course_for_certificate(edition, [ana, kofi]) == {ana.pk, kofi.pk}
    imported(moodle_course, organiser)  # Ana completed in Moodle, Kofi did not
    assert services.lacking_course_for_certificate(edition, [ana, kofi]) == {kofi.pk}
    waiting = certificates.without_certificate(edition)
    assert [line.person for line in waiting.qualifying] == [ana]
    assert [line.person for line in waiting.lacking_course] == [kofi]
    assert certificates.issue(edition=edition, person=ana, by=organiser, notify=False).name == "Ana Conceição"
    with pytest.raises(ValidationError):
        certificates.issue(edition=edition, person=kofi, by=organiser, notify=False)


def test_a_course_given_only_on_moodle_requires_moodles_completion(edition, ana, kofi, organiser):
    course = Course.objects.create(
        edition=edition, title={"en": "On eCampus"}, opens_at=OPENS, moodle_course="sse-academy-13",
        completion_rule=CompletionRule.FOR_CERTIFICATE,
    )  # fmt: skip
    assert services.lacking_course_for_certificate(edition, [ana, kofi]) == {ana.pk, kofi.pk}
    imported(course, organiser)
    assert services.lacking_course_for_certificate(edition, [ana, kofi]) == {kofi.pk}
    course.moodle_course = ""
    course.save()
    assert services.lacking_course_for_certificate(edition, [ana, kofi]) == set()  # nothing to complete anywhere


# The export and the round trip ------------------------------------------------------------------------


def test_participants_exported_for_moodles_upload_users(moodle_course, ana, kofi, maria, organiser):
    rows = list(csv.reader(io.StringIO(services.moodle_upload_users(moodle_course))))
    assert rows[0] == ["username", "firstname", "lastname", "email", "lang", "country", "course1", "role1"]
    by_email = {row[3]: row for row in rows[1:]}
    assert set(by_email) == {"ana@example.org", "kofi@example.org", "maria.perez@example.org"}
    assert by_email["ana@example.org"][:5] == ["ana@example.org", "Ana", "Conceição", "ana@example.org", "pt"]
    assert by_email["kofi@example.org"][4] == "fr"
    assert {row[6] for row in rows[1:]} == {"sse-academy-13"}
    assert {row[7] for row in rows[1:]} == {"student"}
    assert organiser.email not in by_email


def test_export_needs_the_moodle_course(course, ana):
    with pytest.raises(ValidationError) as refused:
        services.moodle_upload_users(course)
    assert refused.value.messages == [
        "The course has no Moodle course yet: give its short name in the back-office, then export."
    ]


@pytest.mark.parametrize("excel", [False, True])
def test_round_trip_through_moodle(moodle_course, ana, kofi, maria, organiser, excel):
    site = MoodleSite(courses={"sse-academy-13"})
    site.upload_users(services.moodle_upload_users(moodle_course))
    assert sorted(site.enrolled["sse-academy-13"]) == ["ana@example.org", "kofi@example.org", "maria.perez@example.org"]
    assert site.users["ana@example.org"].lang == "pt"
    report = site.completion_report(
        "sse-academy-13",
        {"ana@example.org": datetime(2027, 5, 3, 18, 41), "maria.perez@example.org": datetime(2027, 5, 30, 9, 5)},
        excel=excel,
    )
    outcome = imported(moodle_course, organiser, data=report)
    assert outcome.to_review == 0
    assert completions(outcome.report) == {
        "ana@example.org": (date(2027, 5, 3), "email"),
        "kofi@example.org": (None, "email"),
        "maria.perez@example.org": (date(2027, 5, 30), "email"),
    }
    assert services.completed_on_moodle(moodle_course) == {ana.pk, maria.pk}
    assert imported(moodle_course, organiser, data=report).unchanged is True


def test_what_moodle_says_of_a_person_is_in_their_personal_data(moodle_course, ana, organiser):
    from academy.learning.privacy import personal_data

    imported(moodle_course, organiser)
    [line] = personal_data(ana)["moodle_completions"]
    assert (line["moodle_id"], line["email"], line["completed_on"]) == (412, "ana@example.org", "2027-05-03")
