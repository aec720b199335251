"""Session materials: accepted by their content, served only as downloads, only while their session is visible."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from academy.programme.models import Material
from tests.programme.conftest import plenary

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
ACCEPTED = {
    "slides.pdf": PDF,
    "photo.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "recording.mp4": b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64,
    "notes.txt": "Notas da sessão: economia social e solidária.\n".encode(),
}
REFUSED = {
    "evil.html": b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>",
    "logo.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "slides.pdf.html": b"  \n<html><body>not slides</body></html>",
    "archive.zip": b"PK\x03\x04" + b"\x00" * 64,
    "program.exe": b"MZ\x90\x00" + b"\x00" * 64,
}


def material(session, name, content) -> Material:
    return Material(session=session, title=name, language="en", file=SimpleUploadedFile(name, content))


@pytest.mark.parametrize("name", ACCEPTED)
def test_slides_pictures_recordings_and_notes_are_accepted(edition, name, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    item = material(plenary(edition), name, ACCEPTED[name])
    item.full_clean()


@pytest.mark.parametrize("name", REFUSED)
def test_pages_scripts_and_unknown_files_are_refused_whatever_their_name(edition, name):
    with pytest.raises(ValidationError) as refused:
        material(plenary(edition), name, REFUSED[name]).full_clean()
    assert "This type of file is not accepted." in str(refused.value)


@pytest.fixture
def slides(edition, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    item = material(plenary(edition), "slides.pdf", PDF)
    item.save()
    return item


def test_materials_are_downloads_in_a_sandbox_linked_from_the_session(client, slides):
    page = client.get("/en/editions/13/programme/P1/").content.decode()
    url = f"/en/editions/13/programme/P1/materials/{slides.pk}/"
    assert f'href="{url}"' in page
    assert "/media/materials/" not in page
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_the_materials_of_an_unpublished_session_reach_only_its_organisers(client, slides, organiser):
    slides.session.published = False
    slides.session.save()
    url = f"/en/editions/13/programme/P1/materials/{slides.pk}/"
    assert client.get(url).status_code == 404
    client.force_login(organiser)
    assert client.get(url).status_code == 200
