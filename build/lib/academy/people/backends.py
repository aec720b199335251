from allauth.account import auth_backends as allauth
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from academy.common import freshness

# A person's account row, as every logged-in request reads it (`KeptAccount`). Scope: the person's pk.
ACCOUNT = "account"
freshness.depends(ACCOUNT, get_user_model(), scope=lambda user: user.pk)


class KeptAccount:
    """The logged-in person's row from the cache, kept under their account's version, instead of a query on every
    request: with the session, it is read in the request's one round trip to the cache (`common.cache`). Every
    save or deletion of the account changes the version, on every app server; nothing writes accounts in bulk."""

    def get_user(self, user_id):
        return freshness.cached("account", [(ACCOUNT, user_id)], lambda: super(KeptAccount, self).get_user(user_id))


class PasswordBackend(KeptAccount, ModelBackend):
    """Django's password check, granting nothing: every permission is decided by the apps' rules.py, and Django's
    permission tables, always empty here, are not read on every page that asks a permission (two queries each)."""

    def get_user_permissions(self, user_obj, obj=None) -> set:
        return set()

    def get_group_permissions(self, user_obj, obj=None) -> set:
        return set()


class AuthenticationBackend(KeptAccount, allauth.AuthenticationBackend):
    """allauth's (logging in by e-mail), with the account kept."""
