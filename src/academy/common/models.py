from django.db import models


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
