"""An organiser makes an API token on their profile, a program reads their edition with it, and the organiser
revokes it; the API's documentation page, checked by axe like every page."""

import json
import urllib.error
import urllib.request

import pytest

from academy.editions.models import Role, Status
from tests.browser import journey
from tests.factories import EditionFactory, MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def api_status(url: str, token: str) -> tuple[int, dict]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})  # noqa: S310 (http, ours)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310 (the live test server)
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_an_organiser_makes_uses_and_revokes_an_api_token(new_context, live_server):
    edition = EditionFactory(number=13, status=Status.APPLICATIONS_OPEN)
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    page = journey.log_in(new_context(base_url=live_server.url), organiser.email)

    page.goto("/en/people/profile/")
    page.get_by_role("link", name="Make or revoke the tokens that let a program read the editions you organise").click()
    page.get_by_label("Name").fill("Partner's monitoring sheet")
    page.get_by_role("button", name="Make a token").click()
    token = page.locator("#new-token").inner_text()
    assert token.startswith("sse_")

    url = f"{live_server.url}/api/v1/organisers/editions"
    status, answer = api_status(url, token)
    assert status == 200
    assert [row["number"] for row in answer["items"]] == [13]

    page.goto("/en/people/profile/api-tokens/")
    assert token not in page.content()  # shown once
    page.get_by_role("button", name="Revoke").click()
    assert page.get_by_text("is revoked: it opens nothing any more").is_visible()
    assert api_status(url, token)[0] == 401


def test_the_api_documentation_page(page):
    EditionFactory(number=13, status=Status.APPLICATIONS_OPEN)
    page.goto("/pt/api/")
    assert page.get_by_role("heading", name="A API da plataforma").is_visible()
    assert page.get_by_role("heading", name="GET /api/v1/editions/{number}/sessions").is_visible()
    page.get_by_role("link", name="o esquema OpenAPI 3.1").click()
    assert json.loads(page.locator("body").inner_text())["openapi"].startswith("3.1")
