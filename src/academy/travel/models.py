"""Coming in person: visa invitation letters (what an embassy needs, the organisers' decision, the letter issued)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from django_scopes import ScopedManager

from academy.editions.models import Edition


class LetterStatus(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    APPROVED = "approved", _("Approved")
    REFUSED = "refused", _("Refused")


class VisaLetter(models.Model):
    """A participant's request for a visa invitation letter and, once approved, the letter as issued.

    The passport data (nationality, number, expiry, date of birth, consulate) is kept only until
    ``ACADEMY_PASSPORT_DATA_DAYS`` after the edition ends (`services.erase_passport_data`); the name, the dates
    and the code stay, so an embassy can still check the letter. What was printed (the signatory, the costs
    covered) is stored at approval, so later changes to the edition or the scholarship do not alter a letter
    already in an embassy's file.
    """

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="visa_letters", verbose_name=_("edition")
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="visa_letters", verbose_name=_("participant")
    )
    full_name = models.CharField(_("full name as in the passport"), max_length=200)
    nationality = CountryField(_("nationality"), blank=True)
    passport_number = models.CharField(_("passport number"), max_length=40, blank=True)
    passport_expiry = models.DateField(_("passport valid until"), null=True, blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    consulate = models.CharField(_("consulate or embassy"), max_length=200, blank=True)
    language = models.CharField(_("language of the letter"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=16, choices=LetterStatus.choices, default=LetterStatus.REQUESTED, db_index=True
    )
    requested_at = models.DateTimeField(_("requested at"))
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    refusal_reason = models.TextField(_("reason for refusing"), blank=True)
    code = models.CharField(_("verification code"), max_length=12, unique=True, null=True, blank=True)
    signatory = models.JSONField(_("signatory as printed"), default=dict, blank=True)
    costs = models.JSONField(_("costs covered as printed"), default=dict, blank=True)
    passport_data_erased_at = models.DateTimeField(_("passport data erased at"), null=True, blank=True)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("visa invitation letter")
        verbose_name_plural = _("visa invitation letters")
        ordering = ["edition", "full_name"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "person"], name="visa_letter_one_per_person_per_edition"),
            models.CheckConstraint(
                condition=~models.Q(status="approved") | models.Q(code__isnull=False),
                name="visa_letter_approved_has_code",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} · {self.edition_id}"

    @property
    def is_approved(self) -> bool:
        return self.status == LetterStatus.APPROVED

    @property
    def is_waiting(self) -> bool:
        """Asked for, not decided yet."""
        return self.status == LetterStatus.REQUESTED

    @property
    def is_refused(self) -> bool:
        return self.status == LetterStatus.REFUSED

    @property
    def passport_data_erased(self) -> bool:
        return self.passport_data_erased_at is not None
