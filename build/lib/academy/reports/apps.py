from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "academy.reports"
    verbose_name = _("Reports")

    def ready(self):
        from academy.reports import services  # noqa: F401  (connects what keeps the figures fresh)
