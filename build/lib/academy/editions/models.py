import zoneinfo
from datetime import date, datetime, time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from django_scopes import ScopedManager
from i18nfield.fields import I18nCharField, I18nTextField

from academy.people.models import known_time_zones, validate_language_codes, validate_time_zone

# Four digits: the URLs take no more, and the Academy will not run out of them.
MAX_EDITION_NUMBER = 9999
# Editions take place in this range; dates outside it are typing mistakes.
FIRST_POSSIBLE_DAY, LAST_POSSIBLE_DAY = date(2000, 1, 1), date(2200, 12, 31)


class Modality(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ANNOUNCED = "announced", _("Announced")
    APPLICATIONS_OPEN = "applications_open", _("Applications open")
    SELECTION = "selection", _("Selection")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")


class Organisation(models.Model):
    """A partner organisation: organiser, host or co-financing partner of editions, or a committee member's."""

    name = I18nCharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=32, unique=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="organisations/", blank=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["acronym"]

    def __str__(self) -> str:
        return self.acronym


class AttendanceRule(models.TextChoices):
    MINUTES = "minutes", _("Every minute attended counts")
    SESSIONS = "sessions", _("A session counts in full when enough of it was attended")


class Edition(models.Model):
    number = models.PositiveSmallIntegerField(
        _("edition number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(MAX_EDITION_NUMBER)]
    )
    title = I18nCharField(_("title"), max_length=300)
    theme = I18nCharField(_("theme"), max_length=400, blank=True)
    summary = I18nTextField(_("introduction"), blank=True)
    background = I18nTextField(_("background"), blank=True)
    audience = I18nTextField(_("who attends"), blank=True)
    why_join = I18nTextField(_("why join"), blank=True)
    programme_outline = I18nTextField(_("programme outline"), blank=True)
    learning_modality = I18nTextField(_("learning modality"), blank=True)
    interpretation = I18nTextField(_("languages and interpretation"), blank=True)
    costs = I18nTextField(_("costs and payment"), blank=True)
    how_to_apply = I18nTextField(_("how to apply"), blank=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    dates_approximate = models.BooleanField(
        _("dates approximate"),
        default=False,
        help_text=_("Tick when the public sources give no exact dates."),
    )
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    host_city = I18nCharField(_("host city"), max_length=120, blank=True)
    host_country = CountryField(_("host country"), blank=True)
    modality = models.CharField(_("modality"), max_length=16, choices=Modality.choices)
    main_language = models.CharField(
        _("main language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Texts not translated into a reader's language are shown in this one."),
    )
    languages = models.JSONField(
        _("languages offered"),
        default=list,
        blank=True,
        validators=[validate_language_codes],
    )
    livestream_url = models.URLField(_("livestream"), blank=True)
    applications_open_at = models.DateTimeField(_("applications open"), null=True, blank=True)
    applications_close_at = models.DateTimeField(_("applications close"), null=True, blank=True)
    daily_commitment_hours = models.DecimalField(
        _("daily commitment (hours)"),
        max_digits=3,
        decimal_places=1,
        default=3,
        validators=[MinValueValidator(0), MaxValueValidator(24)],
    )
    attendance_threshold_percent = models.PositiveSmallIntegerField(
        _("attendance required for the certificate (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    attendance_rule = models.CharField(
        _("how attendance is counted"), max_length=16, choices=AttendanceRule.choices, default=AttendanceRule.MINUTES
    )
    session_counts_at_percent = models.PositiveSmallIntegerField(
        _("share of a session that makes it count (%)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Used when a session counts in full when enough of it was attended."),
    )
    electives_to_rank = models.PositiveSmallIntegerField(
        _("electives each participant ranks per round"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    evaluation_before_certificate = models.BooleanField(
        _("evaluation before the certificate"),
        default=False,
        help_text=_(
            "Participants download their certificate once they have sent the end-of-edition evaluation (until it "
            "closes). The certificate is issued and verifiable all the same."
        ),
    )
    status = models.CharField(_("status"), max_length=24, choices=Status.choices, default=Status.DRAFT)
    is_demo = models.BooleanField(
        _("demo edition"),
        default=False,
        help_text=_("Fictional, made by the demo data: not a real Academy."),
    )
    partners = models.ManyToManyField(Organisation, through="EditionPartner", related_name="editions", blank=True)

    class Meta:
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="edition_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(applications_close_at__isnull=True)
                | models.Q(applications_open_at__isnull=True)
                | models.Q(applications_close_at__gt=models.F("applications_open_at")),
                name="edition_application_window_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(
                    attendance_threshold_percent__gte=1,
                    attendance_threshold_percent__lte=100,
                ),
                name="edition_threshold_is_a_percentage",
            ),
        ]

    def __str__(self) -> str:
        return str(self.title)

    def get_absolute_url(self) -> str:
        return reverse("editions:detail", args=[self.number])

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def daily_commitment_whole_hours(self) -> int:
        """The daily commitment rounded, for choosing a plural form."""
        return round(self.daily_commitment_hours)

    def applications_are_open(self, now: datetime | None = None) -> bool:
        now = now or timezone.now()
        opens, closes = self.applications_open_at, self.applications_close_at
        return bool(self.is_published and opens and closes and opens <= now < closes)

    @property
    def is_published(self) -> bool:
        return self.status != Status.DRAFT

    @property
    def is_finished(self) -> bool:
        return self.status == Status.FINISHED

    @property
    def has_a_venue(self) -> bool:
        """In person or hybrid: some participants travel to it (visa letters, seats in the room)."""
        return self.modality != Modality.ONLINE

    def clean(self) -> None:
        errors = {}
        for field in ("start_date", "end_date"):
            day = getattr(self, field)
            if day and not FIRST_POSSIBLE_DAY <= day <= LAST_POSSIBLE_DAY:
                errors[field] = _("Choose a day between %(first)s and %(last)s.") % {
                    "first": FIRST_POSSIBLE_DAY.year,
                    "last": LAST_POSSIBLE_DAY.year,
                }
        if errors:
            raise ValidationError(errors)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        opens, closes = self.applications_open_at, self.applications_close_at
        if opens and closes and closes <= opens:
            errors["applications_close_at"] = _("Applications must close after they open.")
        elif closes and self.end_date and self.time_zone in known_time_zones():
            edition_ends = datetime.combine(self.end_date, time.max, tzinfo=self.zone)
            if closes > edition_ends:
                errors["applications_close_at"] = _("Applications cannot close after the edition ends.")
        if self.pk and self.electives_to_rank:
            longest = self.longest_ranking()
            if longest > self.electives_to_rank:
                errors["electives_to_rank"] = _(
                    "Participants have already ranked %(count)d electives in a round; the number cannot be lower."
                ) % {"count": longest}
        if errors:
            raise ValidationError(errors)

    def longest_ranking(self) -> int:
        """The most electives anyone has ranked in one of this edition's rounds (0 when nobody has)."""
        longest = Edition.objects.filter(pk=self.pk).aggregate(longest=Max("allocation_rounds__preferences__rank"))
        return longest["longest"] or 0

    def local_datetime(self, day, clock) -> datetime:
        """A wall-clock time on a day of the edition, in the edition's time zone."""
        return datetime.combine(day, clock, tzinfo=self.zone)


class PartnerRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    HOST = "host", _("Host partner")
    CO_FINANCING = "co_financing", _("Co-financing partner")


class EditionPartner(models.Model):
    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="partnerships", verbose_name=_("edition")
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="partnerships", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=16, choices=PartnerRole.choices)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["role", "organisation__acronym"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "organisation", "role"],
                name="edition_partner_unique_role",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.get_role_display()})"


class OrderedEditionPart(models.Model):
    """A piece of an edition's structure, shown in order and copied when an edition is cloned."""

    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ScopedManager(edition="edition")

    class Meta:
        abstract = True
        ordering = ["position", "pk"]


class KeyFeature(OrderedEditionPart):
    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="key_features", verbose_name=_("edition")
    )
    title = I18nCharField(_("title"), max_length=200)
    text = I18nTextField(_("text"), blank=True)

    class Meta(OrderedEditionPart.Meta):
        verbose_name = _("key feature")
        verbose_name_plural = _("key features")

    def __str__(self) -> str:
        return str(self.title)


class SubTopic(OrderedEditionPart):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="sub_topics", verbose_name=_("edition"))
    name = I18nCharField(_("name"), max_length=300)

    class Meta(OrderedEditionPart.Meta):
        verbose_name = _("sub-topic")
        verbose_name_plural = _("sub-topics")

    def __str__(self) -> str:
        return str(self.name)


class LearningOutcome(OrderedEditionPart):
    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="learning_outcomes", verbose_name=_("edition")
    )
    text = I18nTextField(_("text"))

    class Meta(OrderedEditionPart.Meta):
        verbose_name = _("objective or learning outcome")
        verbose_name_plural = _("objectives and learning outcomes")

    def __str__(self) -> str:
        return str(self.text)


class DailySlot(OrderedEditionPart):
    """A recurring daily session time (e.g. 13:00-14:30 CET), in the edition's time zone."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="daily_slots", verbose_name=_("edition")
    )
    label = I18nCharField(_("label"), max_length=120)
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))

    class Meta(OrderedEditionPart.Meta):
        verbose_name = _("daily session time")
        verbose_name_plural = _("daily session times")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="daily_slot_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.label} {self.starts_at:%H:%M}-{self.ends_at:%H:%M}"


class FaqEntry(OrderedEditionPart):
    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="faq_entries", verbose_name=_("edition")
    )
    question = I18nCharField(_("question"), max_length=300)
    answer = I18nTextField(_("answer"))

    class Meta(OrderedEditionPart.Meta):
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")

    def __str__(self) -> str:
        return str(self.question)


class Role(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    COMMITTEE = "committee", _("Selection-committee member")
    SPEAKER = "speaker", _("Speaker or facilitator")
    PARTICIPANT = "participant", _("Participant")


class Membership(models.Model):
    """A person's role in one edition; a committee member also names the partner they represent."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("edition")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("person")
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("represents"),
    )

    class Meta:
        verbose_name = _("role in an edition")
        verbose_name_plural = _("roles in editions")
        constraints = [
            models.UniqueConstraint(fields=["edition", "user", "role"], name="membership_unique_role"),
            models.CheckConstraint(
                condition=~models.Q(role="committee") | models.Q(organisation__isnull=False),
                name="membership_committee_names_organisation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.edition.number}"

    def clean(self) -> None:
        if self.role == Role.COMMITTEE and self.organisation_id is None:
            raise ValidationError({"organisation": _("A committee member represents a partner organisation.")})
