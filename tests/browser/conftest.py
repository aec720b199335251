"""Playwright driving Debian's Chromium (/usr/bin/chromium) against the live test server."""

import os
from pathlib import Path

import pytest

from tests.browser import journey
from tests.browser.accessibility import AXE, Checker
from tests.factories import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# Playwright's sync API runs an event loop in this thread; the test itself still talks to the
# database synchronously, between browser steps, which is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} is missing: install Debian's chromium (make test does so as root)")
    if not AXE.exists():
        missing.append(f"{AXE} is missing: install axe-core from npm (make test runs npm ci)")
    if not missing:
        return
    message = "; ".join(missing)
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(f"CI requires the browser tests: {message}")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=message))


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """A browser test passes only if axe found no serious or critical violation on the pages it visited."""
    result = yield
    checker = item.funcargs.get("accessibility")
    if checker is not None:
        checker.check_open_pages()
        if checker.failing():
            raise AssertionError(checker.report())
    return result


@pytest.fixture
def accessibility():
    """axe-core on every page of the browser contexts of the test (tests/browser/accessibility.py)."""
    return Checker()


@pytest.fixture
def page(chromium, live_server, accessibility):
    context = accessibility.watch(
        chromium.new_context(base_url=live_server.url, locale="en-GB", timezone_id="America/Sao_Paulo")
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def new_context(chromium, accessibility):
    """Browser contexts (one per person: cookies of their own), closed at the end of the test."""
    contexts = []

    def make(**options):
        context = accessibility.watch(chromium.new_context(**{"locale": "es-ES", **options}))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def log_in(new_context, live_server):
    """Log someone in, in a browser context of their own (closed at the end of the test)."""

    def open_as(email, password=PASSWORD, language="en"):
        return journey.log_in(new_context(base_url=live_server.url), email, password, language)

    return open_as
