"""The header on a phone: the brand and "Menu" only, the links behind it, opened without a script (issue 21)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_without_scripts(chromium, live_server):
    """A phone's screen with JavaScript off (not watched by axe, which is a script itself)."""
    context = chromium.new_context(base_url=live_server.url, locale="en-GB", viewport=PHONE, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_on_a_phone_the_header_is_one_small_band_and_menu_opens_the_links(phone_without_scripts, artifacts):
    page = phone_without_scripts
    page.goto("/en/")
    header = page.locator("header.site")
    closed = header.bounding_box()["height"]
    assert closed <= 90  # was a third of the screen (281 px): links and languages on four lines
    assert not page.get_by_role("link", name="Collective Brain").first.is_visible()
    assert not page.get_by_role("link", name="Português").is_visible()
    page.screenshot(path=artifacts / "header-phone.png")

    page.locator("label.menu-toggle").click()
    assert page.locator("header.site").get_by_role("link", name="Collective Brain").is_visible()
    assert page.get_by_role("link", name="Português").is_visible()
    assert header.bounding_box()["height"] > closed
    page.locator("header.site").get_by_role("link", name="Collective Brain").click()
    page.wait_for_url("**/en/brain/")


def test_on_a_wide_screen_the_links_show_and_there_is_no_menu_button(new_context, live_server):
    context = new_context(base_url=live_server.url, locale="en-GB", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto("/en/")
    assert not page.locator("label.menu-toggle").is_visible()
    assert page.locator("header.site").get_by_role("link", name="Collective Brain").is_visible()
    assert page.get_by_role("link", name="Português").is_visible()
    assert page.locator("header.site").bounding_box()["height"] <= 90


def test_on_a_phone_with_scripts_the_menu_passes_the_accessibility_checks(new_context, live_server):
    context = new_context(base_url=live_server.url, locale="en-GB", viewport=PHONE)
    page = context.new_page()
    page.goto("/en/")
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")  # the menu's check box, named by its label
    page.keyboard.press("Space")
    assert page.locator("header.site").get_by_role("link", name="Collective Brain").is_visible()
