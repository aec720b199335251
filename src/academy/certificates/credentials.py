"""Open Badges 3.0: each certificate is also an OpenBadgeCredential, secured as a VC-JWT signed with Ed25519.

The credential is the JWT's payload (with the registered claims iss, jti, nbf), signed with EdDSA; the
header names the key (``kid``: its RFC 7638 thumbprint under the platform's key set URL). The JSON
download wraps the JWT in a W3C ``EnvelopedVerifiableCredential``. The signing key comes from
settings; keys retired by a rotation stay in the key set, so what they signed still verifies.
"""

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, time
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext as _

from academy.certificates.models import Certificate
from academy.common import documents
from academy.common.codes import normalise_code
from academy.common.i18n import localize
from academy.editions.services import PAGE_TEXTS

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
ENVELOPE_PREFIX = "data:application/vc+jwt,"
ALGORITHM = "EdDSA"
CODE_LENGTH = documents.CODE_LENGTH
WELL_FORMED_CODE = documents.WELL_FORMED_CODE


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def signing_key() -> Ed25519PrivateKey:
    """The current key; made on first use when the file does not exist (development, a single server)."""
    path = Path(settings.ACADEMY_BADGE_SIGNING_KEY_FILE)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first: use theirs
            pass
        else:
            with os.fdopen(descriptor, "wb") as out:
                out.write(pem)
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


def public_key_from(path: Path) -> Ed25519PublicKey:
    """A retired key's public half, from a file holding either half."""
    data = path.read_bytes()
    if b"PRIVATE KEY" in data:
        return serialization.load_pem_private_key(data, password=None).public_key()
    return serialization.load_pem_public_key(data)


def raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def thumbprint(public_key: Ed25519PublicKey) -> str:
    """RFC 7638: SHA-256 of the required JWK members in lexicographic order, without spaces."""
    members = {"crv": "Ed25519", "kty": "OKP", "x": b64url(raw(public_key))}
    return b64url(hashlib.sha256(json.dumps(members, separators=(",", ":"), sort_keys=True).encode()).digest())


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def keys_url() -> str:
    return absolute(reverse("openbadges_keys"))


def issuer_id() -> str:
    return absolute(reverse("openbadges_issuer"))


def key_id(public_key: Ed25519PublicKey) -> str:
    return f"{keys_url()}#{thumbprint(public_key)}"


def verification_keys() -> dict[str, Ed25519PublicKey]:
    """Every key whose signatures are accepted, by key id: the current one first, then the retired ones."""
    keys = [signing_key().public_key(), *(public_key_from(path) for path in settings.ACADEMY_BADGE_RETIRED_KEY_FILES)]
    return {key_id(key): key for key in keys}


def key_set() -> dict:
    """The JWK Set published at ``keys_url``."""
    return {
        "keys": [
            {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw(key)), "kid": kid, "use": "sig", "alg": ALGORITHM}
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


def credential_of(certificate: Certificate) -> dict:
    """The OpenBadgeCredential of a certificate, in the certificate's language."""
    edition = certificate.edition
    with translation.override(certificate.language):
        title = localize(edition.title, certificate.language, edition.main_language)[0]
        theme = localize(edition.theme, certificate.language, edition.main_language)[0]
        name = _("Certificate of Participation: %(edition)s") % {"edition": title}
        criteria = _(
            "Took part in at least %(threshold)s%% of the sessions the participant was expected at "
            "(plenaries, elective course, study visit)."
        ) % {"threshold": edition.attendance_threshold_percent}
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": verification_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer(),
        "validFrom": certificate.issued_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "name": name,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": certificate.name},
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": certificate.code,
                    "identityHash": "sha256$"
                    + hashlib.sha256((certificate.user.email.lower() + certificate.code).encode()).hexdigest(),
                },
            ],
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
                "inLanguage": certificate.language,
            },
        },
    }


def signed(certificate: Certificate) -> str:
    """The credential as a compact JWS (VC-JWT)."""
    key = signing_key()
    credential = credential_of(certificate)
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "nbf": int(certificate.issued_at.timestamp()),
    }
    return jwt.encode(claims, key, algorithm=ALGORITHM, headers={"kid": key_id(key.public_key()), "typ": "JWT"})


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
        claims = jwt.decode(
            token, key, algorithms=[ALGORITHM], issuer=issuer_id(), options={"require": ["iss", "jti", "nbf"]}
        )
    except jwt.PyJWTError:
        return not_valid
    certificate = look_up(code_in(str(claims["jti"])))
    if certificate is None:
        return not_valid
    if certificate.revoked_at:
        return Verdict(False, _("This credential was revoked."), certificate=certificate)
    return Verdict(True, _("This credential is valid."), certificate=certificate)
