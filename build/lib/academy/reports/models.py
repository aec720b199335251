from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class ReportBuild(models.Model):
    """One edition report for partners and funders, made as a PDF by a background task, in one language."""

    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="report_builds")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to="reports/", blank=True)
    failed = models.TextField(blank=True)

    objects = ScopedManager(edition="edition")

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.edition} {self.language} {self.started_at:%Y-%m-%d %H:%M}"
