"""The user journeys of the foundation, in a real browser."""

import re
from datetime import time

import pytest
from django.core import mail

from academy.editions.models import DailySlot, Membership, Role, Status
from academy.people.models import User
from tests.factories import PASSWORD, EditionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_up_and_verify_email(page):
    page.goto("/en/accounts/signup/")
    page.get_by_label("Email").fill("thandi@example.org")
    page.get_by_label("Full name, as it must appear on a certificate").fill("Thandiwe Nkosi-Dlamini")
    page.get_by_label("Country").select_option("ZA")
    page.locator("input[name=password1]").fill("cooperative-futures-2027")
    page.locator("input[name=password2]").fill("cooperative-futures-2027")
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url(re.compile(r"/en/accounts/confirm-email/$"))

    [message] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/en/accounts/confirm-email/\S+/)", message.body).group(1)
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(re.compile(r"/en/me/$"))

    person = User.objects.get(email="thandi@example.org")
    assert person.emailaddress_set.get().verified
    assert page.get_by_role("button", name="Log out").is_visible()


def test_switch_to_portuguese_and_read_the_edition_page(page, artifacts):
    edition = EditionFactory(
        number=12,
        title={
            "en": "12th Academy on Social and Solidarity Economy",
            "pt": "12.ª Academia sobre Economia Social e Solidária",
        },
        theme={"en": "Building back better", "pt": "Reconstruir melhor"},
        background={"en": "The recent global crisis.", "pt": "A recente crise mundial."},
        time_zone="Europe/Paris",
        start_date="2021-11-15",
        end_date="2021-11-26",
        status=Status.FINISHED,
    )
    DailySlot.objects.create(
        edition=edition, label={"en": "Morning", "pt": "Manhã"}, starts_at=time(13), ends_at=time(14, 30)
    )

    page.goto("/en/editions/12/")
    assert page.get_by_role("heading", level=1).inner_text() == "12th Academy on Social and Solidarity Economy"
    page.get_by_role("link", name="Português").click()
    page.wait_for_url(re.compile(r"/pt/editions/12/$"))

    assert page.locator("html").get_attribute("lang") == "pt"
    assert page.get_by_role("heading", level=1).inner_text() == "12.ª Academia sobre Economia Social e Solidária"
    assert page.get_by_text("A recente crise mundial.").is_visible()
    assert page.get_by_text("Reconstruir melhor").is_visible()
    # The reader's own time (São Paulo, from the browser) is added next to the edition's 13:00 CET.
    assert "09:00" in page.locator("[data-local-range]").inner_text()
    page.screenshot(path=artifacts / "edition-page-pt.png", full_page=True)


def test_editions_history(page):
    for number, city in [(1, "Turin"), (8, "Seoul"), (12, "Lisbon")]:
        EditionFactory(number=number, host_city={"en": city}, status=Status.FINISHED)
    EditionFactory(number=14, host_city={"en": "Hidden draft"}, status=Status.DRAFT)

    page.goto("/")
    page.wait_for_url(re.compile(r"/en/$"))
    rows = page.locator("tbody tr")
    assert rows.count() == 3
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(3)] == ["1", "8", "12"]
    page.get_by_role("link", name=re.compile("Seoul")).click()
    page.wait_for_url(re.compile(r"/en/editions/8/$"))


def test_organiser_edits_a_translation_in_the_back_office(page):
    edition = EditionFactory(number=13, theme={"en": "Just transition"})
    organiser = UserFactory(email="organiser@example.org")
    Membership.objects.create(edition=edition, user=organiser, role=Role.ORGANISER)

    page.goto("/en/accounts/login/")
    page.locator("input[name=login]").fill("organiser@example.org")
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(re.compile(r"/en/me/$"))
    page.get_by_role("link", name="Back-office").click()
    page.get_by_role("link", name="Editions").last.click()
    page.get_by_role("link", name="13", exact=True).click()
    page.locator("#id_theme_3").fill("Transição justa")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(re.compile(r"/en/back-office/editions/edition/$"))

    edition.refresh_from_db()
    assert edition.theme.data == {"en": "Just transition", "pt": "Transição justa"}
    page.goto("/pt/editions/13/")
    assert page.get_by_text("Transição justa").is_visible()
