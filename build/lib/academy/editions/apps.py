from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditionsConfig(AppConfig):
    name = "academy.editions"
    verbose_name = _("Editions")

    def ready(self):
        from academy.editions import page  # noqa: F401  (connects what keeps the cached edition page fresh)
