"""The API's documentation page and each organiser's token page."""

import pytest

from academy.api.models import ApiToken
from academy.api.services import digest_of
from academy.audit.models import ActionLog
from tests.api.conftest import bearer
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_documentation_lists_every_endpoint_from_the_schema_and_loads_nothing_from_elsewhere(client, world):
    page = client.get("/en/api/").content.decode()
    for address in ("/api/v1/editions/{number}/sessions", "/api/v1/organisers/editions/{number}/attendance"):
        assert address in page
    assert "/api/v1/openapi.json" in page
    assert "Needs a token." in page
    assert "cdn" not in page.lower()
    assert "https://" not in page.replace("https://www.w3.org", "")  # no script, style or font from another host


def test_the_documentation_is_translated(client, world):
    page = client.get("/fr/api/").content.decode()
    assert 'lang="fr"' in page
    assert "Nécessite un jeton." in page


def test_ninja_s_own_docs_page_is_not_served(client, world):
    assert client.get("/api/v1/docs/").status_code == 404


def test_an_organiser_makes_a_token_and_sees_it_once(client, world):
    client.force_login(world["organiser"])
    response = client.post("/en/people/profile/api-tokens/", {"name": "Monitoring"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    secret = response.context["secret"]
    token = ApiToken.objects.get()
    assert token.digest == digest_of(secret)
    assert secret in response.content.decode()
    again = client.get("/en/people/profile/api-tokens/").content.decode()
    assert secret not in again
    assert token.prefix in again
    assert client.get("/api/v1/organisers/editions", **bearer(secret)).status_code == 200


def test_a_nameless_token_is_refused_with_a_translated_error(client, world):
    client.force_login(world["organiser"])
    response = client.post("/fr/people/profile/api-tokens/", {"name": "   "})
    assert response.status_code == 200
    assert response.context["secret"] is None
    assert "Ce champ est obligatoire." in response.content.decode()
    assert ApiToken.objects.count() == 0


def test_an_organiser_revokes_their_token(client, world, secret):
    client.force_login(world["organiser"])
    token = ApiToken.objects.get()
    response = client.post(f"/en/people/profile/api-tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    assert ApiToken.objects.get().revoked_at is not None
    assert ActionLog.objects.filter(action="api.token_revoked", actor=world["organiser"]).count() == 1
    assert client.get("/api/v1/organisers/editions", **bearer(secret)).status_code == 401


def test_nobody_revokes_someone_else_s_token(client, world, secret):
    client.force_login(world["stranger"])
    token = ApiToken.objects.get()
    assert client.post(f"/en/people/profile/api-tokens/{token.pk}/revoke/").status_code == 404
    assert ApiToken.objects.get().revoked_at is None


def test_revoking_takes_a_post(client, world, secret):
    client.force_login(world["organiser"])
    token = ApiToken.objects.get()
    assert client.get(f"/en/people/profile/api-tokens/{token.pk}/revoke/").status_code == 405
    assert ApiToken.objects.get().revoked_at is None


def test_the_profile_links_to_the_tokens_for_organisers_only(client, world):
    client.force_login(world["organiser"])
    assert "/en/people/profile/api-tokens/" in client.get("/en/people/profile/").content.decode()
    client.force_login(UserFactory())
    assert "/en/people/profile/api-tokens/" not in client.get("/en/people/profile/").content.decode()
    assert client.get("/en/people/profile/api-tokens/").status_code == 403
    assert client.post("/en/people/profile/api-tokens/", {"name": "x"}).status_code == 403
    assert ApiToken.objects.count() == 0
