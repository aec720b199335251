"""The documented backup, restored into an empty database and uploads folder, gives a working site."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.db import connection

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump and pg_restore need PostgreSQL")

ROOT = Path(__file__).resolve().parent.parent
ACADEMY = str(Path(sys.executable).parent / "academy")

CHECK = """
from django_scopes import scopes_disabled
from academy.applications.models import Application
from academy.brain.models import Visibility
from academy.brain.search.engine import search
from academy.certificates import credentials
from academy.certificates.models import Certificate
with scopes_disabled():
    for name in ({token!r}, {legacy!r}):  # signed with RS256, and with Ed25519 before RS256
        verdict = credentials.verify(open(name).read())
        assert verdict.valid, verdict.message
    assert Certificate.objects.filter(revoked_at=None).count() == {certificates}
    assert search("cooperativas", clearance=Visibility.EVERYONE).total > 0
    cv = Application.objects.exclude(cv="").first().cv
    assert cv.open("rb").read(5) == b"%PDF-"
print("restored site works")
"""

SIGN = """
import jwt
from cryptography.hazmat.primitives import serialization
from django.conf import settings
from django_scopes import scopes_disabled
from academy.certificates import credentials
from academy.certificates.models import Certificate
with scopes_disabled():
    certificate = Certificate.objects.filter(revoked_at=None).order_by("pk").first()
    open({token!r}, "w").write(credentials.signed(certificate))
    legacy = serialization.load_pem_private_key(settings.ACADEMY_BADGE_SIGNING_KEY_FILE.read_bytes(), None)
    claims = jwt.decode(credentials.signed(certificate), options={{"verify_signature": False}})
    kid = credentials.key_id(legacy.public_key())
    open({legacy_token!r}, "w").write(jwt.encode(claims, legacy, algorithm="EdDSA", headers={{"kid": kid}}))
    print(Certificate.objects.filter(revoked_at=None).count())
"""


@pytest.fixture
def scratch_databases():
    """Two empty databases on the test server, dropped afterwards: the site backed up, and the one restored."""
    settings = connection.settings_dict
    server = {"host": settings["HOST"], "port": settings["PORT"] or 5432, "user": settings["USER"]}
    if settings["PASSWORD"]:
        server["password"] = settings["PASSWORD"]
    names = [f"academy_backup_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("site", "restored")]
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    auth = f":{server['password']}" if "password" in server else ""
    yield [f"postgres://{server['user']}{auth}@{server['host']}:{server['port']}/{name}" for name in names]
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(command: list[str], environment: dict) -> str:
    done = subprocess.run(command, env=environment, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def site(database_url: str, data_dir: Path) -> dict:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("ACADEMY_", "DJANGO_"))}
    return {
        **environment,
        "DJANGO_SETTINGS_MODULE": "academy.settings",
        "ACADEMY_DEBUG": "true",  # the demo, which fills the site, runs only in development
        "ACADEMY_TASKS_BACKEND": "immediate",
        "DATABASE_URL": database_url,
        "ACADEMY_DATA_DIR": str(data_dir),
        "ACADEMY_MEDIA_ROOT": str(data_dir / "media"),
        "ACADEMY_BADGE_RSA_KEY_FILE": str(data_dir / "keys" / "rsa-key.pem"),
        "ACADEMY_BADGE_SIGNING_KEY_FILE": str(data_dir / "keys" / "signing-key.pem"),
        "ACADEMY_COMMAND": ACADEMY,
    }


def test_a_restored_backup_verifies_its_certificates_finds_its_content_and_keeps_its_uploads(
    scratch_databases, tmp_path
):
    original, restored = scratch_databases
    before = site(original, tmp_path / "site")
    run([ACADEMY, "migrate", "--no-input", "-v", "0"], before)
    run([ACADEMY, "demo"], before)
    token = tmp_path / "credential.jwt"  # an Open Badge downloaded before the backup
    legacy = tmp_path / "legacy.jwt"  # and one signed with the Ed25519 key the platform used before RS256
    ed25519 = Path(before["ACADEMY_BADGE_SIGNING_KEY_FILE"])
    ed25519.parent.mkdir(parents=True)
    ed25519.write_bytes(
        Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    sign = SIGN.format(token=str(token), legacy_token=str(legacy))
    certificates = int(run([ACADEMY, "shell", "-v", "0", "-c", sign], before).strip())
    assert certificates > 0
    run(["scripts/backup.sh", str(tmp_path / "backup")], before)

    after = site(restored, tmp_path / "restored")
    assert not Path(after["ACADEMY_BADGE_RSA_KEY_FILE"]).exists()
    assert not Path(after["ACADEMY_BADGE_SIGNING_KEY_FILE"]).exists()
    run(["scripts/restore.sh", str(tmp_path / "backup")], after)
    check = CHECK.format(token=str(token), legacy=str(legacy), certificates=certificates)
    assert run([ACADEMY, "shell", "-v", "0", "-c", check], after).strip() == "restored site works"
