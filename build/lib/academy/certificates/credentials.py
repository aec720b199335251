"""Open Badges 3.0: each certificate is also an OpenBadgeCredential, secured as a VC-JWT signed with RS256.

The credential is the JWT's payload (with the registered claims iss, sub, jti, nbf), signed with RS256 (RSA 3072),
the algorithm Open Badges 3.0 requires every verifier to support; the header names the key (``kid``: its RFC 7638
thumbprint under the platform's key set URL). Credentials signed earlier with the Ed25519 key (EdDSA) still
verify: that key is kept for verification only. Keys retired by a rotation stay in the key set too.
Revocation is published as a W3C Bitstring Status List credential, signed the same way (`status_list_token`).
The JSON download wraps the JWT in a W3C ``EnvelopedVerifiableCredential``.
"""

import base64
import functools
import gzip
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.conf import settings
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from academy.certificates.models import Certificate, StatusList
from academy.common import documents
from academy.common.codes import normalise_code
from academy.common.i18n import localize
from academy.editions.services import PAGE_TEXTS

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
ENVELOPE_PREFIX = "data:application/vc+jwt,"
ALGORITHM = "RS256"  # what new credentials are signed with
LEGACY_ALGORITHM = "EdDSA"  # credentials signed before RS256, verified only
RSA_BITS = 3072
CODE_LENGTH = documents.CODE_LENGTH
WELL_FORMED_CODE = documents.WELL_FORMED_CODE

PublicKey = rsa.RSAPublicKey | Ed25519PublicKey


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@functools.lru_cache(maxsize=8)
def loaded_private_key(path: Path, version: tuple[int, int, int]):
    """A private key file, read once per version of the file: loading checks an RSA key, which takes a few hundred
    milliseconds; a replaced file (another inode, size or time) is read again."""
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def private_key_in(path: Path):
    status = path.stat()
    return loaded_private_key(path, (status.st_ino, status.st_size, status.st_mtime_ns))


def signing_key() -> rsa.RSAPrivateKey:
    """The current RSA key; made on first use when the file does not exist (development, a single server)."""
    path = Path(settings.ACADEMY_BADGE_RSA_KEY_FILE)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            pass
        else:
            with os.fdopen(descriptor, "wb") as out:
                out.write(pem)
    return private_key_in(path)


def public_key_from(path: Path) -> PublicKey:
    """A verification key's public half, from a file holding either half (RSA or Ed25519)."""
    data = path.read_bytes()
    if b"PRIVATE KEY" in data:
        return private_key_in(path).public_key()
    return serialization.load_pem_public_key(data)


def raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def integer(value: int) -> str:
    """An RSA parameter as JWK writes it (RFC 7518, 6.3.1): big-endian, no leading zero bytes, base64url."""
    return b64url(value.to_bytes((value.bit_length() + 7) // 8, "big"))


def jwk_members(public_key: PublicKey) -> dict:
    """The JWK members RFC 7638 requires of the key's type: those its thumbprint is taken over."""
    if isinstance(public_key, rsa.RSAPublicKey):
        numbers = public_key.public_numbers()
        return {"e": integer(numbers.e), "kty": "RSA", "n": integer(numbers.n)}
    return {"crv": "Ed25519", "kty": "OKP", "x": b64url(raw(public_key))}


def algorithm_of(public_key: PublicKey) -> str:
    return ALGORITHM if isinstance(public_key, rsa.RSAPublicKey) else LEGACY_ALGORITHM


def thumbprint(public_key: PublicKey) -> str:
    """RFC 7638: SHA-256 of the required JWK members in lexicographic order, without spaces."""
    members = jwk_members(public_key)
    return b64url(hashlib.sha256(json.dumps(members, separators=(",", ":"), sort_keys=True).encode()).digest())


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def keys_url() -> str:
    return absolute(reverse("openbadges_keys"))


def issuer_id() -> str:
    return absolute(reverse("openbadges_issuer"))


def key_id(public_key: PublicKey) -> str:
    return f"{keys_url()}#{thumbprint(public_key)}"


def verification_keys() -> dict[str, PublicKey]:
    """Every key whose signatures are accepted, by key id: the current one first, then the Ed25519 key that signed
    the credentials issued before RS256 (when its file exists), then the keys retired by rotations."""
    legacy = Path(settings.ACADEMY_BADGE_SIGNING_KEY_FILE)
    keys = [
        signing_key().public_key(),
        *([public_key_from(legacy)] if legacy.is_file() else []),
        *(public_key_from(path) for path in settings.ACADEMY_BADGE_RETIRED_KEY_FILES),
    ]
    return {key_id(key): key for key in keys}


def key_set() -> dict:
    """The JWK Set published at ``keys_url``: public members only."""
    return {
        "keys": [
            {**jwk_members(key), "kid": kid, "use": "sig", "alg": algorithm_of(key)}
            for kid, key in verification_keys().items()
        ]
    }


def issuer() -> dict:
    return {"id": issuer_id(), "type": ["Profile"], "name": settings.ACADEMY_ISSUER_NAME, "url": settings.SITE_URL}


def issuer_profile() -> dict:
    """The document published at ``issuer_id``."""
    return {"@context": [VC_CONTEXT, OB_CONTEXT], **issuer()}


def verification_url(certificate: Certificate) -> str:
    """The certificate's public address, the credential's id and what the QR code holds."""
    return absolute(reverse("certificate_link", kwargs={"code": certificate.code}))


def subject_id(certificate: Certificate) -> str:
    """The holder's id in the credential (and the JWT's ``sub``): holders have no DID, so a UUID derived from the
    certificate's address (RFC 9562 version 5), which names the holder of this certificate and says nothing of them."""
    return uuid.uuid5(uuid.NAMESPACE_URL, verification_url(certificate)).urn


def email_identity(email: str, salt: str) -> dict:
    """An Open Badges IdentityObject of an e-mail address, salted and hashed: whoever knows the address can check it,
    nobody can read it."""
    return {
        "type": "IdentityObject",
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
        "identityHash": "sha256$" + hashlib.sha256((email.lower() + salt).encode()).hexdigest(),
    }


def moment(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def first_issued_at(certificate: Certificate) -> datetime:
    """When the achievement was first awarded: a certificate re-issued after a correction keeps the first date."""
    earliest = certificate
    if certificate.pk is None:  # not saved (a preview, the benchmark): it replaces nothing
        return certificate.issued_at
    with scopes_disabled():  # the chain stays in the certificate's edition
        while (
            earlier := Certificate.objects.filter(replaced_by=earliest).only("issued_at", "replaced_by").first()
        ) is not None:
            earliest = earlier
    return earliest.issued_at


def badge_image_url(edition) -> str:
    return absolute(reverse("openbadges_badge", kwargs={"number": edition.number}))


def status_list_url(number: int) -> str:
    return absolute(reverse("openbadges_status", kwargs={"number": number}))


def credential_status(certificate: Certificate) -> dict | None:
    """The credential's entry in the published revocation list (W3C Bitstring Status List)."""
    if certificate.status_list_id is None:
        return None
    url = status_list_url(certificate.status_list.number)
    return {
        "id": f"{url}#{certificate.status_index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(certificate.status_index),
        "statusListCredential": url,
    }


def credential_of(certificate: Certificate) -> dict:
    """The OpenBadgeCredential of a certificate, its texts in the certificate's language (one of the edition's,
    falling back to the edition's main language as the PDF does)."""
    edition = certificate.edition
    with translation.override(certificate.language):
        title = localize(edition.title, certificate.language, edition.main_language)[0]
        theme = localize(edition.theme, certificate.language, edition.main_language)[0]
        name = _("Certificate of Participation: %(edition)s") % {"edition": title}
        criteria = _(
            "Took part in at least %(threshold)s%% of the sessions the participant was expected at "
            "(plenaries, elective course, study visit)."
        ) % {"threshold": edition.attendance_threshold_percent}
        description = _("%(name)s took part in %(edition)s: %(hours)s hours.") % {
            "name": certificate.name,
            "edition": title,
            "hours": certificate.hours.normalize(),
        }
        caption = _("Badge of %(edition)s") % {"edition": title}
    identifiers = [
        {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": certificate.name}
    ]
    if certificate.user is not None:  # no e-mail left once the participant deleted their account
        identifiers.append(email_identity(certificate.user.email, certificate.code))
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": verification_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer(),
        "validFrom": moment(certificate.issued_at),
        "awardedDate": moment(first_issued_at(certificate)),
        "name": name,
        "description": description,
        "credentialSubject": {
            "id": subject_id(certificate),
            "type": ["AchievementSubject"],
            "identifier": identifiers,
            # The edition's days where it is held, as the PDF prints them, with that place's offset.
            "activityStartDate": edition.local_datetime(edition.start_date, time(0, 0)).isoformat(),
            "activityEndDate": edition.local_datetime(edition.end_date, time(23, 59, 59)).isoformat(),
            "achievement": {
                "id": absolute(edition.get_absolute_url()) + "#certificate",
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": name,
                "description": theme or title,
                "criteria": {"narrative": criteria},
                "image": {"id": badge_image_url(edition), "type": "Image", "caption": caption},
                "inLanguage": certificate.language,
            },
        },
        "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
    }
    if status := credential_status(certificate):
        credential["credentialStatus"] = status
    return credential


def sign(claims: dict) -> str:
    key = signing_key()
    return jwt.encode(claims, key, algorithm=ALGORITHM, headers={"kid": key_id(key.public_key()), "typ": "JWT"})


def signed(certificate: Certificate) -> str:
    """The credential as a compact JWS (VC-JWT): the registered claims mirror the credential's members."""
    credential = credential_of(certificate)
    return sign(
        {
            **credential,
            "iss": credential["issuer"]["id"],
            "sub": credential["credentialSubject"]["id"],
            "jti": credential["id"],
            "nbf": int(certificate.issued_at.timestamp()),
        }
    )


def encoded_list(positions, size: int = StatusList.SIZE) -> str:
    """A bitstring of ``size`` bits with the bits at ``positions`` set, as the W3C Bitstring Status List encodes it:
    the first position is the most significant bit of the first byte; GZIP, then base64url without padding, with
    the multibase prefix "u"."""
    bits = bytearray(size // 8)
    for position in positions:
        bits[position // 8] |= 0x80 >> (position % 8)
    return "u" + b64url(gzip.compress(bytes(bits), mtime=0))


def status_list_credential(status_list: StatusList) -> dict:
    """The published list: a BitstringStatusListCredential whose set bits are the revoked certificates'."""
    url = status_list_url(status_list.number)
    with scopes_disabled():  # a list holds certificates of every edition, and publishes only their positions
        revoked = list(
            Certificate.objects.filter(status_list=status_list, revoked_at__isnull=False).values_list(
                "status_index", flat=True
            )
        )
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": moment(status_list.changed_at),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(revoked),
        },
    }


def status_list_version(status_list: StatusList) -> str:
    """What the published list depends on, for its ETag: its last change and the key that signs it."""
    return f"{status_list.number}-{status_list.changed_at.timestamp()}-{thumbprint(signing_key().public_key())}"


def status_list_token(status_list: StatusList) -> str:
    """The list as a VC-JWT signed with the credentials' key."""
    credential = status_list_credential(status_list)
    return sign(
        {
            **credential,
            "iss": credential["issuer"],
            "sub": credential["credentialSubject"]["id"],
            "jti": credential["id"],
            "nbf": int(status_list.changed_at.timestamp()),
        }
    )


def envelope(token: str) -> dict:
    """The JSON download: the signed credential as a W3C EnvelopedVerifiableCredential."""
    return {"@context": [VC_CONTEXT], "id": ENVELOPE_PREFIX + token, "type": "EnvelopedVerifiableCredential"}


@dataclass
class Verdict:
    """What a verification found: a valid credential of a certificate still in force, or why not."""

    valid: bool
    message: str
    certificate: Certificate | None = None


def token_in(text: str) -> str:
    """The JWT in what was given: the JSON download (an envelope) or the JWT itself."""
    text = text.strip()
    if text.startswith("{"):
        try:
            document = json.loads(text)
        except ValueError:
            return ""
        identifier = document.get("id") if isinstance(document, dict) else None
        return identifier.removeprefix(ENVELOPE_PREFIX) if isinstance(identifier, str) else ""
    return text


def look_up(code: str) -> Certificate | None:
    """The certificate of a typed code; a malformed code and an unknown one both give None."""
    code = normalise_code(code)
    if not WELL_FORMED_CODE.fullmatch(code):
        return None
    found = Certificate.objects.select_related("edition", "replaced_by").filter(code=code)
    return found.defer(*(f"edition__{text}" for text in PAGE_TEXTS)).first()


def code_in(identifier: str) -> str:
    """The code in a credential's id when it is one of our certificates' addresses, else ""."""
    if not identifier.startswith(settings.SITE_URL + "/"):
        return ""
    try:
        match = resolve(identifier.removeprefix(settings.SITE_URL))
    except Resolver404:
        return ""
    return match.kwargs["code"] if match.url_name == "certificate_link" else ""


def verify(text: str) -> Verdict:
    """Check the signature with the key the credential names, then the certificate's status now."""
    not_valid = Verdict(False, _("This is not a valid credential of the SSE Academy."))
    token = token_in(text)
    try:
        key = verification_keys().get(jwt.get_unverified_header(token).get("kid"))
        if key is None:
            return not_valid
        # The algorithm is the key's, never the header's choice; credentials from before RS256 have no "sub".
        claims = jwt.decode(
            token, key, algorithms=[algorithm_of(key)], issuer=issuer_id(), options={"require": ["iss", "jti", "nbf"]}
        )
    except jwt.PyJWTError:
        return not_valid
    certificate = look_up(code_in(str(claims["jti"])))
    if certificate is None:
        return not_valid
    if certificate.revoked_at:
        return Verdict(False, _("This credential was revoked."), certificate=certificate)
    return Verdict(True, _("This credential is valid."), certificate=certificate)
