"""Issue 5's journey in a real browser: an organiser imports a Zoom report and resolves a row of the
review queue; the participant then sees their rate, session by session. The organiser closes the
edition, the participant downloads the certificate, and anyone verifies it by its code."""

import io
import zoneinfo
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from academy.programme.models import Kind, Session
from tests.attendance import report_files
from tests.factories import EditionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
LISBON = zoneinfo.ZoneInfo("Europe/Lisbon")


def zoom_time(moment) -> str:
    return moment.astimezone(LISBON).strftime("%m/%d/%Y %I:%M:%S %p")


def test_import_resolve_see_the_rate_get_the_certificate_and_verify_it(log_in, page, artifacts, tmp_path):
    ends = timezone.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    starts = ends - timedelta(minutes=100)
    edition = EditionFactory(
        number=13, status=EditionStatus.RUNNING, start_date=starts.date(), end_date=ends.date() + timedelta(days=5),
        time_zone="Europe/Lisbon",
    )  # fmt: skip
    session = Session.objects.create(
        edition=edition, code="P1", kind=Kind.PLENARY, title={"en": "SSE and the future of work"},
        starts_at=starts, ends_at=ends, floor_languages=["en"], published=True,
    )  # fmt: skip
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    ana = UserFactory(email="ana@example.org", certificate_name="Ana Lima", language="pt")
    MembershipFactory(edition=edition, role=Role.PARTICIPANT, user=ana)
    report = tmp_path / "zoom_participants.csv"
    report.write_bytes(
        report_files.zoom(
            [
                ("Ana Lima", "ana@example.org", zoom_time(starts), zoom_time(starts + timedelta(minutes=50))),
                ("iPad", "", zoom_time(starts + timedelta(minutes=45)), zoom_time(ends)),
            ]
        )
    )

    desk = log_in(organiser.email)
    desk.goto("/en/editions/13/attendance/import/")
    desk.locator("select[name=session]").select_option(str(session.pk))
    desk.locator("select[name=platform]").select_option("zoom")
    desk.locator("input[name=file]").set_input_files(report)
    desk.get_by_role("button", name="Import").click()
    desk.get_by_text("2 rows read: 1 matched to participants").wait_for()
    card = desk.locator("form.card", has_text="iPad")
    card.locator("select").select_option(str(ana.pk))
    card.get_by_role("button", name="Match").click()
    desk.get_by_text("Matched: the time is counted.").wait_for()
    desk.screenshot(path=artifacts / "attendance-review.png", full_page=True)

    mine = log_in(ana.email, language="pt")
    mine.goto("/pt/editions/13/attendance/mine/")
    figures = mine.locator("dl.figures").inner_text()
    assert "100 %" in figures  # 50 minutes by e-mail and 55 from the iPad, overlapping, cover the 100
    assert "Atingiu a presença que o certificado exige." in mine.locator("main").inner_text()
    mine.screenshot(path=artifacts / "attendance-mine.png", full_page=True)

    desk.goto("/en/editions/13/certificates/")
    desk.get_by_role("button", name="Close the edition and issue the certificates").click()
    desk.get_by_text("The edition is closed; certificates are being issued and sent.").wait_for()
    desk.get_by_text("1 valid certificate.").wait_for()
    desk.screenshot(path=artifacts / "certificates-organiser.png", full_page=True)

    mine.get_by_role("link", name="O meu certificado").click()
    with mine.expect_download() as download:
        mine.get_by_role("link", name="Descarregar o certificado (PDF)").click()
    text = " ".join(PdfReader(io.BytesIO(download.value.path().read_bytes())).pages[0].extract_text().split())
    assert "Certificado de Participação" in text
    assert "Ana Lima" in text
    code = text.split("Código de verificação: ")[1].split()[0]  # as printed: ABCD-EFGH-JKMN

    page.goto("/es/certificates/verify/")
    page.get_by_label("Código de verificación").fill(code.lower().replace("-", " "))
    page.get_by_role("button", name="Verificar", exact=True).click()
    status = page.locator("main [role=status]").inner_text()
    assert "Válido." in status
    assert "Ana Lima" in page.locator("dl.figures").inner_text()
    page.screenshot(path=artifacts / "certificate-verified.png", full_page=True)
