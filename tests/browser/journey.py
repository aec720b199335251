"""The steps of the Academy's journeys in a browser, shared by the journey tests: logging in, applying,
reviewing, selecting, importing attendance, issuing and verifying certificates.

Each step takes the page it drives and `at`, the server it goes to ("" for the context's own base
address, or e.g. "http://127.0.0.1:8001"), so that one journey can alternate between servers.
"""

import io
import re
from datetime import timedelta
from pathlib import Path

from django.utils import timezone
from pypdf import PdfReader

from academy.applications import services
from academy.applications.models import Criterion
from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from tests.applications.conftest import PDF
from tests.factories import PASSWORD, EditionFactory, MembershipFactory, OrganisationFactory

TIMEOUT_MS = 15_000


def open_for_applications(*, number: int):
    """An edition taking applications for a month, judged on one criterion, with its organiser and a committee
    member of a partner; the three."""
    now = timezone.now()
    edition = EditionFactory(
        number=number,
        status=EditionStatus.APPLICATIONS_OPEN,
        applications_open_at=now - timedelta(days=1),
        applications_close_at=now + timedelta(days=30),
        start_date=(now + timedelta(days=60)).date(),
        end_date=(now + timedelta(days=70)).date(),
    )
    Criterion.objects.create(
        call=services.call_for(edition), name={"en": "Motivation", "es": "Motivación"}, scale_max=5
    )
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    reviewer = MembershipFactory(
        edition=edition, role=Role.COMMITTEE, organisation=OrganisationFactory(acronym="CASES")
    ).user
    return edition, organiser, reviewer


def log_in(context, email: str, password: str = PASSWORD, language: str = "en", *, at: str = ""):
    """A new page of `context`, logged in as `email`; people land on their home in their own language."""
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(f"{at}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/(en|fr|es|pt)/me/$"))
    return page


def start_application_in_spanish(page, *, number: int, at: str = "") -> None:
    """From the edition's page to a draft that saved itself."""
    page.goto(f"{at}/es/editions/{number}/")
    page.locator(f'a[href="/es/editions/{number}/apply/"]').click()
    # Wait for the load event: the deferred autosave script must be listening before we type.
    page.wait_for_url(re.compile(rf"/es/editions/{number}/apply/$"))
    page.locator("textarea[name=motivation]").fill(" ".join(["cooperativas"] * 200))
    # The draft saves itself in the background a moment after typing stops.
    page.get_by_text("Borrador guardado.").wait_for()


def submit_application_in_spanish(page, *, folder: Path) -> None:
    """Complete the application the page shows, with a CV, and submit it."""
    page.locator("input[name=commitment]").check()
    page.locator("select[name=constituency]").select_option("workers")
    page.locator("input[name=organisation]").fill("Confederación de Trabajadores")
    page.locator("textarea[name=sse_role]").fill("Coordinadora de formación cooperativa.")
    page.locator("select[name=language]").select_option("es")
    page.locator("textarea[name=multiplier]").fill("Talleres regionales.")
    cv = folder / "cv.pdf"
    cv.write_bytes(PDF)
    page.locator("input[name=cv]").set_input_files(str(cv))
    page.locator("button[name=submit]").click()
    page.wait_for_url(re.compile(r"/es/applications/$"))


def assign_reviewers(page, *, number: int, at: str = "") -> None:
    page.goto(f"{at}/en/editions/{number}/selection/")
    page.get_by_role("button", name="Assign reviewers to new applications").click()
    page.get_by_text("1 review assigned.").wait_for()


def review_in_spanish(page, *, applicant: str, score: int, at: str = "") -> None:
    page.goto(f"{at}/es/reviews/")
    page.get_by_role("link", name=applicant).click()
    page.locator("input[name^=criterion_]").fill(str(score))
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/es/reviews/$"))


def run_selection(page, *, number: int, seats: int, min_global_south_percent: int, at: str = "") -> None:
    """Run the optimal selection; the page then shows the proposal."""
    page.goto(f"{at}/en/editions/{number}/selection/")
    page.locator("input[name=seats]").fill(str(seats))
    page.locator("input[name=min_global_south_percent]").fill(str(min_global_south_percent))
    page.get_by_role("button", name="Run the selection").click()
    page.wait_for_url(re.compile(rf"/en/editions/{number}/selection/\d+/$"))


def close_call(edition) -> None:
    """The call closes (a minute ago): the selection can be confirmed."""
    edition.applications_close_at = timezone.now() - timedelta(minutes=1)
    edition.save(update_fields=["applications_close_at"])


def confirm_selection(page) -> None:
    """Confirm the proposal the page shows, ticking the box that says it cannot be undone."""
    page.get_by_label("I confirm: everyone is told the decision by e-mail, and it cannot be undone.").check()
    page.get_by_role("button", name="Confirm and tell everyone").click()
    page.get_by_text("The decisions are made and everyone is told by e-mail.").wait_for()


def see_decision_in_spanish(page, *, at: str = "") -> None:
    page.goto(f"{at}/es/applications/")
    assert page.get_by_text("Seleccionada").is_visible()


def accept_offer_in_spanish(page) -> None:
    """Accept the offer on the applications page the page shows."""
    page.locator("button[value=accept]").click()
    page.get_by_text("Gracias: ¡nos vemos en la Academia!").wait_for()


def import_zoom_report(page, *, number: int, session, report: Path, summary: str, at: str = "") -> None:
    """Import the report for `session`; the page then says `summary` and shows the review queue."""
    page.goto(f"{at}/en/editions/{number}/attendance/import/")
    page.locator("select[name=session]").select_option(str(session.pk))
    page.locator("select[name=platform]").select_option("zoom")
    page.locator("input[name=file]").set_input_files(report)
    page.get_by_role("button", name="Import").click()
    page.get_by_text(summary).wait_for()


def match_row(page, *, row: str, person) -> None:
    """On the review queue the page shows, count the row named `row` as `person`'s time."""
    card = page.locator("form.card", has_text=row)
    card.locator("select").select_option(str(person.pk))
    card.get_by_role("button", name="Match").click()
    page.get_by_text("Matched: the time is counted.").wait_for()


def close_and_issue(page, *, number: int, at: str = "") -> None:
    """Close the edition on its certificates page and wait, as the page does, for the certificates."""
    page.goto(f"{at}/en/editions/{number}/certificates/")
    page.get_by_label("I confirm: the edition", exact=False).check()
    page.get_by_role("button", name="Close the edition and issue the certificates").click()
    page.get_by_text("The edition is closed; certificates are being issued and sent.").wait_for()
    # While certificates are being issued the page updates itself every five seconds (progress.js).
    page.get_by_text("1 valid certificate.").wait_for(timeout=4 * TIMEOUT_MS)


def download_certificate_in_portuguese(page) -> tuple[str, str]:
    """From a page of the edition, the certificate's text and verification code, as printed."""
    page.get_by_role("link", name="O meu certificado").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Descarregar o certificado (PDF)").click()
    text = " ".join(PdfReader(io.BytesIO(download.value.path().read_bytes())).pages[0].extract_text().split())
    # Printed in the participant's language: "Código de verificação: ABCD-EFGH-JKMN" or its translation.
    return text, re.search(r"\b[2-9A-Z]{4}(?:-[2-9A-Z]{4})+\b", text)[0]


def verify_in_spanish(page, *, code: str, at: str = "") -> tuple[str, str]:
    """Look the code up as a person would type it; the verdict and the certificate's figures."""
    page.goto(f"{at}/es/certificates/verify/")
    page.get_by_label("Código de verificación").fill(code.lower().replace("-", " "))
    page.get_by_role("button", name="Verificar", exact=True).click()
    return page.locator("main [role=status]").inner_text(), page.locator("dl.figures").inner_text()
