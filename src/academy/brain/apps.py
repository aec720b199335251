from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrainConfig(AppConfig):
    name = "academy.brain"
    verbose_name = _("SSE Collective Brain")

    def ready(self) -> None:
        from academy.brain import receivers  # noqa: F401 (connects the receivers)
        from academy.brain.models import FollowUp
        from academy.common import freshness
        from academy.editions.topics import EDITION_PAGE

        freshness.depends(EDITION_PAGE, FollowUp, scope=lambda item: item.edition_id)  # "What came of it"
