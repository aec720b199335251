"""Messages from the organisers to a chosen group of people (a segment), each in their own language."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class Kind(models.TextChoices):
    ESSENTIAL = "essential", _("Essential: decisions, offers, deadlines, practical information (always sent)")
    ANNOUNCEMENT = "announcement", _("Announcement (not sent to those who unsubscribed from announcements)")


class MessageStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("scheduled")
    SENDING = "sending", _("being queued")
    SENT = "sent", _("sent")
    CANCELLED = "cancelled", _("cancelled")


class Message(models.Model):
    """A message to everyone its filters select at the time it is sent, written in one or more languages.

    The filters are kept as written (JSON, see `segments.Filters`); the people are chosen when it is sent, so that a
    message scheduled for later reaches whoever matches then."""

    edition = models.ForeignKey(
        "editions.Edition",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="cohort_messages",
        verbose_name=_("edition"),
        help_text=_("None for a message from platform staff to the alumni of every edition."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.ESSENTIAL)
    filters = models.JSONField(_("who it is for"), default=dict)
    subject = models.JSONField(_("subject"), default=dict, help_text=_("By language code."))
    body = models.JSONField(_("text"), default=dict, help_text=_("By language code."))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    send_at = models.DateTimeField(_("send at"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=16, choices=MessageStatus.choices, default=MessageStatus.SCHEDULED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("written by")
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("message to the cohort")
        verbose_name_plural = _("messages to the cohort")
        ordering = ["-send_at", "-pk"]
        indexes = [models.Index(fields=["status", "send_at"], name="messaging_due")]

    def __str__(self) -> str:
        return next(iter(self.subject.values()), "")

    @property
    def is_announcement(self) -> bool:
        return self.kind == Kind.ANNOUNCEMENT

    @property
    def can_be_cancelled(self) -> bool:
        return self.status == MessageStatus.SCHEDULED

    @property
    def is_sent(self) -> bool:
        return self.status == MessageStatus.SENT


class Recipient(models.Model):
    """One person a message was sent to: the language they got it in and its e-mail in the outbox (whose status
    says whether it left)."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="recipients")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_messages", verbose_name=_("person")
    )
    language = models.CharField(_("language"), max_length=8)
    email = models.OneToOneField(
        "outbox.Email", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("e-mail")
    )

    objects = ScopedManager(edition="message__edition")

    class Meta:
        verbose_name = _("recipient")
        verbose_name_plural = _("recipients")
        constraints = [models.UniqueConstraint(fields=["message", "person"], name="messaging_recipient_once")]
        # My Academy: a person's messages, newest first, in one index range.
        indexes = [models.Index(fields=["person", "message"], name="messaging_person_messages")]

    def __str__(self) -> str:
        return f"{self.person} · {self.message_id}"


class Unsubscription(models.Model):
    """A person who asked for no more announcements (essential messages of their editions still reach them)."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="unsubscription", verbose_name=_("person")
    )
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        verbose_name = _("unsubscription from announcements")
        verbose_name_plural = _("unsubscriptions from announcements")

    def __str__(self) -> str:
        return str(self.person)
