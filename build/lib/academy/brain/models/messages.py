from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

MESSAGE_MAX_LENGTH = 5000


class Message(models.Model):
    """A message between alumni: kept here, and sent to the recipient by e-mail without either address."""

    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sent_messages")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="received_messages")
    body = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    sent_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"{self.sender} → {self.recipient} ({self.sent_at:%Y-%m-%d})"


class Block(models.Model):
    """Someone who may no longer write to the person who blocked them, nor be written to by them."""

    blocker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks")
    blocked = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["blocker", "blocked"], name="brain_block_once")]

    def __str__(self) -> str:
        return f"{self.blocker} blocked {self.blocked}"


class Flag(models.Model):
    """A person, a message, a discussion or a reply reported to the organisers ("Report" on the pages), with why;
    closed once someone looked at it."""

    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_made")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_about", verbose_name=_("person")
    )
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("message"))
    thread = models.ForeignKey(
        "brain.Thread", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("discussion")
    )
    reply = models.ForeignKey("brain.Reply", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("reply"))
    reason = models.TextField(_("why"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.reporter} reported {self.person}"
