"""The OpenAPI schema is valid OpenAPI 3.1, and every endpoint, fuzzed from it by schemathesis, never fails, answers
as the schema says, and shows nothing private without a token."""

import json

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from openapi_spec_validator import validate

from academy.api.endpoints import api
from academy.travel.services import PASSPORT_FIELDS
from tests.api.conftest import PASSPORT_NUMBERS

pytestmark = pytest.mark.django_db

# What only a token may read: no answer without one holds any of these keys or the people's addresses.
# Passport data is private even with a token: no answer at all holds a passport field or number.
PRIVATE_KEYS = {"email", "score_raw", "score_normalised", "scholarship", "attendees", "revocation_reason", "person_id"}
ADDRESSES = ("ana@example.org", "lan@example.vn", "ivan@example.org", "secret@example.org", "org@example.org")
PASSPORT_KEYS = set(PASSPORT_FIELDS) | {"refusal_reason"}


def test_the_schema_is_valid_openapi_3_1(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.1")
    validate(schema)
    assert set(schema["paths"]) == {
        "/api/v1/editions",
        "/api/v1/editions/{number}",
        "/api/v1/editions/{number}/sessions",
        "/api/v1/brain/search",
        "/api/v1/certificates/{code}",
        "/api/v1/visa-letters/{code}",
        "/api/v1/organisers/editions",
        "/api/v1/organisers/editions/{number}/applications",
        "/api/v1/organisers/editions/{number}/placements",
        "/api/v1/organisers/editions/{number}/attendance",
        "/api/v1/organisers/editions/{number}/certificates",
    }
    for address, item in schema["paths"].items():
        assert set(item) == {"get"}, address  # read-only
        assert bool(item["get"].get("security")) == address.startswith("/api/v1/organisers/"), address


@pytest.fixture(autouse=True)
def _connections_kept_open():
    """As Django's test client does: the requests schemathesis sends straight to the WSGI handler must not close the
    test's database connection when they end (it holds the test's transaction)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def fuzzed_schema():
    """The schema as the site serves it, its requests sent to the site in this process (its database is the test's)."""
    loaded = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/v1/"))
    loaded.app = WSGIHandler()
    return loaded


SCHEMA = fuzzed_schema()
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


def keys_in(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in keys_in(item)}
    if isinstance(value, list):
        return {key for item in value for key in keys_in(item)}
    return set()


def nothing_private(response) -> None:
    assert response.status_code != 200 or not keys_in(json.loads(response.text or "null")) & PRIVATE_KEYS
    for address in ADDRESSES:
        assert address not in response.text
    no_passport_data(response)


def no_passport_data(response) -> None:
    if "json" in response.headers.get("content-type", [""])[0] and response.text:  # schemathesis lowercases names
        assert not keys_in(json.loads(response.text)) & PASSPORT_KEYS
    for number in PASSPORT_NUMBERS:
        assert number not in response.text


FUZZ = hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def fuzz(operation, check) -> None:
    given(case=operation.as_strategy())(FUZZ(check))()


def label(operation) -> str:
    return f"{operation.method.upper()} {operation.path}"


@pytest.mark.parametrize("operation", OPERATIONS, ids=label)
def test_without_a_token_every_endpoint_answers_as_its_schema_says_and_nothing_private(operation, world, settings):
    settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR = 10**6

    def check(case):
        case.headers = {key: value for key, value in (case.headers or {}).items() if key.lower() != "authorization"}
        response = case.call_and_validate()
        nothing_private(response)
        if case.path.startswith("/api/v1/organisers/"):
            assert response.status_code == 401

    fuzz(operation, check)


@pytest.mark.parametrize("operation", OPERATIONS, ids=label)
def test_with_a_token_every_endpoint_answers_as_its_schema_says(operation, world, secret, settings):
    settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR = 10**6

    def check(case):
        response = case.call_and_validate(headers=bearer_header(secret))
        assert "secret@example.org" not in response.text  # an application to another organiser's edition
        no_passport_data(response)

    fuzz(operation, check)


def test_the_fuzz_checks_hold_for_every_letter_of_the_world(world, settings):
    """Random codes find no letter: the same checks, on the codes of an approved, a refused and a requested one."""
    settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR = 10**6
    (operation,) = [operation for operation in OPERATIONS if operation.path.endswith("/visa-letters/{code}")]
    statuses = []
    for letter in world["letters"].values():
        response = operation.Case(path_parameters={"code": letter.code}).call_and_validate()
        nothing_private(response)
        statuses.append(response.status_code)
    assert sorted(statuses) == [200, 404, 404]


def bearer_header(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}
