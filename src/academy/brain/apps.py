from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrainConfig(AppConfig):
    name = "academy.brain"
    verbose_name = _("SSE Collective Brain")

    def ready(self) -> None:
        from academy.brain import latest, receivers  # noqa: F401 (connect the receivers, and what keeps lists fresh)
