import io

import pytest
from pypdf import PdfReader

from academy.certificates import services
from academy.certificates.document import certificate_pdf
from academy.common.codes import grouped
from tests.certificates.fixtures import AFTER_THE_EDITION


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


@pytest.mark.parametrize(
    "name",
    ["Ana Conceição", "Nguyễn Thị Lan", "Иван Петров", "김민준", "王小明", "Łukasz Żółć", "Ngũgĩ wa Thiong'o"],
)
def test_the_name_is_printed_exactly_as_in_the_profile_with_the_code(edition, cohort, organiser, name):
    ana = cohort[0]
    ana.certificate_name = name
    ana.save()
    certificate = services.issue(edition=edition, person=ana, by=organiser, now=AFTER_THE_EDITION)
    text = text_of(certificate_pdf(certificate))
    assert name in text
    assert grouped(certificate.code) in text
    assert f"/c/{certificate.code}" in text


def test_an_arabic_name_is_drawn_with_arabic_glyphs(edition, cohort, organiser):
    """Shaped text is drawn as glyphs, not characters: the font must be the Arabic one, and embedded."""
    ana = cohort[0]
    ana.certificate_name = "فاطمة الزهراء"
    ana.save()
    pdf = certificate_pdf(services.issue(edition=edition, person=ana, by=organiser))
    fonts = {
        font["/BaseFont"]
        for font in PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert any("NotoSansArabic" in str(font) for font in fonts)


@pytest.mark.parametrize(
    ("language", "title", "hours"),
    [
        ("en", "Certificate of Participation", "with 3 hours of learning"),
        ("fr", "Certificat de participation", "avec 3 heures de formation"),
        ("es", "Certificado de participación", "con 3 horas de aprendizaje"),
        ("pt", "Certificado de Participação", "com 3 horas de aprendizagem"),
    ],
)
def test_the_certificate_is_in_the_participants_language(
    edition, cohort, organiser, signatories, language, title, hours
):
    ana = cohort[0]
    ana.language = language
    ana.save()
    text = text_of(certificate_pdf(services.issue(edition=edition, person=ana, by=organiser, now=AFTER_THE_EDITION)))
    assert title in text
    assert hours in text
    assert "Simel Esim" in text
    assert "Roberto Di Meglio" in text
    assert ("Lisbon" if language == "en" else "Lisboa" if language == "pt" else "Lisbon") in text


def test_half_hours_are_written_the_languages_way(edition, cohort, organiser):
    lan = cohort[1]  # 2.5 hours, in French
    text = text_of(certificate_pdf(services.issue(edition=edition, person=lan, by=organiser)))
    assert "2,5 heures" in text
    assert "L'ESS et l'avenir du travail" in text
