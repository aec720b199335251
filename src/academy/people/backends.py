from django.contrib.auth.backends import ModelBackend


class PasswordBackend(ModelBackend):
    """Django's password check, granting nothing: every permission is decided by the apps' rules.py, and Django's
    permission tables, always empty here, are not read on every page that asks a permission (two queries each)."""

    def get_user_permissions(self, user_obj, obj=None) -> set:
        return set()

    def get_group_permissions(self, user_obj, obj=None) -> set:
        return set()
