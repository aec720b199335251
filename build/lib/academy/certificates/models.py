from datetime import date

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from i18nfield.fields import I18nCharField

from academy.common.models import Resumable
from academy.editions.models import Edition


class Signatory(models.Model):
    """Someone whose name and position are printed at the foot of an edition's certificates."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="signatories", verbose_name=_("edition")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=200)
    position = I18nCharField(_("position"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name


class StatusList(models.Model):
    """One W3C Bitstring Status List of the Open Badges: each certificate gets a position in one, and its bit is set
    once the certificate is revoked. Published, signed, at ``/openbadges/status/<number>`` (`credentials.status_list`).

    The bits are not stored: they are the revoked certificates' positions, read when the list is published.
    ``changed_at`` moves with every revocation, so the published list's date and ETag change with it."""

    SIZE = 131072  # bits: the specification's minimum (16 KB), so that a position says little about its holder
    # Positions are drawn at random (the specification's advice: the order of issue stays private); a list takes
    # new certificates until half its positions are taken, so that a free one is found in two draws on average.
    FULL = SIZE // 2

    number = models.PositiveIntegerField(_("number"), unique=True)
    allocated = models.PositiveIntegerField(_("positions taken"), default=0)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("status list")
        verbose_name_plural = _("status lists")
        ordering = ["number"]

    def __str__(self) -> str:
        return str(self.number)


class Certificate(models.Model):
    """A certificate of participation as issued: what was printed stays as it was, a correction is a new one.

    ``signatories`` keeps the names and positions printed (in the certificate's language), so a later
    change to the edition's signatories does not alter certificates already in people's hands.
    """

    edition = models.ForeignKey(
        Edition, on_delete=models.PROTECT, related_name="certificates", verbose_name=_("edition")
    )
    # Empty once the participant deleted their account: the certificate stays verifiable as printed.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
        verbose_name=_("participant"),
    )
    code = models.CharField(_("verification code"), max_length=12, unique=True)
    name = models.CharField(_("name as printed"), max_length=200)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    signatories = models.JSONField(_("signatories as printed"), default=list)
    issued_at = models.DateTimeField(_("issued at"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("issued by")
    )
    emailed_at = models.DateTimeField(_("sent by e-mail at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revoking"), blank=True)
    replaced_by = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name=_("replaced by"),
    )
    # The certificate's bit in a published revocation list (`StatusList`).
    status_list = models.ForeignKey(
        StatusList,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("status list"),
    )
    status_index = models.PositiveIntegerField(_("position in the status list"), null=True, blank=True)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["edition", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "user"], condition=models.Q(revoked_at=None), name="one_valid_certificate_per_person"
            ),
            models.CheckConstraint(
                condition=models.Q(revoked_at=None) | ~models.Q(revocation_reason=""),
                name="certificate_revoked_with_a_reason",
            ),
            models.UniqueConstraint(fields=["status_list", "status_index"], name="one_certificate_per_status_bit"),
        ]

    def __str__(self) -> str:
        return f"{self.code}: {self.name}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None

    @property
    def issued_on(self) -> date:
        """The date printed as the issue date everywhere (PDF, verification page, the holder's and the organisers'
        pages): the day it was where the edition is held, whoever reads it from wherever."""
        return self.issued_at.astimezone(self.edition.zone).date()

    @property
    def revoked_on(self) -> date | None:
        """The revocation's date by the same rule as `issued_on`."""
        return self.revoked_at.astimezone(self.edition.zone).date() if self.revoked_at else None


class IssueRun(Resumable):
    """Issuing every qualifying participant's certificate in the background, with its progress; a new worker finishes
    a run whose worker died (`common.resumable`)."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="certificate_runs", verbose_name=_("edition")
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("started by")
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    total = models.PositiveIntegerField(_("certificates to issue"), null=True, blank=True)
    done = models.PositiveIntegerField(_("certificates issued"), default=0)

    objects = ScopedManager(edition="edition")

    class Meta(Resumable.Meta):
        verbose_name = _("issuing of certificates")
        verbose_name_plural = _("issuings of certificates")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.edition}: {self.started_at:%Y-%m-%d %H:%M}"
