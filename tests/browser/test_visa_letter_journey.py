"""Issue 21's journey in a real browser: a selected participant coming in person asks for a visa letter in French,
the organiser approves it, the participant downloads it, and an anonymous visitor (an embassy) verifies its code."""

import io
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from pypdf import PdfReader

from academy.applications.models import Application, FundingSource, Scholarship, Status
from academy.certificates.models import Signatory
from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from academy.travel.models import LetterStatus, VisaLetter
from tests.factories import EditionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_ask_for_a_visa_letter_in_french_approve_download_and_verify(log_in, page, artifacts):
    today = timezone.localdate()
    edition = EditionFactory(
        number=13, status=EditionStatus.ANNOUNCED, modality="hybrid", main_language="fr", time_zone="Africa/Dakar",
        start_date=today + timedelta(days=60), end_date=today + timedelta(days=71),
        title={"en": "13th Academy on SSE", "fr": "13e Académie sur l'ESS"}, host_city={"en": "Dakar"}, host_country="SN",
    )  # fmt: skip
    Signatory.objects.create(edition=edition, name="Awa Ndiaye", position={"en": "Director", "fr": "Directrice"})
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    kwame = UserFactory(email="kwame@example.org", certificate_name="Kwame Mensah", country="GH", language="fr")
    application = Application.objects.create(
        edition=edition, applicant=kwame, status=Status.CONFIRMED, attendance="in_person"
    )
    Scholarship.objects.create(
        application=application,
        source=FundingSource.objects.create(edition=edition, name="SSTC", budget=Decimal(50_000)),
        travel=Decimal(900),
        accommodation=Decimal(700),
    )
    MembershipFactory(edition=edition, role=Role.PARTICIPANT, user=kwame)

    mine = log_in(kwame.email, language="fr")
    mine.goto("/fr/editions/13/")
    mine.get_by_role("link", name="Ma lettre pour le visa").click()
    mine.get_by_label("Nom complet comme dans votre passeport").fill("KWAME ASANTE MENSAH")
    mine.get_by_label("Nationalité").select_option("GH")
    mine.get_by_label("Numéro de passeport").fill("G1234567")
    # First with a passport that expires during the Academy: refused, with the reason in French.
    mine.get_by_label("Passeport valable jusqu'au").fill((today + timedelta(days=65)).isoformat())
    mine.get_by_label("Date de naissance").fill("1988-04-02")
    mine.get_by_label("Consulat ou ambassade où vous déposerez la demande").fill("Ambassade du Sénégal à Accra")
    mine.get_by_label("Langue de la lettre").select_option("fr")
    mine.get_by_role("button", name="Demander la lettre").click()
    assert "Votre passeport doit être valide au-delà du dernier jour" in mine.locator("main").inner_text()
    assert not VisaLetter.objects.exists()
    mine.get_by_label("Passeport valable jusqu'au").fill((today + timedelta(days=1000)).isoformat())
    mine.get_by_role("button", name="Demander la lettre").click()
    assert "Votre demande est envoyée" in mine.locator("main").inner_text()
    assert VisaLetter.objects.get().status == LetterStatus.REQUESTED

    desk = log_in(organiser.email)
    desk.goto("/en/editions/13/")
    desk.get_by_role("link", name="Visa letters").click()
    assert "G1234567" in desk.locator("main table").inner_text()
    desk.get_by_role("button", name="Approve").click()
    assert "Letter approved for KWAME ASANTE MENSAH." in desk.locator("main").inner_text()
    desk.screenshot(path=artifacts / "visa-letters-organiser.png", full_page=True)

    mine.goto("/fr/editions/13/visa-letter/")
    with mine.expect_download() as download:
        mine.get_by_role("link", name="Télécharger la lettre (PDF)").click()
    text = " ".join(PdfReader(io.BytesIO(download.value.path().read_bytes())).pages[0].extract_text().split())
    assert "Lettre d'invitation" in text
    assert "KWAME ASANTE MENSAH" in text
    assert "Awa Ndiaye" in text
    assert "Ambassade du Sénégal à Accra" in text
    code = re.search(r"\b[2-9A-Z]{4}(?:-[2-9A-Z]{4})+\b", text)[0]

    page.goto("/es/visa-letters/verify/")
    page.get_by_label("Código de verificación").fill(code.lower().replace("-", " "))
    page.get_by_role("button", name="Verificar", exact=True).click()
    status = page.locator("main [role=status]").inner_text()
    figures = page.locator("dl.figures").inner_text()
    assert "Válido." in status
    assert "KWAME ASANTE MENSAH" in figures
    assert "G1234567" not in page.locator("main").inner_text()
    page.screenshot(path=artifacts / "visa-letter-verified.png", full_page=True)
