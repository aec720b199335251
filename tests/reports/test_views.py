"""The dashboards' pages, charts, spreadsheets and the report PDF: who may open them and what they hold."""

import io
import re
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from academy.applications.models import Application
from academy.editions.models import Role
from academy.reports.models import ReportBuild
from tests.factories import EditionFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.matrix import as_each, assert_statuses

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(edition, organiser, cohort):
    return {
        "anonymous": None,
        "outsider": UserFactory(),
        "participant": cohort["ana"],
        "committee": MembershipFactory(edition=edition, role=Role.COMMITTEE, organisation=OrganisationFactory()).user,
        "organiser": organiser,
        "other_organiser": MembershipFactory(role=Role.ORGANISER).user,
        "staff": UserFactory(is_staff=True),
    }


def row(default, **exceptions):
    return {persona: exceptions.get(persona, default) for persona in
            ("anonymous", "outsider", "participant", "committee", "organiser", "other_organiser", "staff")}  # fmt: skip


EDITION = row(403, anonymous=302, organiser=200, staff=200)
ALL = row(403, anonymous=302, organiser=200, other_organiser=200, staff=200)


def test_authorisation_matrix(client, people):
    pages = {
        "/en/editions/13/dashboard/": EDITION,
        "/en/editions/13/dashboard/funnel.svg": EDITION,
        "/en/editions/13/dashboard/funnel-region.csv": EDITION,
        "/en/editions/13/dashboard/attendance.xlsx": EDITION,
        "/en/editions/13/report.pdf": row(403, anonymous=302, organiser=404, staff=404),  # none made yet
        "/en/reports/": ALL,
        "/en/reports/participants.svg": ALL,
        "/en/reports/countries.csv": ALL,
    }
    assert_statuses(client, people, pages)
    for name in as_each(client, people):
        status = client.post("/en/editions/13/report/").status_code
        assert status == row(403, anonymous=302, organiser=302, staff=302)[name], name
    assert ReportBuild.objects.count() == 2


def test_unknown_tables_and_formats_are_not_found(client, organiser, cohort):
    client.force_login(organiser)
    assert client.get("/en/editions/13/dashboard/nothing.svg").status_code == 404
    assert client.get("/en/editions/13/dashboard/funnel.pdf").status_code == 404
    assert client.get("/en/editions/13/dashboard/follow-ups.svg").status_code == 404  # a list, not a chart


def test_dashboard_shows_the_funnel_and_each_table_with_its_chart_and_downloads(client, organiser, cohort):
    client.force_login(organiser)
    page = client.get("/en/editions/13/dashboard/").content.decode()
    assert re.findall(r"<li><strong>(\d+)</strong> (\w+)</li>", page) == [
        ("5", "Applied"), ("4", "Reviewed"), ("3", "Selected"), ("3", "Confirmed"), ("3", "Attended"), ("1", "Certified"),
    ]  # fmt: skip
    assert '<img src="/en/editions/13/dashboard/funnel-region.svg"' in page
    assert '<a href="/en/editions/13/dashboard/scholarships.xlsx">Excel</a>' in page
    assert '<th scope="row">SSTC</th><td>5000.00</td><td>1800.00</td><td>1500.00</td><td>3200.00</td>' in page
    assert page.count("<script") == 1  # the base template's local-time script only


def test_chart_is_a_small_svg_with_its_text_kept_as_text(client, organiser, cohort):
    client.force_login(organiser)
    response = client.get("/en/editions/13/dashboard/funnel-region.svg")
    assert response["Content-Type"] == "image/svg+xml"
    assert len(response.content) < 40_000
    svg = ElementTree.fromstring(response.content)  # noqa: S314 (our own server's output)
    texts = {node.text for node in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Europe", "Americas", "Africa", "Asia", "Applied", "Certified"} <= texts
    assert b'href="http' not in response.content  # nothing fetched from elsewhere
    assert b"<metadata" not in response.content


def test_tables_download_as_csv_and_excel_with_the_same_figures(client, organiser, cohort):
    client.force_login(organiser)
    csv = client.get("/pt/editions/13/dashboard/funnel.csv")
    assert csv["Content-Disposition"] == 'attachment; filename="edition-13-funnel.csv"'
    assert csv.content.decode().splitlines()[:2] == ["Etapa,Pessoas", "Candidataram-se,5"]
    sheet = load_workbook(io.BytesIO(client.get("/en/editions/13/dashboard/attendance.xlsx").content)).active
    assert [list(values) for values in sheet.iter_rows(values_only=True)] == [
        ["Session", "Expected", "Attended", "Attended (%)"], ["14 Jun · P1", 3, 2, 66], ["15 Jun · P2", 3, 2, 66],
    ]  # fmt: skip


def report_text(client, number: int, language: str, django_capture_on_commit_callbacks) -> str:
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/{language}/editions/{number}/report/")
    assert response.status_code == 302
    pdf = client.get(f"/{language}/editions/{number}/report.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(b"".join(pdf.streaming_content))).pages)


def test_report_pdf_holds_the_funnel_figures(client, organiser, cohort, django_capture_on_commit_callbacks):
    client.force_login(organiser)
    text = report_text(client, 13, "en", django_capture_on_commit_callbacks)
    funnel = text[text.index("From application to certificate") :]
    for stage, count in [("Applied", 5), ("Reviewed", 4), ("Selected", 3), ("Confirmed", 3), ("Attended", 3),
                         ("Certified", 1)]:  # fmt: skip
        assert re.search(rf"{stage}\s+{count}\b", funnel), stage
    assert "SSTC" in text
    assert "Nguyễn Thị Lan" not in text  # counts, not names of people
    page = client.get("/en/editions/13/dashboard/").content.decode()
    assert 'href="/en/editions/13/report.pdf"' in page


def test_report_of_an_edition_with_no_data_is_empty_but_valid(client, django_capture_on_commit_callbacks):
    empty = EditionFactory(number=50)
    organiser = MembershipFactory(edition=empty, role=Role.ORGANISER).user
    client.force_login(organiser)
    text = report_text(client, 50, "fr", django_capture_on_commit_callbacks)
    assert "Rapport de l'édition" in text
    assert "Rien à signaler pour l'instant." in text
    assert re.search(r"Candidatures\s+0\b", text)


def test_all_editions_page_lists_each_table(client, organiser, cohort):
    client.force_login(organiser)
    page = client.get("/en/reports/").content.decode()
    for name in ("participants", "countries", "countries-by-region", "repeat", "alumni-activity"):
        assert f'id="{name}"' in page
    assert '<th scope="row">13. Lisbon 2027</th><td>3</td>' in page


def test_a_report_whose_worker_died_is_given_up_and_a_failure_is_shown(client, edition, organiser):
    from datetime import timedelta

    from django.utils import timezone

    client.force_login(organiser)
    ReportBuild.objects.create(edition=edition, language="en", started_at=timezone.now() - timedelta(minutes=31))
    page = client.get("/en/editions/13/dashboard/").content.decode()
    assert "The report is being made" not in page
    assert "Make the report" in page
    ReportBuild.objects.create(edition=edition, language="en", started_at=timezone.now(), failed="No fonts")
    page = client.get("/en/editions/13/dashboard/").content.decode()
    assert "could not be made. Try again" in page


def test_dashboard_tables_are_kept_until_what_they_count_changes(client, organiser, cohort, django_assert_num_queries):
    from academy.editions.models import Membership

    client.force_login(organiser)
    dashboard = "/en/editions/13/dashboard/"
    confirmed = re.compile(r'<th scope="row">Confirmed</th><td>(\d+)</td>')
    client.get(dashboard)
    with django_assert_num_queries(3):  # the session, the reports, e-mails: no figure counted (the edition is cached)
        assert confirmed.search(client.get(dashboard).content.decode())[1] == "3"
    Membership.objects.filter(edition__number=13, user=cohort["ines"]).delete()
    assert confirmed.search(client.get(dashboard).content.decode())[1] == "2"


def test_the_report_made_before_many_failed_attempts_is_still_offered_and_one_being_made_shown(edition, organiser):
    from datetime import timedelta

    from django.utils import timezone

    from academy.reports import builds

    now = timezone.now()
    made = ReportBuild.objects.create(
        edition=edition, language="en", started_at=now - timedelta(days=2), finished_at=now - timedelta(days=2)
    )
    for minutes in range(builds.NEWEST + 2):  # more failed attempts since than the dashboard's one query reads
        ReportBuild.objects.create(
            edition=edition, language="en", started_at=now - timedelta(hours=5, minutes=minutes), failed="No fonts"
        )
    state = builds.builds_of(edition, "en", now)
    assert (state.latest, state.building, state.failure.failed) == (made, None, "No fonts")
    building = ReportBuild.objects.create(edition=edition, language="en", started_at=now - timedelta(minutes=5))
    state = builds.builds_of(edition, "en", now)
    assert (state.latest, state.building, state.failure) == (made, building, None)
    assert builds.builds_of(edition, "fr", now) == builds.Builds(None, None, None)


def test_a_past_editions_stages_never_recorded_say_so_instead_of_zero(client, organiser, cohort):
    Application.objects.all().delete()  # as an edition loaded from its archives: participants, no applications
    client.force_login(organiser)
    page = client.get("/en/editions/13/dashboard/").content.decode()
    assert re.findall(r"<li><strong>(\d+)</strong> (\w+)</li>", page) == [
        ("3", "Confirmed"), ("3", "Attended"), ("1", "Certified"),
    ]  # fmt: skip
    for stage in ("Applied", "Reviewed", "Selected"):
        assert f'<strong class="muted">—</strong> {stage} <span class="muted">(not recorded)</span>' in page
    assert '<th scope="row">Applied</th><td>not recorded</td>' in page


def test_a_chart_of_one_series_names_it_in_a_legend(client, organiser, cohort):
    client.force_login(organiser)
    svg = ElementTree.fromstring(client.get("/en/editions/13/dashboard/funnel.svg").content)  # noqa: S314
    texts = {node.text for node in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert "People" in texts  # the legend of its single series
