import base64
import json

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.test import override_settings
from freezegun import freeze_time

from academy.certificates import credentials, services
from tests.certificates.fixtures import later


def write_key(path, key=None):
    key = key or Ed25519PrivateKey.generate()
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return path


@pytest.fixture(autouse=True)
def after_the_edition():
    """Certificates are issued after the edition (July 2027); a credential is not valid before it was issued."""
    with freeze_time(later(24 * 60)):
        yield


@pytest.fixture
def key_file(tmp_path, settings):
    settings.ACADEMY_BADGE_SIGNING_KEY_FILE = write_key(tmp_path / "current.pem")
    settings.ACADEMY_BADGE_RETIRED_KEY_FILES = []
    return settings.ACADEMY_BADGE_SIGNING_KEY_FILE


def test_the_credential_is_an_open_badge_of_the_certificate(issued, key_file):
    token = credentials.signed(issued)
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert header["alg"] == "EdDSA"
    assert header["kid"].startswith(credentials.keys_url() + "#")
    assert claims["@context"] == ["https://www.w3.org/ns/credentials/v2", credentials.OB_CONTEXT]
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["id"] == claims["jti"] == credentials.verification_url(issued)
    assert claims["issuer"]["id"] == claims["iss"] == credentials.issuer_id()
    subject = claims["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == "Ana Conceição"
    assert "ana@example.org" not in token
    assert "ana@example.org" not in json.dumps(claims)
    assert claims["validFrom"] == "2027-07-01T11:00:00Z"  # the moment of issue, as a moment
    # The edition's days are Lisbon's (summer time, UTC+1), as on the PDF and every page.
    assert (subject["activityStartDate"], subject["activityEndDate"]) == (
        "2027-06-14T00:00:00+01:00",
        "2027-06-25T23:59:59+01:00",
    )
    achievement = subject["achievement"]
    assert achievement["criteria"]["narrative"].startswith("Participou")  # in Ana's language, Portuguese
    assert "80%" in achievement["criteria"]["narrative"]


def test_a_credential_verifies_and_fails_after_any_byte_changes(issued, key_file):
    token = credentials.signed(issued)
    assert credentials.verify(token).valid
    download = json.dumps(credentials.envelope(token))
    assert credentials.verify(download).valid
    # Every position but the signature's last character, whose low bits are padding in base64url.
    for position in [*range(0, len(token) - 1, 7), len(token) - 2]:
        changed = token[:position] + ("A" if token[position] != "A" else "B") + token[position + 1 :]
        assert not credentials.verify(changed).valid, position
    tampered = download.replace(token[40:44], token[40:44][::-1] if token[40:44] != token[40:44][::-1] else "AAAA")
    assert not credentials.verify(tampered).valid


def test_a_forged_credential_is_not_valid(issued, key_file):
    claims = jwt.decode(credentials.signed(issued), options={"verify_signature": False})
    forger = Ed25519PrivateKey.generate()
    own_kid = credentials.key_id(credentials.signing_key().public_key())
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    forged = jwt.encode(claims, forger, algorithm="EdDSA", headers={"kid": own_kid})
    assert not credentials.verify(forged).valid
    unsigned = jwt.encode(claims, None, algorithm="none", headers={"kid": own_kid})
    assert not credentials.verify(unsigned).valid
    for nonsense in ("", "{}", "not a token", '{"id": 3}', "[1, 2]", "a.b.c"):
        assert not credentials.verify(nonsense).valid


def test_a_validly_signed_credential_of_a_certificate_we_do_not_have_is_not_valid(issued, key_file):
    token = credentials.signed(issued)
    issued.delete()
    assert not credentials.verify(token).valid


def test_a_revoked_certificates_credential_is_reported_revoked(issued, key_file, organiser):
    token = credentials.signed(issued)
    services.revoke(certificate=issued, reason="Attendance forged", by=organiser)
    verdict = credentials.verify(token)
    assert not verdict.valid
    assert verdict.certificate.revoked_at is not None
    assert verdict.certificate == issued


def test_after_a_rotation_old_credentials_still_verify(issued, key_file, tmp_path, settings):
    old_token = credentials.signed(issued)
    old_kid = jwt.get_unverified_header(old_token)["kid"]
    settings.ACADEMY_BADGE_SIGNING_KEY_FILE = write_key(tmp_path / "new.pem")
    assert not credentials.verify(old_token).valid  # rotated without keeping the old key: no longer trusted

    public = serialization.load_pem_private_key(key_file.read_bytes(), None).public_key()
    (tmp_path / "old-public.pem").write_bytes(
        public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    settings.ACADEMY_BADGE_RETIRED_KEY_FILES = [tmp_path / "old-public.pem"]
    assert credentials.verify(old_token).valid
    new_token = credentials.signed(issued)
    assert jwt.get_unverified_header(new_token)["kid"] != old_kid
    assert credentials.verify(new_token).valid
    assert [key["kid"] for key in credentials.key_set()["keys"]][1] == old_kid


def test_a_missing_key_is_made_once_and_kept(tmp_path):
    with override_settings(ACADEMY_BADGE_SIGNING_KEY_FILE=tmp_path / "keys" / "signing.pem"):
        first = credentials.signing_key()
        assert (tmp_path / "keys" / "signing.pem").stat().st_mode & 0o777 == 0o600
        assert credentials.thumbprint(credentials.signing_key().public_key()) == credentials.thumbprint(
            first.public_key()
        )


def test_thumbprints_follow_rfc_8037():
    """The Ed25519 key of RFC 8037, appendix A.3, and the thumbprint given there."""
    seed = base64.urlsafe_b64decode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=")
    key = Ed25519PrivateKey.from_private_bytes(seed).public_key()
    assert credentials.thumbprint(key) == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


def test_only_our_certificates_addresses_name_a_certificate(issued):
    assert credentials.code_in(credentials.verification_url(issued)) == issued.code
    for elsewhere in (
        f"https://forger.example/c/{issued.code}",
        f"{credentials.issuer_id()}",
        f"{credentials.verification_url(issued)}/extra",
        "",
    ):
        assert credentials.code_in(elsewhere) == ""


def test_looking_up_a_code_reads_the_edition_but_not_its_page_texts(issued, django_assert_num_queries):
    found = credentials.look_up(issued.code)
    with django_assert_num_queries(0):  # what the verification page shows of the edition
        assert (str(found.edition.title), found.edition.start_date) == (
            "Academy 13",
            issued.edition.start_date,
        )
    assert "summary" in found.edition.get_deferred_fields()
