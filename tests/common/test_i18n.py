import pytest
from i18nfield.strings import LazyI18nString

from academy.common.i18n import localize, numbered_title


@pytest.mark.parametrize(
    ("data", "language", "expected"),
    [
        ({"en": "Seoul", "pt": "Seul"}, "pt", ("Seul", "pt")),
        ({"en": "Seoul", "fr": "Séoul"}, "es", ("Seoul", "en")),  # falls back to the main language
        ({"fr": "Dakar seulement"}, "es", ("Dakar seulement", "fr")),  # else any language there is
        ({"en": "", "pt": "Só em português"}, "en", ("Só em português", "pt")),  # empty counts as missing
        ({}, "en", ("", "en")),
        (None, "en", ("", "en")),
    ],
)
def test_localize_prefers_reader_then_main_language(data, language, expected):
    assert localize(LazyI18nString(data), language, "en") == expected


def test_localize_plain_string_is_in_the_fallback_language():
    assert localize("Plain", "fr", "es") == ("Plain", "es")


@pytest.mark.django_db
def test_portuguese_pages_translate_third_party_apps_too(client):
    page = client.get("/pt/accounts/signup/").content.decode()
    assert "Palavra-passe" in page  # allauth, from its pt_PT catalogue
    assert "Coréia do Sul" in page  # django-countries, from its pt_PT catalogue
    assert "Nome completo" in page  # ours


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text"), [("fr", "Éditions"), ("es", "Ediciones"), ("pt", "Edições")])
def test_interface_is_translated(client, language, text):
    assert text in client.get(f"/{language}/").content.decode()


@pytest.mark.django_db
def test_language_switcher_links_to_the_same_page_in_each_language(client):
    page = client.get("/fr/accounts/password/reset/").content.decode()
    for code in ("en", "fr", "es", "pt"):
        assert f'href="/{code}/accounts/password/reset/" hreflang="{code}"' in page


@pytest.mark.django_db
def test_language_switcher_keeps_the_edition_and_the_query(client):
    from tests.factories import EditionFactory

    edition = EditionFactory()
    page = client.get(f"/fr/editions/{edition.number}/programme/?kind=plenary").content.decode()
    assert f'href="/pt/editions/{edition.number}/programme/?kind=plenary" hreflang="pt"' in page


@pytest.mark.django_db
def test_language_switcher_on_a_missing_page_links_to_its_own_address(client):
    page = client.get("/fr/no-such-page/").content.decode()
    assert 'href="/fr/no-such-page/" hreflang="pt"' in page


@pytest.mark.django_db
def test_times_on_pages_are_in_the_readers_own_zone(client):
    from datetime import UTC, datetime

    from academy.applications.models import Application
    from tests.factories import EditionFactory, UserFactory

    person = UserFactory(time_zone="America/Bogota")
    Application.objects.create(
        edition=EditionFactory(),
        applicant=person,
        status="selected",
        confirm_by=datetime(2027, 2, 28, 22, 59, tzinfo=UTC),
    )
    client.force_login(person)
    assert "Feb. 28, 2027, 5:59 p.m." in client.get("/en/applications/").content.decode()


def test_an_editions_number_is_written_once():
    assert numbered_title(13, "Academy on SSE") == "13. Academy on SSE"
    assert numbered_title(13, "13.ª Academia sobre Economía Social y Solidaria") == (
        "13.ª Academia sobre Economía Social y Solidaria"
    )
    assert numbered_title(13, "13e Académie") == "13e Académie"
    assert numbered_title(1, "13th Academy") == "1. 13th Academy"
