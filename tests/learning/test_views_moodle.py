"""The Moodle exchange page: who may open it, the export, an upload through the form, the review queue."""

import csv
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from freezegun import freeze_time

from academy.editions.models import Role
from academy.learning import services
from academy.learning.models import MoodleReport, MoodleReviewItem
from tests.factories import MembershipFactory, UserFactory
from tests.learning.fixtures import WHILE_OPEN
from tests.learning.moodle_site import fputcsv
from tests.learning.test_views import MANAGERS, row
from tests.matrix import as_each, assert_statuses
from tests.programme.conftest import participant

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "moodle_files"
PAGE = reverse("learning:moodle", args=[13])
QUEUE_QUERIES = 8  # the same whatever the number of rows to review


@pytest.fixture
def people(edition, organiser, ana):
    """The personas of the course pages' matrix (tests/learning/test_views.py)."""
    return {
        "anonymous": None,
        "outsider": UserFactory(),
        "participant": ana,
        "elsewhere": MembershipFactory(role=Role.PARTICIPANT).user,
        "organiser": organiser,
        "other_organiser": MembershipFactory(role=Role.ORGANISER).user,
        "staff": UserFactory(is_staff=True),
    }


@pytest.fixture
def moodle_course(course):
    course.moodle_course = "sse-academy-13"
    course.save()
    return course


@pytest.fixture
def maria(edition):
    return participant(edition, email="maria.perez@example.org", certificate_name="María José Pérez González")


def upload(name: str, file_name: str | None = None) -> dict:
    return {"file": SimpleUploadedFile(file_name or name, (FILES / name).read_bytes(), content_type="text/csv")}


def test_authorisation_matrix(client, moodle_course, people):
    assert_statuses(
        client,
        people,
        {PAGE: MANAGERS, reverse("learning:moodle_users", args=[13]): MANAGERS},
    )


def test_upload_and_resolve_posts_matrix(client, moodle_course, people, ana, kofi, organiser):
    services.import_moodle_report(
        course=moodle_course, data=(FILES / "completion-sse-academy-13.csv").read_bytes(),
        file_name="completion-sse-academy-13.csv", by=organiser,
    )  # fmt: skip
    item = MoodleReviewItem.objects.get()
    expected = row(403, anonymous=302, organiser=302, staff=302)
    for name in as_each(client, people):
        response = client.post(PAGE, upload("completion-sse-academy-13.csv"))
        assert response.status_code == expected[name], name
        response = client.post(reverse("learning:moodle_resolve", args=[13, item.pk]), {"dismiss": "1"})
        assert response.status_code == expected[name], name
    assert MoodleReport.objects.count() == 1  # the same report each time: nothing changed


def test_export_is_a_csv_file_for_moodle(client, moodle_course, ana, organiser):
    client.force_login(organiser)
    response = client.get(reverse("learning:moodle_users", args=[13]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="moodle-users-13.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["username", "firstname", "lastname", "email", "lang", "country", "course1", "role1"],
        ["ana@example.org", "Ana", "Conceição", "ana@example.org", "pt", ana.country.code, "sse-academy-13",
         "student"],
    ]  # fmt: skip


def test_export_without_a_moodle_course_says_what_to_do(client, course, organiser):
    client.force_login(organiser)
    response = client.get(reverse("learning:moodle_users", args=[13]), follow=True)
    assert response.redirect_chain == [(PAGE, 302)]
    page = response.content.decode()
    assert "The course has no Moodle course yet" in page
    assert reverse("learning:moodle_users", args=[13]) not in page


def test_upload_matches_and_the_queue_resolves(client, moodle_course, ana, kofi, maria, organiser):
    client.force_login(organiser)
    response = client.post(PAGE, upload("completion-sse-academy-13-excel.csv", "completion-sse-academy-13.csv"))
    assert response["Location"] == PAGE
    page = client.get(PAGE).content.decode()
    assert "4 people read: 2 matched to participants, 2 completed the course in Moodle, 1 to review." in page
    assert "María José Pérez" in page
    assert "1 participant has completed the course in Moodle." in page
    item = MoodleReviewItem.objects.get()
    response = client.post(
        reverse("learning:moodle_resolve", args=[13, item.pk]), {f"item{item.pk}-person": maria.pk, "match": "1"}
    )
    assert response["Location"] == PAGE
    page = client.get(PAGE).content.decode()
    assert "Matched: the completion counts." in page
    assert "Nobody to review." in page
    assert services.completed_on_moodle(moodle_course) == {ana.pk, maria.pk}


def test_resolve_without_a_choice_is_refused(client, moodle_course, ana, organiser):
    services.import_moodle_report(
        course=moodle_course, data=(FILES / "completion-sse-academy-13.csv").read_bytes(),
        file_name="completion-sse-academy-13.csv", by=organiser,
    )  # fmt: skip
    item = MoodleReviewItem.objects.get()
    client.force_login(organiser)
    response = client.post(reverse("learning:moodle_resolve", args=[13, item.pk]), {"match": "1"}, follow=True)
    assert "Choose the participant this row is, or dismiss it." in response.content.decode()
    item.refresh_from_db()
    assert item.status == "open"


def test_wrong_file_is_refused_in_the_organisers_language(client, moodle_course, ana, organiser):
    client.force_login(organiser)
    response = client.post(
        reverse("learning:moodle", args=[13]).replace("/en/", "/pt/"), upload("moodle-upload-users.csv")
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Nada foi importado" in page
    assert "Upload users" in page
    assert MoodleReport.objects.count() == 0


def test_page_without_a_course_leads_to_copying_one(client, edition, organiser):
    client.force_login(organiser)
    assert client.get(PAGE)["Location"] == reverse("learning:copy", args=[13])


def test_participant_sees_the_completion_moodle_records(client, moodle_course, ana, kofi, organiser):
    services.import_moodle_report(
        course=moodle_course, data=(FILES / "completion-sse-academy-13.csv").read_bytes(),
        file_name="completion-sse-academy-13.csv", by=organiser,
    )  # fmt: skip
    course_page = reverse("learning:course", args=[13])
    with freeze_time(WHILE_OPEN):
        client.force_login(ana)
        assert (
            "Moodle records that you completed the course on May 3, 2027." in client.get(course_page).content.decode()
        )
        client.force_login(kofi)
        assert "Moodle records that you completed" not in client.get(course_page).content.decode()


def queue_of(count: int) -> bytes:
    rows = [fputcsv(["ID", "Name", "Email address", "Course complete"])]
    rows += [fputcsv([str(100 + n), f"Stranger {n}", f"s{n}@example.net", "03/05/27, 10:00"]) for n in range(count)]
    return "".join(rows).encode()


@pytest.mark.parametrize("count", [1, 3])
def test_review_queue_queries_do_not_grow_with_its_rows(
    client, moodle_course, ana, kofi, organiser, count, django_assert_num_queries
):
    services.import_moodle_report(course=moodle_course, data=queue_of(count), file_name="report.csv", by=organiser)
    client.force_login(organiser)
    client.get(PAGE)  # the session and caches warmed
    with django_assert_num_queries(QUEUE_QUERIES):
        page = client.get(PAGE).content.decode()
    assert page.count('<form method="post" action="/en/editions/13/course/moodle/review/') == count
