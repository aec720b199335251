from django.conf import settings
from django.db import models


class Suggestion(models.Model):
    """A peer suggested to an alumnus, with the reasons as `brain.introductions.Reason` data.

    Refreshed by a task; a dismissed suggestion stays, so that the peer is not suggested again."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="suggestions")
    peer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField()
    reasons = models.JSONField(default=list)
    created_at = models.DateTimeField()
    dismissed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-score", "peer_id"]
        constraints = [models.UniqueConstraint(fields=["person", "peer"], name="brain_suggestion_once")]

    def __str__(self) -> str:
        return f"{self.peer} for {self.person}"
