from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Email(models.Model):
    """One e-mail leaving the platform, stored before it is sent (in the transaction that caused it) and kept with
    what happened to it: sent, waiting for another try, or failed with the reason."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting to be sent")
        SENDING = "sending", _("being sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    key = models.CharField(
        _("idempotency key"),
        max_length=200,
        unique=True,
        help_text=_("What makes this e-mail unique: the same key is never stored, hence never sent, twice."),
    )
    edition = models.ForeignKey(
        "editions.Edition",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("edition"),
    )
    from_email = models.CharField(_("from"), max_length=300)
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(_("copy to"), default=list, blank=True)
    bcc = models.JSONField(_("blind copy to"), default=list, blank=True)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.TextField(_("subject"))
    body = models.TextField(_("text"))
    alternatives = models.JSONField(_("other versions"), default=list, blank=True)
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    lease_until = models.DateTimeField(_("being sent until"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]

    def __str__(self) -> str:
        return f"{', '.join(self.to)}: {self.subject}"


class Attachment(models.Model):
    """A file sent with an e-mail (a certificate and its badge), kept until the e-mail is sent."""

    email = models.ForeignKey(Email, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("e-mail"))
    filename = models.CharField(_("file name"), max_length=255)
    mimetype = models.CharField(_("type"), max_length=100)
    content = models.BinaryField(_("content"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename
