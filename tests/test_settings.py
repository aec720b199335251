"""The production profile: `academy check --deploy` passes and the security settings hold."""

import json
import os
import subprocess
import sys

import pytest

PRODUCTION_ENV = {
    "ACADEMY_DEBUG": "false",
    "ACADEMY_SECRET_KEY": "k" * 20 + "-production-like-secret-with-enough-entropy-0123456789",
    "ACADEMY_ALLOWED_HOSTS": "academy.example.org",
    "ACADEMY_SITE_URL": "https://academy.example.org",
}


def run_academy(*args: str, env: dict[str, str], tmp_path) -> subprocess.CompletedProcess:
    # A fresh process as in production: none of the test run's own settings leak in.
    inherited = {"DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ACADEMY_") and k not in inherited}
    environment |= {"DJANGO_SETTINGS_MODULE": "academy.settings", "ACADEMY_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}
    environment |= env
    return subprocess.run(
        [sys.executable, "-m", "academy", *args], env=environment, capture_output=True, text=True, check=False
    )


def signing_key(tmp_path) -> dict[str, str]:
    """The Open Badges key made once, as deployment.md does before the first release."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = tmp_path / "badge-key.pem"
    key.write_bytes(
        rsa.generate_private_key(public_exponent=65537, key_size=3072).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return {"ACADEMY_BADGE_RSA_KEY_FILE": str(key)}


def test_check_deploy_passes_with_production_settings(tmp_path):
    env = PRODUCTION_ENV | signing_key(tmp_path)
    result = run_academy("check", "--deploy", "--fail-level", "WARNING", env=env, tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_when_the_signing_key_would_be_made_on_one_server_only(tmp_path):
    missing = tmp_path / "keys" / "badge-key.pem"
    env = PRODUCTION_ENV | {"ACADEMY_BADGE_RSA_KEY_FILE": str(missing)}
    result = run_academy("check", "--deploy", "--fail-level", "WARNING", env=env, tmp_path=tmp_path)
    assert result.returncode != 0
    assert f"(academy.W002) The Open Badges signing key {missing} does not exist" in result.stderr
    assert not missing.exists()  # checking makes nothing


def test_production_cookies_are_secure_and_https_enforced(tmp_path):
    script = (
        "import json; from django.conf import settings as s; print(json.dumps([s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS > 0, s.DEBUG]))"
    )
    result = run_academy("shell", "--no-imports", "-c", script, env=PRODUCTION_ENV, tmp_path=tmp_path)
    assert json.loads(result.stdout) == [True, True, True, True, False]


def test_production_without_secret_key_refuses_to_start(tmp_path):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "ACADEMY_SECRET_KEY"}
    result = run_academy("check", env=env, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "ACADEMY_SECRET_KEY must be set" in result.stderr


def test_development_secret_is_generated_once_and_kept(tmp_path):
    script = "from django.conf import settings; print(settings.SECRET_KEY)"
    first = run_academy("shell", "--no-imports", "-c", script, env={"ACADEMY_DEBUG": "true"}, tmp_path=tmp_path)
    second = run_academy("shell", "--no-imports", "-c", script, env={"ACADEMY_DEBUG": "true"}, tmp_path=tmp_path)
    assert first.stdout == second.stdout
    assert len(first.stdout.strip()) >= 50
    assert (tmp_path / "secret_key").read_text().strip() == first.stdout.strip()


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy_without_third_parties(client):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "http" not in policy


def test_bad_boolean_setting_is_a_clear_error(tmp_path):
    result = run_academy("check", env={"ACADEMY_DEBUG": "maybe"}, tmp_path=tmp_path)
    assert result.returncode != 0
    assert "ACADEMY_DEBUG must be true or false" in result.stderr


@pytest.mark.django_db
def test_applicants_documents_are_not_served_as_plain_media(client):
    assert client.get("/media/applications/1/1/cv.pdf").status_code == 404


@pytest.mark.parametrize("secure", [True, False])
def test_cookies_are_secure_only_when_academy_secure_is_true(tmp_path, secure):
    script = (
        "import json; from django.conf import settings as s; print(json.dumps([s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE]))"
    )
    env = PRODUCTION_ENV | {"ACADEMY_SECURE": str(secure).lower()}
    result = run_academy("shell", "--no-imports", "-c", script, env=env, tmp_path=tmp_path)
    assert json.loads(result.stdout) == [secure, secure, secure], result.stderr
