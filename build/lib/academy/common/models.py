from django.db import models
from django.utils.translation import gettext_lazy as _


class RateLimitCount(models.Model):
    """How many requests one client address made in one window of one limit (``common.ratelimit``)."""

    scope = models.CharField(max_length=50)
    address = models.CharField(max_length=100)
    window_start = models.DateTimeField()
    expires_at = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "address", "window_start"], name="ratelimit_one_count_per_window")
        ]

    def __str__(self):
        return f"{self.scope} {self.address} {self.window_start:%Y-%m-%d %H:%M}: {self.count}"


class Resumable(models.Model):
    """Fields of background work that another worker finishes when the one doing it dies (`common.resumable`).

    The model also has ``started_at`` and ``finished_at``."""

    queued_at = models.DateTimeField(_("queued again at"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("last sign of its worker"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("workers that took it"), default=0)

    class Meta:
        abstract = True
