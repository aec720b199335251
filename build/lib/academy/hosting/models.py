"""A constituent's proposal to host an edition: the Academy is demand-driven."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from academy.editions.models import Edition, Modality


class ConstituentKind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry or national government")
    LOCAL = "local", _("City or regional government")
    SSE_BODY = "sse_body", _("SSE body or network")
    WORKERS = "workers", _("Workers' organisation")
    EMPLOYERS = "employers", _("Employers' organisation")
    OTHER = "other", _("Other")


class RequestStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    DISCUSSION = "discussion", _("Under discussion")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class HostingRequest(models.Model):
    organisation = models.CharField(_("organisation"), max_length=300)
    kind = models.CharField(_("kind of organisation"), max_length=16, choices=ConstituentKind.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120)
    proposed_start = models.DateField(_("first day proposed"))
    proposed_end = models.DateField(_("last day proposed"))
    modality = models.CharField(_("modality"), max_length=16, choices=Modality.choices, default=Modality.IN_PERSON)
    themes = models.TextField(_("theme ideas"))
    co_financing = models.TextField(
        _("co-financing offered"), blank=True, help_text=_("What you would fund or provide: venue, travel, amounts.")
    )
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="hosting_requests"
    )
    submitted_at = models.DateTimeField(_("submitted"))
    status = models.CharField(
        _("status"), max_length=16, choices=RequestStatus.choices, default=RequestStatus.SUBMITTED
    )
    notes = models.TextField(_("notes for the proposer"), blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    edition = models.OneToOneField(
        Edition, null=True, blank=True, on_delete=models.SET_NULL, related_name="hosting_request",
        verbose_name=_("draft edition"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("hosting request")
        verbose_name_plural = _("hosting requests")
        ordering = ["-submitted_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(proposed_end__gte=models.F("proposed_start")),
                name="hosting_dates_ordered",
                violation_error_message=_("The last day cannot be before the first day."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.country.name})"

    def get_absolute_url(self) -> str:
        return reverse("hosting:request", args=[self.pk])

    @property
    def is_accepted(self) -> bool:
        return self.status == RequestStatus.ACCEPTED
