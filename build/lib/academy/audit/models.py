from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ActionLog(models.Model):
    """Who did what, when and why: the record every decision that matters leaves behind."""

    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    edition = models.ForeignKey(
        "editions.Edition",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="action_logs",
        verbose_name=_("edition"),
    )
    action = models.CharField(_("action"), max_length=100)
    object_type = models.CharField(_("object type"), max_length=100)
    object_id = models.CharField(_("object"), max_length=64)
    reason = models.TextField(_("why"), blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit record")
        verbose_name_plural = _("audit records")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"
