"""Knowledge hub: uploads checked by content and size, PDF text searchable, pages for everyone."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook
from reportlab.pdfgen.canvas import Canvas

from academy.brain import knowledge
from academy.brain.admin import ResourceForm
from academy.brain.models import CaseFigure, Definition, Network, Resource
from academy.brain.search.engine import search
from academy.editions.models import Role
from tests.factories import GoodPracticeFactory, MembershipFactory, ResourceFactory, UserFactory

pytestmark = pytest.mark.django_db


def pdf_with(text: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.save()
    return buffer.getvalue()


def workbook() -> bytes:
    buffer = io.BytesIO()
    book = Workbook()
    book.active["A1"] = "Cooperatives"
    book.save(buffer)
    return buffer.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def test_pdf_text_is_extracted():
    assert "Mapping the responses of cooperatives" in knowledge.read_upload(
        upload("study.pdf", pdf_with("Mapping the responses of cooperatives"))
    )


def test_office_files_are_accepted_without_text():
    assert knowledge.read_upload(upload("figures.xlsx", workbook())) == ""


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("script.pdf", b"#!/bin/sh\necho hello"),
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("archive.zip", b"PK\x03\x04 not really a zip"),
        ("image.png", b"\x89PNG\r\n\x1a\n"),
    ],
)
def test_other_types_are_refused_by_content(name, content):
    with pytest.raises(ValidationError) as refused:
        knowledge.read_upload(upload(name, content))
    assert refused.value.code == "not_allowed"
    assert "PDF" in refused.value.messages[0]


def test_files_over_the_limit_are_refused(settings):
    settings.ACADEMY_UPLOAD_MAX_MB = 1
    big = upload("big.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError) as refused:
        knowledge.read_upload(big)
    assert refused.value.code == "too_large"
    assert "at most 1 MB" in refused.value.messages[0]


def test_a_damaged_pdf_is_refused():
    with pytest.raises(ValidationError) as refused:
        knowledge.read_upload(upload("broken.pdf", b"%PDF-1.4\nthis is not a pdf body\n%%EOF\n"))
    assert refused.value.code == "unreadable"


def form_data(**changes):
    return {"kind": "study", "title": "A study", "summary": "", "language": "en", "sdg_targets": "[]",
            "other_languages": "[]", "url": "", **changes}  # fmt: skip


def test_back_office_form_refuses_a_bad_upload_and_writes_nothing():
    form = ResourceForm(form_data(), {"file": upload("page.html", b"<script>alert(1)</script>")})
    assert not form.is_valid()
    assert "not accepted" in form.errors["file"][0]
    assert not Resource.objects.exists()


def test_back_office_form_needs_a_file_or_a_link():
    form = ResourceForm(form_data(), {})
    assert not form.is_valid()
    assert "Upload a file or give a link." in form.non_field_errors()


def test_back_office_form_takes_the_text_of_a_pdf_for_search():
    form = ResourceForm(
        form_data(title="Reader 2011"), {"file": upload("reader.pdf", pdf_with("Governance of mutuals"))}
    )
    assert form.is_valid(), form.errors
    resource = form.save()
    knowledge.refresh_resource(resource=resource)
    assert [hit.object_id for hit in search("mutual governance", clearance=0).hits] == [resource.pk]


def test_back_office_form_refuses_unknown_sdg_targets():
    form = ResourceForm(form_data(url="https://example.org", sdg_targets='["8.3", "18.1", "8.11"]'), {})
    assert not form.is_valid()
    assert "SDG targets" in form.errors["sdg_targets"][0]


def test_pages_of_the_knowledge_hub(client):
    resource = ResourceFactory(title="Reader 2011", url="https://example.org/reader")
    practice = GoodPracticeFactory(title="Seoul social economy")
    CaseFigure.objects.create(practice=practice, label="SSE enterprises", value=3054, year=2015, source="Seoul")
    Definition.objects.create(slug="cooperative", term={"en": "Cooperative", "pt": "Cooperativa"},
                              text={"en": "An autonomous association of persons", "pt": "Uma associação autónoma"},
                              source="ILO Recommendation 193")  # fmt: skip
    Network.objects.create(name="Intercontinental network", acronym="RIPESS", regions="All continents")
    assert "https://example.org/reader" in client.get(reverse("brain:resource", args=[resource.pk])).content.decode()
    page = client.get(reverse("brain:practice", args=[practice.pk])).content.decode()
    assert "3,054" in page or "3054" in page
    assert "2015" in page
    glossary = client.get(reverse("brain:glossary"), HTTP_ACCEPT_LANGUAGE="pt").content.decode()
    assert "An autonomous association of persons" in glossary
    assert "Uma associação autónoma" in client.get("/pt/brain/glossary/").content.decode()
    page = client.get("/en/brain/networks/").content.decode()
    assert "RIPESS" in page
    assert "No alumnus of the Academy has said they belong to it yet." in page


def test_a_link_only_resource_has_no_file_to_download(client):
    resource = ResourceFactory()
    assert client.get(reverse("brain:resource_file", args=[resource.pk])).status_code == 404


def test_only_organisers_and_staff_keep_the_knowledge_hub(client):
    organiser = MembershipFactory(role=Role.ORGANISER).user
    alumnus = MembershipFactory(role=Role.PARTICIPANT).user
    assert organiser.has_perm("brain.add_resource")
    assert organiser.has_perm("brain.change_definition")
    assert UserFactory(is_staff=True).has_perm("brain.delete_network")
    assert not alumnus.has_perm("brain.add_resource")
    assert not UserFactory().has_perm("brain.change_definition")
    client.force_login(alumnus)
    assert client.get(reverse("admin:brain_resource_add")).status_code in (302, 403)
    client.force_login(organiser)
    assert client.get(reverse("admin:brain_resource_add")).status_code == 200


def test_organisers_edit_and_delete_resources_in_the_back_office(client):
    organiser = MembershipFactory(role=Role.ORGANISER).user
    resource = ResourceFactory(title="Old title")
    client.force_login(organiser)
    assert client.get(reverse("admin:brain_resource_change", args=[resource.pk])).status_code == 200
    response = client.post(reverse("admin:brain_resource_delete", args=[resource.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert search("old title", clearance=0).total == 0


def test_networks_say_how_many_alumni_belong(client):
    network = Network.objects.create(name="Intercontinental network", acronym="RIPESS", regions="All continents")
    network.members.add(UserFactory())
    page = client.get(reverse("brain:networks")).content.decode()
    assert "1 alumnus of the Academy belongs to it." in page
    assert "No alumnus" not in page
