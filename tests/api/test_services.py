"""Personal tokens: made for organisers only, shown once, stored as a SHA-256 digest, revoked for good, each use
recorded."""

import hashlib

import pytest
from django.core.exceptions import ValidationError

from academy.api import services
from academy.api.models import ApiToken
from academy.audit.models import ActionLog
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_token_is_stored_only_as_its_sha256_digest(world):
    token, secret = services.create_token(user=world["organiser"], name="  Monitoring   sheet ")
    stored = ApiToken.objects.get(pk=token.pk)
    assert secret.startswith("sse_")
    assert len(secret) > 40
    assert stored.digest == hashlib.sha256(secret.encode()).hexdigest()
    assert stored.prefix == secret[:10]
    assert stored.name == "Monitoring sheet"
    assert secret not in str(ApiToken.objects.filter(pk=token.pk).values().get())
    assert ActionLog.objects.filter(action="api.token_created", object_id=str(token.pk)).count() == 1


def test_two_tokens_are_never_the_same(world):
    secrets = {services.create_token(user=world["organiser"], name=f"t{n}")[1] for n in range(5)}
    assert len(secrets) == 5


def test_only_organisers_may_hold_tokens(world):
    with pytest.raises(ValidationError):
        services.create_token(user=UserFactory(), name="Mine")
    assert ApiToken.objects.count() == 0


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_a_token_needs_a_sensible_name(world, name):
    with pytest.raises(ValidationError):
        services.create_token(user=world["organiser"], name=name)
    assert ApiToken.objects.count() == 0


def test_an_organiser_holds_a_limited_number_of_active_tokens(world, settings):
    settings.ACADEMY_API_TOKENS_PER_PERSON = 2
    first, _ = services.create_token(user=world["organiser"], name="one")
    services.create_token(user=world["organiser"], name="two")
    with pytest.raises(ValidationError):
        services.create_token(user=world["organiser"], name="three")
    services.revoke_token(token=first, by=world["organiser"])
    services.create_token(user=world["organiser"], name="three")
    assert ApiToken.objects.filter(revoked_at__isnull=True).count() == 2


def test_a_revoked_token_opens_nothing_and_revoking_twice_changes_nothing(world):
    token, secret = services.create_token(user=world["organiser"], name="Monitoring")
    assert services.authenticate(secret=secret, path="/", address="1.2.3.4") == token
    services.revoke_token(token=token, by=world["organiser"])
    revoked_at = ApiToken.objects.get().revoked_at
    services.revoke_token(token=token, by=world["organiser"])
    assert ApiToken.objects.get().revoked_at == revoked_at
    assert ActionLog.objects.filter(action="api.token_revoked").count() == 1
    assert services.authenticate(secret=secret, path="/", address="1.2.3.4") is None


def test_only_the_owner_revokes_a_token(world):
    token, secret = services.create_token(user=world["organiser"], name="Monitoring")
    with pytest.raises(ValidationError):
        services.revoke_token(token=token, by=world["stranger"])
    assert services.authenticate(secret=secret, path="/", address="") == token


def test_each_use_is_recorded_with_its_time_address_and_path(world):
    _token, secret = services.create_token(user=world["organiser"], name="Monitoring")
    services.authenticate(secret=secret, path="/api/v1/organisers/editions", address="192.0.2.7")
    assert ApiToken.objects.get().last_used_at is not None
    used = ActionLog.objects.get(action="api.token_used")
    assert used.actor == world["organiser"]
    assert used.data == {"path": "/api/v1/organisers/editions", "address": "192.0.2.7"}


@pytest.mark.parametrize("typed", ["", "sse_", "sse_wrong", "not-a-token", "sse_" + "a" * 200])
def test_anything_but_a_token_s_secret_opens_nothing(world, typed):
    services.create_token(user=world["organiser"], name="Monitoring")
    assert services.authenticate(secret=typed, path="/", address="") is None
    assert not ActionLog.objects.filter(action="api.token_used").exists()


def test_the_token_of_someone_deactivated_opens_nothing(world):
    _token, secret = services.create_token(user=world["organiser"], name="Monitoring")
    world["organiser"].is_active = False
    world["organiser"].save()
    assert services.authenticate(secret=secret, path="/", address="") is None


def test_a_token_reads_the_editions_its_owner_organises_now(world):
    assert [edition.number for edition in services.organised_editions(world["organiser"])] == [13, 15]
    assert [edition.number for edition in services.organised_editions(world["stranger"])] == [14]
