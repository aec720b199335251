"""Open Badges 3.0, strictly: what a verifier that follows the specification step by step checks.

Every credential the platform issues passes the OB 3.0 JSON Schema (kept in tests/certificates/schemas, never
fetched), verifies with an independent JOSE library (joserfc) against the published key set, and its revocation is
read from the published Bitstring Status List alone, as an offline verifier would.
"""

import base64
import gzip
import json
from datetime import datetime
from io import BytesIO
from pathlib import Path

import jwt
import pytest
from django.db import transaction
from django.test import Client
from django_scopes import scopes_disabled
from freezegun import freeze_time
from hypothesis import given, settings
from hypothesis import strategies as st
from joserfc import jwt as jose_jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from jsonschema import Draft201909Validator, FormatChecker
from PIL import Image

from academy.certificates import credentials, services
from academy.certificates.models import Certificate, StatusList
from tests.certificates.fixtures import later

SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "ob_v3p0_achievementcredential_schema.json").read_text(encoding="utf-8")
)
formats = FormatChecker(formats=())


@formats.checks("date-time", raises=ValueError)
def date_time(value) -> bool:
    """RFC 3339 date-time: a date, "T", a time and a zone (Z or an offset)."""
    if not isinstance(value, str):
        return True
    if "T" not in value or not (value.endswith("Z") or value[-6] in "+-"):
        raise ValueError(value)
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


VALIDATOR = Draft201909Validator(SCHEMA, format_checker=formats)


@pytest.fixture(autouse=True)
def after_the_edition():
    with freeze_time(later(24 * 60)):
        yield


def claims_of(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def credential_in(claims: dict) -> dict:
    """The credential of a VC-JWT: its payload without the JWT's registered claims."""
    return {key: value for key, value in claims.items() if key not in {"iss", "sub", "jti", "nbf", "iat", "exp"}}


def schema_errors(credential: dict) -> list[str]:
    return [f"{'/'.join(map(str, error.path))}: {error.message}" for error in VALIDATOR.iter_errors(credential)]


def published_keys() -> KeySet:
    return KeySet.import_key_set(Client().get("/openbadges/keys.json").json())


def independently_verified(token: str) -> dict:
    """The claims, once joserfc checked the signature with the published key the header names, and RS256 only."""
    decoded = jose_jwt.decode(token, published_keys(), algorithms=["RS256"])
    return decoded.claims


def revoked_per_status_list(token: str) -> bool:
    """An offline verifier: the credential's credentialStatus, the list it names (fetched, its signature checked with
    the issuer's published key), and the bit at its position. Nothing else of the platform is asked."""
    entry = independently_verified(token)["credentialStatus"]
    assert entry["type"] == "BitstringStatusListEntry"
    assert entry["statusPurpose"] == "revocation"
    response = Client().get(entry["statusListCredential"].removeprefix(credentials.absolute("")))
    assert response.status_code == 200
    status_list = independently_verified(response.content.decode())
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status_list["issuer"] == independently_verified(token)["issuer"]["id"]
    subject = status_list["credentialSubject"]
    assert subject["statusPurpose"] == "revocation"
    assert subject["encodedList"].startswith("u")  # multibase, base64url without padding
    encoded = subject["encodedList"][1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    assert len(bits) >= 16 * 1024  # at least 131072 entries, as the specification requires
    index = int(entry["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def test_every_issued_credential_passes_the_open_badges_schema(issued, organiser, cohort):
    original = credentials.signed(issued)
    cohort[0].certificate_name = "Ana Maria Conceição"
    cohort[0].save()
    replacement = services.reissue(certificate=issued, by=organiser, now=later(24 * 60))
    with scopes_disabled():
        orphan = services.issue(edition=issued.edition, person=cohort[1], by=organiser, now=later(10))
        orphan.user.delete()  # the participant deleted their account: the certificate stays, without an e-mail
        orphan = Certificate.objects.get(pk=orphan.pk)
    for token in (original, credentials.signed(replacement), credentials.signed(orphan)):
        credential = credential_in(claims_of(token))
        assert schema_errors(credential) == []
        assert claims_of(token)["sub"] == credential["credentialSubject"]["id"]
    reissued = claims_of(credentials.signed(replacement))
    assert reissued["awardedDate"] == "2027-07-01T11:00:00Z"  # the first award, kept by the correction
    assert reissued["validFrom"] == "2027-07-02T11:00:00Z"
    assert [i["identityType"] for i in claims_of(credentials.signed(orphan))["credentialSubject"]["identifier"]] == [
        "name"
    ]


def test_the_schema_rejects_what_the_specification_forbids(issued):
    """The schema kept here is no formality: a credential missing what OB 3.0 requires fails it."""
    credential = credential_in(claims_of(credentials.signed(issued)))
    for missing in ("validFrom", "issuer", "credentialSubject", "name"):
        assert schema_errors({key: value for key, value in credential.items() if key != missing}), missing
    broken = json.loads(json.dumps(credential))
    broken["credentialSubject"]["identifier"][1]["identityType"] = "e-mail"
    broken["credentialSubject"]["achievement"].pop("criteria")
    broken["validFrom"] = "1 July 2027"
    assert len(schema_errors(broken)) == 3


def test_an_independent_jose_library_verifies_the_credential_and_refuses_a_tampered_one(issued):
    token = credentials.signed(issued)
    claims = independently_verified(token)
    assert claims["id"] == credentials.verification_url(issued)
    header, payload, signature = token.split(".")
    changed = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    changed["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    forged_payload = base64.urlsafe_b64encode(json.dumps(changed).encode()).rstrip(b"=").decode()
    with pytest.raises(JoseError):
        independently_verified(f"{header}.{forged_payload}.{signature}")


def test_revocation_shows_in_the_status_list_and_the_verify_endpoint_agrees(client, issued, organiser):
    token = credentials.signed(issued)
    other = credentials.signed(issued)  # the same certificate's credential, downloaded twice
    assert revoked_per_status_list(token) is False
    assert client.post("/openbadges/verify", token, content_type="application/vc+jwt").json()["valid"] is True

    with freeze_time(later(24 * 60 + 5)):
        services.revoke(certificate=issued, reason="Attendance forged", by=organiser)
    assert revoked_per_status_list(token) is True
    assert revoked_per_status_list(other) is True
    answer = client.post("/openbadges/verify", token, content_type="application/vc+jwt").json()
    assert (answer["valid"], answer["status"]) == (False, "revoked")


def test_the_status_list_is_cacheable_and_changes_with_a_revocation(client, issued, organiser):
    number = issued.status_list.number
    first = client.get(f"/openbadges/status/{number}")
    assert first["Content-Type"] == "application/vc+jwt"
    assert "public" in first["Cache-Control"]
    assert "max-age=300" in first["Cache-Control"]
    etag = first["ETag"]
    unchanged = client.get(f"/openbadges/status/{number}", HTTP_IF_NONE_MATCH=etag)
    assert unchanged.status_code == 304
    assert unchanged.content == b""

    services.revoke(certificate=issued, reason="Attendance forged", by=organiser)
    changed = client.get(f"/openbadges/status/{number}", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    listed = claims_of(changed.content.decode())
    assert listed["validFrom"] == "2027-07-02T11:00:00Z"  # the moment of the change
    assert listed["sub"] == listed["credentialSubject"]["id"]
    assert client.get("/openbadges/status/999").status_code == 404


def test_positions_are_distinct_and_a_full_list_makes_the_next(edition, cohort, organiser):
    with scopes_disabled():
        first = services.issue(edition=edition, person=cohort[0], by=organiser, notify=False)
        second = services.issue(edition=edition, person=cohort[1], by=organiser, notify=False)
        assert first.status_list == second.status_list
        assert first.status_index != second.status_index
        assert 0 <= first.status_index < StatusList.SIZE
        assert StatusList.objects.get(pk=first.status_list.pk).allocated == 2
        StatusList.objects.filter(pk=first.status_list.pk).update(allocated=StatusList.FULL)
        with transaction.atomic():
            next_list, index = services.status_position()
    assert next_list.number == first.status_list.number + 1
    assert 0 <= index < StatusList.SIZE
    assert StatusList.objects.get(pk=next_list.pk).allocated == 1


def test_the_encoded_list_sets_the_bits_the_specification_names():
    """Index 0 is the first byte's most significant bit (W3C Bitstring Status List, 'bitstring expansion')."""
    encoded = credentials.encoded_list([0, 9, StatusList.SIZE - 1])
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(bits) == StatusList.SIZE // 8 == 16384
    assert (bits[0], bits[1], bits[-1]) == (0b1000_0000, 0b0100_0000, 0b0000_0001)
    assert set(bits[2:-1]) == {0}
    assert "=" not in encoded


@settings(max_examples=30, deadline=None)
@given(st.sets(st.integers(min_value=0, max_value=StatusList.SIZE - 1), max_size=40))
def test_the_encoded_list_decodes_to_the_positions_it_was_made_of(positions):
    encoded = credentials.encoded_list(positions)[1:]
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    decoded = {index for index in range(len(bits) * 8) if bits[index // 8] & (0x80 >> (index % 8))}
    assert decoded == positions


def test_the_badge_image_is_a_small_png_of_the_edition(client, edition):
    response = client.get(f"/openbadges/badges/{edition.number}.png")
    assert response["Content-Type"] == "image/png"
    image = Image.open(BytesIO(response.content))
    assert (image.format, image.size) == ("PNG", (256, 256))
    assert len(response.content) < 20_000
    assert client.get("/openbadges/badges/999.png").status_code == 404
