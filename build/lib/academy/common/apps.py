from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "academy.common"
    verbose_name = _("Common")

    def ready(self):
        from academy.common import checks  # noqa: F401  (registers the system checks)
