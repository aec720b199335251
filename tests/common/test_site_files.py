"""What every browser asks of the site besides its pages: the icon (without a 404 page rendered for it), and static
files compressed ahead of time for those on slow links."""

import gzip
import io
import json
from pathlib import Path

import brotli
import pytest
from django.core.management import call_command
from PIL import Image

pytestmark = pytest.mark.django_db


def test_the_favicon_is_served_from_the_site_root_as_an_icon(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/favicon.ico")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    with Image.open(io.BytesIO(content)) as icon:
        assert icon.format == "ICO"


def test_every_page_names_its_icon(client):
    page = client.get("/en/editions/").content.decode()
    assert '<link rel="icon" href="/static/academy/favicon.svg" type="image/svg+xml">' in page


def test_static_files_are_collected_with_brotli_and_gzip_beside_them(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", "-v", "0")
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())
    stylesheet = tmp_path / manifest["paths"]["academy/academy.css"]
    original = stylesheet.read_bytes()
    assert brotli.decompress(Path(f"{stylesheet}.br").read_bytes()) == original
    assert gzip.decompress(Path(f"{stylesheet}.gz").read_bytes()) == original
