from pathlib import Path

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def signing_key_is_made(app_configs, **kwargs):
    """In production the Open Badges key must exist before the first certificate: made on first use, it would
    exist on that machine only, and badges signed by one server would not verify on another."""
    path = Path(settings.ACADEMY_BADGE_RSA_KEY_FILE)
    if path.is_file():
        return []
    return [
        Warning(
            f"The Open Badges signing key {path} does not exist: the first certificate signed would make one "
            "on this machine only.",
            hint="Make it once (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out FILE), keep it with "
            "the backups and give every server the same file in ACADEMY_BADGE_RSA_KEY_FILE.",
            id="academy.W002",
        )
    ]
