"""What came of an edition: a cooperation project, a policy, a network, an enterprise founded."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from academy.brain.models.knowledge import Tagged


class FollowUpKind(models.TextChoices):
    PROJECT = "project", _("Development cooperation project")
    POLICY = "policy", _("Policy or law")
    NETWORK = "network", _("New network")
    ENTERPRISE = "enterprise", _("Cooperative or SSE enterprise founded")
    OTHER = "other", _("Other")


class FollowUp(Tagged):
    """One thing an edition led to, recorded by an organiser or an alumnus, public in the Collective Brain."""

    edition = models.ForeignKey(
        "editions.Edition", on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("edition")
    )
    kind = models.CharField(_("what it is"), max_length=16, choices=FollowUpKind.choices)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("what came of it"), help_text=_("Markdown."))
    partners = models.CharField(_("partners"), max_length=500, blank=True, help_text=_("Who carries it, with whom."))
    started_on = models.DateField(_("started"))
    ended_on = models.DateField(_("ended"), null=True, blank=True, help_text=_("Leave empty while it goes on."))
    link = models.URLField(_("link"), max_length=500, blank=True)
    people = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="follow_ups", verbose_name=_("people involved")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("recorded by")
    )

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["-started_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ended_on__isnull=True) | models.Q(ended_on__gte=models.F("started_on")),
                name="brain_follow_up_ends_after_start",
                violation_error_message=_("It cannot end before it started."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("brain:follow_up", args=[self.pk])
