import base64
import hashlib
import json

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.test import override_settings
from freezegun import freeze_time
from joserfc import jwk

from academy.certificates import credentials, services
from tests.certificates.fixtures import later


def pem(key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def write_key(path, key=None):
    """An Ed25519 key, as the platform made before RS256."""
    path.write_bytes(pem(key or Ed25519PrivateKey.generate()))
    return path


@pytest.fixture(scope="session")
def rsa_keys(tmp_path_factory):
    """Two RSA keys of the size the platform makes (made once: 3072-bit keys take a moment)."""
    folder = tmp_path_factory.mktemp("rsa")
    for name in ("current.pem", "next.pem"):
        (folder / name).write_bytes(pem(rsa.generate_private_key(public_exponent=65537, key_size=3072)))
    return folder


@pytest.fixture(autouse=True)
def after_the_edition():
    """Certificates are issued after the edition (July 2027); a credential is not valid before it was issued."""
    with freeze_time(later(24 * 60)):
        yield


@pytest.fixture
def key_file(rsa_keys, tmp_path, settings):
    settings.ACADEMY_BADGE_RSA_KEY_FILE = rsa_keys / "current.pem"
    settings.ACADEMY_BADGE_SIGNING_KEY_FILE = tmp_path / "no-ed25519-key.pem"
    settings.ACADEMY_BADGE_RETIRED_KEY_FILES = []
    return settings.ACADEMY_BADGE_RSA_KEY_FILE


def test_the_credential_is_an_open_badge_of_the_certificate(issued, key_file):
    token = credentials.signed(issued)
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert header["alg"] == "RS256"
    assert header["kid"].startswith(credentials.keys_url() + "#")
    assert claims["@context"] == ["https://www.w3.org/ns/credentials/v2", credentials.OB_CONTEXT]
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["id"] == claims["jti"] == credentials.verification_url(issued)
    assert claims["issuer"]["id"] == claims["iss"] == credentials.issuer_id()
    subject = claims["credentialSubject"]
    # The holder has no DID: the subject is a UUID of the certificate's address, and "sub" is the same.
    assert (
        claims["sub"]
        == subject["id"]
        == "urn:uuid:"
        + str(__import__("uuid").uuid5(__import__("uuid").NAMESPACE_URL, credentials.verification_url(issued)))
    )
    name, email = subject["identifier"]
    assert name == {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": "Ana Conceição"}
    assert email["identityType"] == "emailAddress"
    assert email["hashed"] is True
    assert email["identityHash"] == "sha256$" + hashlib.sha256(("ana@example.org" + email["salt"]).encode()).hexdigest()
    assert "ana@example.org" not in token
    assert "ana@example.org" not in json.dumps(claims)
    assert claims["validFrom"] == claims["awardedDate"] == "2027-07-01T11:00:00Z"  # the moment of issue
    assert claims["credentialSchema"] == [
        {
            "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
            "type": "1EdTechJsonSchemaValidator2019",
        }
    ]
    status_url = f"{credentials.absolute('')}/openbadges/status/{issued.status_list.number}"
    assert claims["credentialStatus"] == {
        "id": f"{status_url}#{issued.status_index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(issued.status_index),
        "statusListCredential": status_url,
    }
    # The edition's days are Lisbon's (summer time, UTC+1), as on the PDF and every page.
    assert (subject["activityStartDate"], subject["activityEndDate"]) == (
        "2027-06-14T00:00:00+01:00",
        "2027-06-25T23:59:59+01:00",
    )
    achievement = subject["achievement"]
    assert achievement["criteria"]["narrative"].startswith("Participou")  # in Ana's language, Portuguese
    assert "80%" in achievement["criteria"]["narrative"]
    assert claims["description"].startswith("Ana Conceição participou")
    assert achievement["image"]["id"] == f"{credentials.absolute('')}/openbadges/badges/13.png"
    assert achievement["image"]["type"] == "Image"


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
    own_kid = credentials.key_id(credentials.signing_key().public_key())
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    forger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert not credentials.verify(jwt.encode(claims, forger, algorithm="RS256", headers={"kid": own_kid})).valid
    # Another algorithm under our key's id: the key decides the algorithm, not the header.
    ed_forged = jwt.encode(claims, Ed25519PrivateKey.generate(), algorithm="EdDSA", headers={"kid": own_kid})
    assert not credentials.verify(ed_forged).valid
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


def test_after_a_rotation_old_credentials_still_verify(issued, key_file, rsa_keys, tmp_path, settings):
    old_token = credentials.signed(issued)
    old_kid = jwt.get_unverified_header(old_token)["kid"]
    settings.ACADEMY_BADGE_RSA_KEY_FILE = rsa_keys / "next.pem"
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


def test_credentials_signed_with_the_ed25519_key_before_rs256_still_verify(issued, key_file, tmp_path, settings):
    """Before RS256 the platform signed with Ed25519 (EdDSA): that key stays, for verifying those only."""
    legacy = serialization.load_pem_private_key(write_key(tmp_path / "ed25519.pem").read_bytes(), None)
    claims = jwt.decode(credentials.signed(issued), options={"verify_signature": False})
    del claims["sub"]  # as they were: no "sub" yet
    legacy_kid = credentials.key_id(legacy.public_key())
    old_token = jwt.encode(claims, legacy, algorithm="EdDSA", headers={"kid": legacy_kid, "typ": "JWT"})
    assert not credentials.verify(old_token).valid  # the key's file is gone: nothing signed with it verifies

    settings.ACADEMY_BADGE_SIGNING_KEY_FILE = tmp_path / "ed25519.pem"
    assert credentials.verify(old_token).valid
    assert jwt.get_unverified_header(credentials.signed(issued))["alg"] == "RS256"  # new ones: RS256 only
    published = {key["kid"]: key for key in credentials.key_set()["keys"]}
    assert published[legacy_kid] | {"x": ""} == {
        "kty": "OKP", "crv": "Ed25519", "x": "", "kid": legacy_kid, "use": "sig", "alg": "EdDSA"
    }  # fmt: skip
    [current] = [key for key in published.values() if key["kty"] == "RSA"]
    assert (current["alg"], current["e"], "d" in current) == ("RS256", "AQAB", False)
    assert len(base64.urlsafe_b64decode(current["n"] + "==")) * 8 == 3072


def test_a_missing_key_is_made_once_and_kept(tmp_path):
    with override_settings(ACADEMY_BADGE_RSA_KEY_FILE=tmp_path / "keys" / "rsa.pem"):
        first = credentials.signing_key()
        assert first.key_size == 3072
        assert (tmp_path / "keys" / "rsa.pem").stat().st_mode & 0o777 == 0o600
        assert credentials.thumbprint(credentials.signing_key().public_key()) == credentials.thumbprint(
            first.public_key()
        )


def test_thumbprints_follow_rfc_8037():
    """The Ed25519 key of RFC 8037, appendix A.3, and the thumbprint given there."""
    seed = base64.urlsafe_b64decode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=")
    key = Ed25519PrivateKey.from_private_bytes(seed).public_key()
    assert credentials.thumbprint(key) == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


def test_rsa_thumbprints_agree_with_an_independent_library(key_file):
    """RFC 7638 over e, kty, n: as joserfc computes it from the published key."""
    public = credentials.signing_key().public_key()
    [published] = credentials.key_set()["keys"]
    assert credentials.thumbprint(public) == jwk.RSAKey.import_key(published).thumbprint()
    assert published["kid"] == credentials.key_id(public)


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
