from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "academy.learning"
    verbose_name = _("Distance learning")

    def ready(self):
        from academy.common import freshness
        from academy.editions.topics import EDITION_PAGE
        from academy.learning.models import Course

        # The edition page links to the course and says whether it is required for the certificate.
        freshness.depends(EDITION_PAGE, Course, scope=lambda course: course.edition_id)
