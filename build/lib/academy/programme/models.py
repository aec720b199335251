import secrets
from collections import defaultdict

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from i18nfield.fields import I18nCharField, I18nTextField

from academy.common.uploads import check_upload
from academy.editions.models import Edition, SubTopic
from academy.people.models import validate_language_codes

PROGRAMME_LANGUAGES = ("en", "fr", "es", "pt")


class Kind(models.TextChoices):
    OPENING = "opening", _("Opening")
    PLENARY = "plenary", _("Plenary")
    ELECTIVE = "elective", _("Elective course")
    FIELD_VISIT = "field_visit", _("Field study visit")
    VIRTUAL_VISIT = "virtual_visit", _("Virtual study visit")
    MARKETPLACE = "marketplace", _("SSE Marketplace session")
    NETWORKING = "networking", _("Informal networking session")
    CLOSING = "closing", _("Closing")


# Everyone is expected at these; electives come by allocation; the rest people join themselves.
FOR_EVERYONE = frozenset({Kind.OPENING, Kind.PLENARY, Kind.CLOSING})
JOINABLE = frozenset({Kind.FIELD_VISIT, Kind.VIRTUAL_VISIT, Kind.MARKETPLACE, Kind.NETWORKING})


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Open to all")
    WORKERS = "workers", _("Dedicated to trade unions")
    EMPLOYERS = "employers", _("Dedicated to employers' organisations")
    GOVERNMENT = "government", _("Dedicated to governments")


def validate_programme_languages(value: list) -> None:
    validate_language_codes(value)
    unknown = sorted(set(value) - set(PROGRAMME_LANGUAGES))
    if unknown:
        raise ValidationError(_("Unknown language: %(codes)s."), params={"codes": ", ".join(unknown)})


class Speaker(models.Model):
    """A speaker or facilitator's public profile; the same person may speak at several editions."""

    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    bio = I18nTextField(_("short bio"), blank=True)
    photo = models.ImageField(_("photo"), upload_to="speakers/", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="speaker_profile",
        verbose_name=_("account"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("programme:speaker", args=[self.pk])


class AllocationRound(models.Model):
    """One choice of elective per participant (e.g. week 1), with its preference window."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="allocation_rounds", verbose_name=_("edition")
    )
    position = models.PositiveSmallIntegerField(_("number"), validators=[MinValueValidator(1)])
    name = I18nCharField(_("name"), max_length=120)
    preferences_open_at = models.DateTimeField(_("preferences open"))
    preferences_close_at = models.DateTimeField(_("preferences close"))
    switch_deadline = models.DateTimeField(
        _("switches allowed until"),
        null=True,
        blank=True,
        help_text=_("Participants may move to an elective with free seats until then."),
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    objects = ScopedManager(edition="edition")

    class Meta:
        ordering = ["edition", "position"]
        verbose_name = _("allocation round")
        verbose_name_plural = _("allocation rounds")
        constraints = [
            models.UniqueConstraint(fields=["edition", "position"], name="round_position_unique"),
            models.CheckConstraint(
                condition=Q(preferences_close_at__gt=F("preferences_open_at")), name="round_window_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.edition.number} · {self.position}"

    def clean(self) -> None:
        if (
            self.preferences_open_at
            and self.preferences_close_at
            and self.preferences_close_at <= self.preferences_open_at
        ):
            raise ValidationError({"preferences_close_at": _("The window must close after it opens.")})

    def switches_open(self, now) -> bool:
        """Published, and the switch deadline not passed: participants may move to a free seat."""
        return self.published_at is not None and self.switch_deadline is not None and now < self.switch_deadline

    def window_is_open(self, now) -> bool:
        return self.preferences_open_at <= now < self.preferences_close_at


class Elective(models.Model):
    """One elective course: a single choice made of one or more sessions (its parts)."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="electives", verbose_name=_("edition"))
    round = models.ForeignKey(
        AllocationRound, on_delete=models.PROTECT, related_name="electives", verbose_name=_("allocation round")
    )
    code = models.SlugField(_("code"), max_length=32, help_text=_("Short and unique in the edition, e.g. E7."))
    title = I18nCharField(_("title"), max_length=300)
    description = I18nTextField(_("description"), blank=True)
    minimum_seats = models.PositiveIntegerField(_("minimum participants"), default=0)
    maximum_seats = models.PositiveIntegerField(_("maximum participants"), validators=[MinValueValidator(1)])
    cancelled = models.BooleanField(_("cancelled"), default=False)

    objects = ScopedManager(edition="edition")

    class Meta:
        ordering = ["round__position", "code"]
        verbose_name = _("elective course")
        verbose_name_plural = _("elective courses")
        constraints = [
            models.UniqueConstraint(fields=["edition", "code"], name="elective_code_unique"),
            models.CheckConstraint(
                condition=Q(maximum_seats__gte=F("minimum_seats")), name="elective_minimum_le_maximum"
            ),
        ]

    def __str__(self) -> str:
        return self.code

    def clean(self) -> None:
        if self.maximum_seats is not None and self.minimum_seats > self.maximum_seats:
            raise ValidationError({"minimum_seats": _("The minimum cannot exceed the maximum.")})
        if self.round_id and self.edition_id and self.round.edition_id != self.edition_id:
            raise ValidationError({"round": _("The round belongs to another edition.")})
        placed = self.placements.count() if self.pk else 0
        if self.maximum_seats is not None and self.maximum_seats < placed:
            raise ValidationError(
                {
                    "maximum_seats": _("%(placed)d people are already placed; the maximum cannot be lower.")
                    % {"placed": placed}
                }
            )


# What a calendar feed shows of a session (its DTSTAMP moves when one changes), and of those what reschedules it
# (its SEQUENCE goes up too, so calendar applications replace the event they have).
RESCHEDULING_FIELDS = frozenset({"starts_at", "ends_at", "place", "cancelled"})
CALENDAR_FIELDS = (*sorted(RESCHEDULING_FIELDS), "title", "description", "online_url", "livestream_url")


class Session(models.Model):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("edition"))
    code = models.SlugField(_("code"), max_length=32, help_text=_("Short and unique in the edition, e.g. P1 or E7-2."))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    title = I18nCharField(_("title"), max_length=300)
    description = I18nTextField(_("description"), blank=True)
    sub_topic = models.ForeignKey(
        SubTopic, on_delete=models.SET_NULL, null=True, blank=True, related_name="sessions", verbose_name=_("sub-topic")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(_("webinar link"), blank=True)
    livestream_url = models.URLField(_("livestream"), blank=True)
    floor_languages = models.JSONField(
        _("floor languages"), default=list, validators=[validate_programme_languages], help_text=_("Codes, e.g. en.")
    )
    interpretation = models.JSONField(
        _("interpretation channels"), default=list, blank=True, validators=[validate_programme_languages]
    )
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    audience = models.CharField(_("audience"), max_length=16, choices=Audience.choices, default=Audience.EVERYONE)
    elective = models.ForeignKey(
        Elective,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="parts",
        verbose_name=_("part of the elective"),
    )
    speakers = models.ManyToManyField(Speaker, through="SessionSpeaker", related_name="sessions", blank=True)
    published = models.BooleanField(_("published"), default=False)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    # RFC 5545 SEQUENCE: bumped whenever the time, place or status changes, so calendars update.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    # The calendar feeds' DTSTAMP: when what they show of the session last changed, so a feed polled twice,
    # or a session saved again as it was (the demo loader, an import), is the same.
    changed_at = models.DateTimeField(_("last changed"), default=timezone.now, editable=False)

    objects = ScopedManager(edition="edition")

    class Meta:
        ordering = ["starts_at", "code"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.UniqueConstraint(fields=["edition", "code"], name="session_code_unique"),
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="session_ends_after_start"),
            models.CheckConstraint(
                condition=Q(kind="elective", elective__isnull=False) | (~Q(kind="elective") & Q(elective__isnull=True)),
                name="session_elective_iff_kind",
            ),
        ]

    def __str__(self) -> str:
        return self.code

    def save(self, *args, **kwargs) -> None:
        before = Session.objects.filter(pk=self.pk).values(*CALENDAR_FIELDS).first() if self.pk else None
        changed = {field for field in CALENDAR_FIELDS if before and before[field] != getattr(self, field)}
        bumped = set()
        if changed & RESCHEDULING_FIELDS:
            self.sequence += 1
            bumped.add("sequence")
        if changed:
            self.changed_at = timezone.now()
            bumped.add("changed_at")
        if bumped and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *bumped}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("programme:session", args=[self.edition.number, self.code])

    def problems(self) -> dict[str, list[str]]:
        """Every reason this session cannot be saved, by field (the importer reports them row by row)."""
        problems: dict[str, list[str]] = defaultdict(list)
        if self.starts_at and self.ends_at:
            if self.ends_at <= self.starts_at:
                problems["ends_at"].append(gettext("The session must end after it starts."))
            edition = self.edition
            zone = edition.zone
            first, last = self.starts_at.astimezone(zone).date(), self.ends_at.astimezone(zone).date()
            if first < edition.start_date or last > edition.end_date:
                problems["starts_at"].append(
                    gettext("The session must fall within the edition's dates (%(first)s to %(last)s).")
                    % {"first": edition.start_date.isoformat(), "last": edition.end_date.isoformat()}
                )
        if not self.floor_languages:
            problems["floor_languages"].append(gettext("Give at least one floor language."))
        if self.kind == Kind.ELECTIVE and self.elective_id is None:
            problems["elective"].append(gettext("A session of an elective course names its elective."))
        if self.kind != Kind.ELECTIVE and self.elective_id is not None:
            problems["elective"].append(gettext("Only elective sessions belong to an elective."))
        if self.elective_id and self.elective.edition_id != self.edition_id:
            problems["elective"].append(gettext("The elective belongs to another edition."))
        return dict(problems)

    def clean(self) -> None:
        problems = self.problems()
        if problems:
            raise ValidationError(problems)

    @property
    def is_open_to_all(self) -> bool:
        """Not dedicated to one constituency's audience."""
        return self.audience == Audience.EVERYONE

    @property
    def languages_understood(self) -> frozenset[str]:
        """Whoever speaks one of these can follow the session."""
        return frozenset(self.floor_languages) | frozenset(self.interpretation)


class SpeakerRole(models.TextChoices):
    SPEAKER = "speaker", _("Speaker")
    FACILITATOR = "facilitator", _("Facilitator")


class SessionSpeaker(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="appearances")
    speaker = models.ForeignKey(
        Speaker, on_delete=models.PROTECT, related_name="appearances", verbose_name=_("speaker")
    )
    role = models.CharField(_("role"), max_length=16, choices=SpeakerRole.choices, default=SpeakerRole.SPEAKER)

    class Meta:
        verbose_name = _("speaker or facilitator")
        verbose_name_plural = _("speakers and facilitators")
        constraints = [models.UniqueConstraint(fields=["session", "speaker"], name="session_speaker_unique")]

    def __str__(self) -> str:
        return f"{self.speaker} · {self.session}"


MATERIAL_KINDS = frozenset({"pdf", "office", "image", "audio", "video", "text"})


def validate_material_file(file) -> None:
    """Slides, readings, pictures, recordings and notes, known by their content: never a page or an SVG that would
    run a script."""
    if not getattr(file, "_committed", False):  # a new upload; a stored file was checked when it came
        check_upload(
            file,
            accepted=MATERIAL_KINDS,
            types_text="PDF, Office, OpenDocument, PNG, JPEG, GIF, WebP, audio, video, text",
        )


class Material(models.Model):
    """Slides or a reading for a session: an uploaded file or a link, in one language."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="materials", verbose_name=_("session"))
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.FileField(_("file"), upload_to="materials/", blank=True, validators=[validate_material_file])
    url = models.URLField(_("link"), blank=True)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if bool(self.file) == bool(self.url):
            raise ValidationError(_("Upload a file or give a link, not both."))


class Signup(models.Model):
    """A participant joined a study visit, marketplace or networking session."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="signups")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_signups")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager(edition="session__edition")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="signup_unique")]

    def __str__(self) -> str:
        return f"{self.user} · {self.session}"


class Preference(models.Model):
    """One ranked elective (rank 1 = first choice) or the one marked "not for me" (rank empty)."""

    round = models.ForeignKey(AllocationRound, on_delete=models.CASCADE, related_name="preferences")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="elective_preferences")
    elective = models.ForeignKey(Elective, on_delete=models.CASCADE, related_name="preferences")
    rank = models.PositiveSmallIntegerField(null=True, blank=True)

    objects = ScopedManager(edition="round__edition")

    class Meta:
        ordering = ["round", "user", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["round", "user", "elective"], name="preference_elective_once"),
            models.UniqueConstraint(fields=["round", "user", "rank"], name="preference_rank_once"),
            models.UniqueConstraint(
                fields=["round", "user"], condition=Q(rank__isnull=True), name="preference_one_not_for_me"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.elective} · {self.rank or '-'}"


class PlacementSource(models.TextChoices):
    SOLVER = "solver", _("Allocation")
    MANUAL = "manual", _("Moved by an organiser")
    SWITCH = "switch", _("Switched by the participant")


class Placement(models.Model):
    """Where a participant takes their elective in a round (the current proposal, or published)."""

    round = models.ForeignKey(AllocationRound, on_delete=models.CASCADE, related_name="placements")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="elective_placements")
    elective = models.ForeignKey(Elective, on_delete=models.PROTECT, related_name="placements")
    source = models.CharField(max_length=8, choices=PlacementSource.choices, default=PlacementSource.SOLVER)
    published = models.BooleanField(default=False)

    objects = ScopedManager(edition="round__edition")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["round", "user"], name="placement_one_per_round")]

    def __str__(self) -> str:
        return f"{self.user} · {self.elective}"


class AllocationMethod(models.TextChoices):
    FLOW = "flow", _("min-cost flow")
    BRANCH_AND_BOUND = "branch-and-bound", _("branch and bound over min-cost flows")
    HEURISTIC = "heuristic", _("heuristic: the emptiest elective below its minimum cancelled, then solved again")


class AllocationRun(models.Model):
    """One solve of a round: its seed (to reproduce the tie-breaks) and what came out."""

    round = models.ForeignKey(AllocationRound, on_delete=models.CASCADE, related_name="runs")
    seed = models.BigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    kept_published = models.BooleanField(default=True)
    seconds = models.FloatField(default=0)
    profile = models.JSONField(default=dict)
    unplaced = models.JSONField(default=dict)  # user id -> reason code
    cancelled = models.JSONField(default=list)  # codes of electives cancelled for want of people
    method = models.CharField(max_length=16, choices=AllocationMethod.choices, default=AllocationMethod.FLOW)
    # Where the outcome may not be optimal (allocation.Gap as a dict); null when proven optimal.
    gap = models.JSONField(null=True, blank=True)

    objects = ScopedManager(edition="round__edition")

    class Meta:
        ordering = ["-created_at", "-pk"]
        get_latest_by = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.round} · {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def gap_text(self) -> str:
        """Where this run may fall short of the fairest allocation, in words; empty when proven optimal."""
        if not self.gap:
            return ""
        numbers = {"found": self.gap["found"], "bound": self.gap["bound"], "rank": self.gap["rank"]}
        texts = {
            "unplaced": _(
                "Not proven optimal: %(found)d people have no elective, and no allocation keeping the minimum "
                "sizes leaves fewer than %(bound)d without one."
            ),
            "not_for_me": _(
                'Not proven optimal: %(found)d people are in an elective they marked "not for me", and no '
                "allocation keeping the minimum sizes and placing as many has fewer than %(bound)d."
            ),
            "no_choice": _(
                "Not proven optimal: %(found)d people got none of their choices, and no allocation keeping the "
                "minimum sizes and the fairer levels has fewer than %(bound)d."
            ),
            "rank": _(
                "Not proven optimal: %(found)d people got their choice %(rank)d, and no allocation keeping the "
                "minimum sizes and the fairer levels has fewer than %(bound)d."
            ),
        }
        return texts[self.gap["level"]] % numbers


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """The secret address of a person's own calendar; revoking it gives a new one."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return str(self.user)
