from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "academy.certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from academy.certificates import checks  # noqa: F401  (registers the deployment check of the signing key)
