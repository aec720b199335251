from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "academy.people"
    verbose_name = _("People")

    def ready(self) -> None:
        from academy.people import backends  # noqa: F401 (every process that saves an account changes its version)
