"""The axe-core check that every browser test runs (tests/browser/accessibility.py) finds what it must find."""

import re

import pytest

from tests.browser.accessibility import Checker, violations_on

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# An image without a text alternative and a field without a label: two critical violations of WCAG 2 A.
INACCESSIBLE = """<!doctype html><html lang="en"><head><title>A form</title></head><body><main>
<h1>A form</h1><img src="/logo.png"><form><input type="text" name="city"></form></main></body></html>"""
ELSEWHERE = "http://elsewhere.invalid/form/"
START = "http://elsewhere.invalid/"
ACCESSIBLE = f"""<!doctype html><html lang="en"><head><title>Start</title></head><body><main>
<h1>Start</h1><p><a href="{ELSEWHERE}">A form</a></p></main></body></html>"""


@pytest.fixture
def checked(chromium):
    """A Checker, and a context it watches where ELSEWHERE answers with INACCESSIBLE and START with ACCESSIBLE,
    under the site's own Content Security Policy (no script but its own)."""
    checker = Checker()
    context = chromium.new_context()
    context.route(
        "http://elsewhere.invalid/**",
        lambda route: route.fulfill(
            body=INACCESSIBLE if route.request.url == ELSEWHERE else ACCESSIBLE,
            content_type="text/html",
            headers={"Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'"},
        ),
    )
    yield checker, checker.watch(context)
    context.close()


def test_axe_reports_an_image_without_alt_and_a_field_without_label(page):
    page.set_content(INACCESSIBLE)

    found = {(v.rule, v.impact, v.targets) for v in violations_on(page)}

    assert ("image-alt", "critical", ("img",)) in found
    assert ("label", "critical", ("input",)) in found


def test_a_page_is_checked_before_the_test_acts_on_it_and_the_report_names_rule_impact_element_and_page(
    checked, live_server
):
    checker, context = checked
    page = context.new_page()
    page.goto(ELSEWHERE)
    assert checker.pages_checked == []

    page.get_by_role("heading").inner_text()  # the test acts on the loaded page: it is checked first

    assert checker.pages_checked == [ELSEWHERE]
    assert {(v.rule, v.url) for v in checker.failing()} == {("image-alt", ELSEWHERE), ("label", ELSEWHERE)}
    report = checker.report()
    assert report.startswith("axe-core: 2 serious or critical WCAG 2.x A/AA violation(s):")
    assert re.search(rf"^  - image-alt \(critical\) on {re.escape(ELSEWHERE)}: .+; at img$", report, re.MULTILINE)
    assert re.search(rf"^  - label \(critical\) on {re.escape(ELSEWHERE)}: .+; at input$", report, re.MULTILINE)

    page.goto(f"{live_server.url}/en/")
    page.get_by_role("heading", level=1).inner_text()  # the site's home page: checked, nothing more found
    assert checker.pages_checked == [ELSEWHERE, f"{live_server.url}/en/"]
    assert len(checker.failing()) == 2


def test_a_page_opened_by_a_click_is_checked_once_loaded_before_the_test_acts_on_it(checked):
    checker, context = checked
    page = context.new_page()
    page.goto(START)
    page.get_by_role("link", name="A form").click()  # returns as soon as the form's page is on its way

    assert page.get_by_role("heading").inner_text() == "A form"

    assert checker.pages_checked == [START, ELSEWHERE]
    assert {(v.rule, v.url) for v in checker.failing()} == {("image-alt", ELSEWHERE), ("label", ELSEWHERE)}


def test_a_page_still_open_when_the_test_ends_is_checked(checked):
    checker, context = checked
    context.new_page().goto(ELSEWHERE)

    checker.check_open_pages()

    assert checker.pages_checked == [ELSEWHERE]
    assert {v.rule for v in checker.failing()} == {"image-alt", "label"}


def test_a_popup_is_checked_too(checked, live_server):
    checker, context = checked
    page = context.new_page()
    page.set_content(f'<a href="{ELSEWHERE}" target="_blank">elsewhere</a>')
    with page.expect_popup() as popup:
        page.get_by_role("link").click()
    popup.value.wait_for_load_state()

    checker.check_open_pages()

    assert checker.pages_checked == [ELSEWHERE]
    assert {v.rule for v in checker.failing()} == {"image-alt", "label"}
