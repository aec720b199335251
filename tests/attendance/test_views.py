import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from freezegun import freeze_time
from openpyxl import load_workbook
from pypdf import PdfReader

from academy.attendance import services
from academy.attendance.models import Presence, ReportAttendance, ReviewItem, ReviewStatus
from academy.common.codes import grouped
from academy.editions.models import Membership, Role
from tests.attendance import report_files
from tests.attendance.test_services import AFTER_THE_SESSIONS, ROWS
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import at, participant, plenary

PAGES = {
    "overview": "/en/editions/13/attendance/",
    "import": "/en/editions/13/attendance/import/",
    "review": "/en/editions/13/attendance/review/",
    "badges": "/en/editions/13/attendance/badges.pdf",
    "session": "/en/editions/13/attendance/sessions/P1/",
    "check_in": "/en/editions/13/attendance/sessions/P1/check-in/",
    "mine": "/en/editions/13/attendance/mine/",
}
# Anonymous, a stranger, a participant, the edition's organiser, an organiser of another edition.
EXPECTED = {
    "overview": (302, 403, 403, 200, 403),
    "import": (302, 403, 403, 200, 403),
    "review": (302, 403, 403, 200, 403),
    "badges": (302, 403, 403, 200, 403),
    "session": (302, 403, 403, 200, 403),
    "check_in": (302, 403, 403, 200, 403),
    "mine": (302, 403, 200, 403, 403),
}


@pytest.fixture
def ana(edition):
    return participant(edition, email="ana@example.org", certificate_name="Ana Lima", country="BR")


@pytest.fixture
def session(edition):
    return plenary(edition)


@pytest.mark.parametrize("page", PAGES)
def test_authorisation_matrix(client, edition, organiser, session, ana, page):
    other = UserFactory()
    Membership.objects.create(edition=EditionFactory(number=20), user=other, role=Role.ORGANISER)
    for who, expected in zip((None, UserFactory(), ana, organiser, other), EXPECTED[page], strict=True):
        client.logout()
        if who:
            client.force_login(who)
        assert client.get(PAGES[page]).status_code == expected, (page, who)


@pytest.fixture(autouse=True)
def after_the_sessions():
    """Reports are imported once their sessions have taken place."""
    with freeze_time(AFTER_THE_SESSIONS):
        yield


def upload(client, session, data, platform="zoom", zone="Europe/Lisbon", name="report.csv", date_order=""):
    return client.post(
        PAGES["import"],
        {
            "session": session.pk,
            "platform": platform,
            "time_zone": zone,
            "date_order": date_order,
            "file": SimpleUploadedFile(name, data),
        },
        follow=True,
    )


def test_import_then_review_then_the_rate_shows(client, edition, organiser, session, ana):
    client.force_login(organiser)
    page = upload(client, session, report_files.zoom(ROWS)).content.decode()
    assert "6 rows read: 2 matched to participants, 1 of hosts, organisers and speakers, 3 people to review." in page
    assert "Galaxy A52" in page
    item = ReviewItem.objects.get(name="Galaxy A52")
    client.post(f"/en/editions/13/attendance/review/{item.pk}/", {f"item{item.pk}-person": ana.pk, "match": ""})
    item.refresh_from_db()
    assert (item.status, item.matched_user) == (ReviewStatus.MATCHED, ana)
    overview = client.get(PAGES["overview"] + "?sort=-final").content.decode()
    assert "Ana Lima" in overview
    assert "67 %" in overview


def test_a_bad_report_lists_its_problems_in_the_readers_language(client, edition, organiser, session, ana):
    client.force_login(organiser)
    rows = [("Ana", "ana@example.org", "06/14/2027 02:00:00 PM", "06/14/2027 01:00:00 PM")]
    response = client.post(
        "/fr/editions/13/attendance/import/",
        {
            "session": session.pk,
            "platform": "zoom",
            "time_zone": "Europe/Lisbon",
            "file": SimpleUploadedFile("r.csv", report_files.zoom(rows)),
        },
    )
    assert response.status_code == 200
    assert "Ligne 5" in response.content.decode()
    assert not ReportAttendance.objects.exists()


def test_the_overview_shows_the_zone_each_report_was_read_in(client, edition, organiser, session, ana):
    client.force_login(organiser)
    upload(client, session, report_files.zoom(ROWS), zone="Atlantic/Reykjavik")
    assert "6 rows, 2 matched, times read in Reykjavik (Iceland)" in client.get(PAGES["overview"]).content.decode()
    upload(client, session, report_files.zoom(ROWS))
    assert "6 rows, 2 matched, times read in Lisbon (Portugal)" in client.get(PAGES["overview"]).content.decode()


def test_day_first_dates_are_explained_once_and_the_form_offers_day_first(client, edition, organiser, session, ana):
    client.force_login(organiser)
    rows = [("Ana", "ana@example.org", f"14/06/2027 13:{minute:02d}:00", "14/06/2027 14:00:00") for minute in range(9)]
    page = upload(client, session, report_files.zoom(rows, delimiter=";")).content.decode()
    assert page.count("look day first") == 1
    assert "Line " not in page  # one message for the file, none per line
    assert '<option value="dmy" selected>' in page
    assert not ReportAttendance.objects.exists()
    page = upload(client, session, report_files.zoom(rows, delimiter=";"), date_order="dmy").content.decode()
    assert "9 rows read: 9 matched to participants" in page
    assert "day first (14/06/2027)" in client.get(PAGES["overview"]).content.decode()


def test_a_session_of_another_edition_cannot_be_chosen(client, edition, organiser, ana):
    other = plenary(EditionFactory(number=21), code="X1")
    client.force_login(organiser)
    response = upload(client, other, report_files.zoom(ROWS))
    assert "Select a valid choice" in response.content.decode()
    assert not ReportAttendance.objects.exists()


def test_export_csv_and_xlsx(client, edition, organiser, session, ana):
    services.record_by_hand(session=session, person=ana, minutes=None, reason="Teams", by=organiser)
    client.force_login(organiser)
    csv_text = client.get(PAGES["overview"] + "?format=csv").content.decode()
    assert csv_text.splitlines()[1].startswith("Ana Lima,ana@example.org,Brazil")
    workbook = load_workbook(io.BytesIO(client.get(PAGES["overview"] + "?format=xlsx").content))
    assert [cell.value for cell in workbook.active[2]][:2] == ["Ana Lima", "ana@example.org"]


def test_hand_record_and_excuse_from_the_session_page(client, edition, organiser, session, ana):
    client.force_login(organiser)
    url = PAGES["session"]
    refused = client.post(url, {"action": "hand", "hand-person": ana.pk, "hand-reason": ""})
    assert refused.status_code == 200
    assert not Presence.objects.exists()
    client.post(url, {"action": "hand", "hand-person": ana.pk, "hand-minutes": "45", "hand-reason": "Phone call in"})
    assert Presence.objects.get().seconds == 45 * 60
    client.post(url, {"action": "excuse", "excuse-person": ana.pk, "excuse-reason": "Flight delayed"})
    assert "Flight delayed" in client.get(url).content.decode()
    client.force_login(ana)
    mine = client.get(PAGES["mine"]).content.decode()
    assert "Recorded by an organiser: Phone call in" in mine
    assert "Excused: Flight delayed" in mine


def test_participant_checks_in_with_the_code_and_a_wrong_code_is_explained(client, edition, session, ana):
    code = services.self_check_in_code(session).code
    with freeze_time(at(14, 13, 30)):
        client.force_login(ana)
        wrong = client.post("/es/editions/13/attendance/check-in/", {"code": "ZZZZZZ"})
        assert "no es válido" in wrong.content.decode()
        client.post("/en/editions/13/attendance/check-in/", {"code": code.lower()})
        twice = client.post("/en/editions/13/attendance/check-in/", {"code": code})
    assert "You already checked in" in twice.content.decode()
    assert Presence.objects.filter(user=ana).count() == 1


def test_door_check_in_page_takes_a_typed_badge_code(client, edition, organiser, session, ana):
    badge = services.badge_of(edition, ana)
    with freeze_time(at(14, 13, 5)):
        client.force_login(organiser)
        page = client.post(PAGES["check_in"], {"code": badge.code, "leaving": "0"}, follow=True).content.decode()
    assert "Ana Lima checked in." in page
    with freeze_time(at(14, 14)):
        client.force_login(organiser)
        client.post(PAGES["check_in"], {"code": badge.code, "leaving": "1"})
    assert Presence.objects.get().seconds == 55 * 60


def test_check_in_codes_are_found_however_the_groups_are_separated(client, edition, organiser, session, ana):
    """Typed as printed, with a word processor's en dash, a phone's full-width letters or dots."""
    badge = grouped(services.badge_of(edition, ana).code)
    code = services.self_check_in_code(session).code
    with freeze_time(at(14, 13, 30)):
        client.force_login(ana)
        typed = "".join(chr(ord(c) + 0xFEE0) for c in f"{code[:3]}.{code[3:]}")
        page = client.post("/en/editions/13/attendance/check-in/", {"code": typed}, follow=True).content.decode()
        assert f"You are checked in to {session.code}." in page
        client.force_login(organiser)
        arriving = client.post(PAGES["check_in"], {"code": badge.replace("-", "\u2013"), "leaving": "0"}, follow=True)
        assert "Ana Lima checked in." in arriving.content.decode()
    with freeze_time(at(14, 13, 45)):
        leaving = client.post(PAGES["check_in"], {"code": badge.replace("-", "."), "leaving": "1"}, follow=True)
        assert "Ana Lima left." in leaving.content.decode()


def test_badges_pdf_has_every_participant_with_their_code(client, edition, organiser, ana):
    participant(edition, certificate_name="Nguyễn Văn An", country="VN", organisation="Hội Liên hiệp Phụ nữ")
    participant(edition, certificate_name="Пётр Ильич", country="RU")
    client.force_login(organiser)
    response = client.get(PAGES["badges"])
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    code = services.badge_of(edition, ana).code
    assert "Ana Lima" in text
    assert "Nguyễn Văn An" in text
    assert "Пётр Ильич" in text
    assert f"{code[:4]}-{code[4:]}" in text
