from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "academy.programme"
    verbose_name = _("Programme")

    def ready(self):
        from academy.programme import topics  # noqa: F401  (connects what keeps the cached programme fresh)
