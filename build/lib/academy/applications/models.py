from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from i18nfield.fields import I18nCharField, I18nTextField

from academy.editions.models import Edition, Modality
from academy.people.models import Constituency
from academy.people.regions import REGION_NAMES


class Call(models.Model):
    """The call for applications of one edition: what it asks, and how applications are reviewed.

    The application window itself is the edition's (`applications_open_at`, `applications_close_at`).
    """

    edition = models.OneToOneField(Edition, on_delete=models.CASCADE, related_name="call", verbose_name=_("edition"))
    eligibility = I18nTextField(_("eligibility"), blank=True)
    motivation_min_words = models.PositiveIntegerField(_("motivation: fewest words"), default=150)
    motivation_max_words = models.PositiveIntegerField(_("motivation: most words"), default=800)
    reviews_per_application = models.PositiveSmallIntegerField(
        _("reviews per application"), default=2, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    blind_review = models.BooleanField(
        _("blind review"), default=False, help_text=_("Hide name, gender, organisation and country from reviewers.")
    )
    avoid_same_organisation = models.BooleanField(
        _("no reviews of applicants from the reviewer's own organisation"), default=True
    )
    avoid_same_country = models.BooleanField(
        _("no reviews of applicants from the reviewer's own country"), default=False
    )
    review_deadline = models.DateTimeField(_("review deadline"), null=True, blank=True)
    confirmation_days = models.PositiveSmallIntegerField(
        _("days a selected person has to confirm"), default=14, validators=[MinValueValidator(1)]
    )
    accommodation_nights = models.PositiveSmallIntegerField(_("nights of accommodation"), default=0)
    nightly_rate = models.DecimalField(_("accommodation per night"), max_digits=8, decimal_places=2, default=0)
    participation_fee = models.DecimalField(_("participation fee"), max_digits=8, decimal_places=2, default=0)
    currency = models.CharField(
        _("currency"),
        max_length=3,
        default="EUR",
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Give a three-letter ISO 4217 code, e.g. EUR or USD."))],
        help_text=_("Of every amount of this call: travel costs, fees, budgets and scholarships."),
    )

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("call for applications")
        verbose_name_plural = _("calls for applications")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(motivation_max_words__gte=models.F("motivation_min_words")),
                name="call_word_limits_ordered",
            )
        ]

    def __str__(self) -> str:
        return str(self.edition)


class QuestionKind(models.TextChoices):
    TEXT = "text", _("Text")
    CHOICE = "choice", _("Choice")
    YES_NO = "yes_no", _("Yes or no")


class Question(models.Model):
    """An extra question organisers add to their edition's application form."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="questions", verbose_name=_("call"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=8, choices=QuestionKind.choices)
    label = I18nCharField(_("question"), max_length=300)
    choices = I18nTextField(_("choices, one per line"), blank=True)
    required = models.BooleanField(_("required"), default=False)

    objects = ScopedManager(edition="call__edition")

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return str(self.label)


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    SELECTED = "selected", _("Selected")
    WAITLISTED = "waitlisted", _("Waitlisted")
    NOT_SELECTED = "not_selected", _("Not selected")
    CONFIRMED = "confirmed", _("Confirmed")
    DECLINED = "declined", _("Declined")


class Attendance(models.TextChoices):
    """How a person will follow a hybrid edition."""

    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")


WITHDRAWABLE = (Status.DRAFT, Status.SUBMITTED, Status.WAITLISTED, Status.SELECTED, Status.CONFIRMED)


def cv_path(application: "Application", filename: str) -> str:
    return f"applications/{application.edition_id}/{application.applicant_id}/cv.pdf"


def letter_path(application: "Application", filename: str) -> str:
    return f"applications/{application.edition_id}/{application.applicant_id}/support-letter.pdf"


class Application(models.Model):
    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="applications", verbose_name=_("edition")
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications", verbose_name=_("applicant")
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    motivation = models.TextField(_("motivation"), blank=True)
    commitment = models.BooleanField(_("commitment to take part"), default=False)
    constituency = models.CharField(_("constituency group"), max_length=32, choices=Constituency.choices, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    sse_role = models.TextField(_("role and experience in the SSE"), blank=True)
    language = models.CharField(
        _("language you will follow the Academy in"), max_length=8, choices=settings.LANGUAGES, blank=True
    )
    multiplier = models.TextField(_("how you will share what you learn"), blank=True)
    # Asked at hybrid editions only; at an in-person or online edition the edition's modality decides.
    attendance = models.CharField(
        _("will you attend in person or online?"), max_length=16, choices=Attendance.choices, blank=True
    )
    scholarship_requested = models.BooleanField(_("scholarship requested"), default=False)
    scholarship_travel = models.BooleanField(_("travel"), default=False)
    scholarship_accommodation = models.BooleanField(_("accommodation"), default=False)
    scholarship_fee = models.BooleanField(_("participation fee"), default=False)
    travel_from = models.CharField(_("city you would travel from"), max_length=120, blank=True)
    cv = models.FileField(_("CV (PDF)"), upload_to=cv_path, blank=True)
    support_letter = models.FileField(_("letter of support (PDF)"), upload_to=letter_path, blank=True)
    answers = models.JSONField(_("answers to the edition's questions"), default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    confirm_by = models.DateTimeField(_("confirm by"), null=True, blank=True)
    waitlist_rank = models.PositiveIntegerField(_("place on the waitlist"), null=True, blank=True)
    # Kept in step with the reviews by services.refresh_scores, so the table sorts and filters in SQL.
    score_raw = models.FloatField(_("raw score"), null=True, blank=True)
    score_normalised = models.FloatField(_("normalised score"), null=True, blank=True, db_index=True)
    score_spread = models.FloatField(_("spread between reviewers"), null=True, blank=True)
    reviewers_disagree = models.BooleanField(_("reviewers disagree"), default=False)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            # One application per person per edition, whatever two browser tabs do at once.
            models.UniqueConstraint(fields=["edition", "applicant"], name="application_one_per_person_per_edition")
        ]

    def __str__(self) -> str:
        return f"{self.applicant} · {self.edition_id}"

    @property
    def can_be_withdrawn(self) -> bool:
        """Until it is final: seat holders withdraw too, and their seat goes down the waitlist."""
        return self.status in WITHDRAWABLE

    @property
    def is_draft(self) -> bool:
        """Not submitted yet: the applicant may still complete it."""
        return self.status == Status.DRAFT

    @property
    def is_selected(self) -> bool:
        """Offered a seat, waiting for the applicant to confirm or decline."""
        return self.status == Status.SELECTED

    @property
    def is_waitlisted(self) -> bool:
        return self.status == Status.WAITLISTED

    @property
    def in_person(self) -> bool:
        """Whether this place is in the room: always at an in-person edition, never online, as chosen at a hybrid."""
        modality = self.edition.modality
        if modality == Modality.HYBRID:
            return self.attendance == Attendance.IN_PERSON
        return modality == Modality.IN_PERSON

    @property
    def attendance_mode(self) -> str:
        """In person or online, in words, whatever the edition's modality."""
        return str(Attendance.IN_PERSON.label if self.in_person else Attendance.ONLINE.label)


class Criterion(models.Model):
    """A criterion of the edition's review rubric, with its weight and score scale."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("call"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    name = I18nCharField(_("criterion"), max_length=200)
    weight = models.DecimalField(
        _("weight"), max_digits=5, decimal_places=2, default=1, validators=[MinValueValidator(0)]
    )
    scale_max = models.PositiveSmallIntegerField(
        _("highest score"), default=5, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )

    objects = ScopedManager(edition="call__edition")

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return str(self.name)


class ReviewAssignment(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("application")
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="review_assignments",
        verbose_name=_("reviewer"),
    )
    scores = models.JSONField(_("scores"), default=dict, blank=True)  # criterion id -> score
    comment = models.TextField(_("comment"), blank=True)
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    objects = ScopedManager(edition="application__edition")

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(fields=["application", "reviewer"], name="review_one_per_reviewer_per_application")
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} → {self.application_id}"


class Eligibility(models.TextChoices):
    GLOBAL_SOUTH = "global_south", _("Participants from the Global South")
    EVERYONE = "everyone", _("Every participant")


class FundingSource(models.Model):
    """A budget that pays scholarships (e.g. the ILO's South-South and triangular cooperation programme)."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="funding_sources", verbose_name=_("edition")
    )
    name = models.CharField(_("name"), max_length=120)
    budget = models.DecimalField(_("budget"), max_digits=12, decimal_places=2, validators=[MinValueValidator(0)])
    eligibility = models.CharField(
        _("who it may fund"), max_length=16, choices=Eligibility.choices, default=Eligibility.GLOBAL_SOUTH
    )

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")
        constraints = [models.UniqueConstraint(fields=["edition", "name"], name="funding_source_unique_name")]

    def __str__(self) -> str:
        return self.name


class TravelCost(models.Model):
    """The estimated return journey to the host city from one region of the world."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="travel_costs", verbose_name=_("edition")
    )
    region = models.CharField(_("region of origin"), max_length=16, choices=list(REGION_NAMES.items()))
    amount = models.DecimalField(_("amount"), max_digits=10, decimal_places=2, validators=[MinValueValidator(0)])

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("travel cost")
        verbose_name_plural = _("travel costs")
        constraints = [models.UniqueConstraint(fields=["edition", "region"], name="travel_cost_one_per_region")]

    def __str__(self) -> str:
        return f"{self.region}: {self.amount}"


class Pin(models.Model):
    """An organiser's decision that the selection must include or exclude someone, and why."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="pin", verbose_name=_("application")
    )
    include = models.BooleanField(_("must be included"))
    reason = models.CharField(_("reason"), max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )

    objects = ScopedManager(edition="application__edition")

    class Meta:
        verbose_name = _("pin")
        verbose_name_plural = _("pins")

    def __str__(self) -> str:
        return f"{self.application_id} {'+' if self.include else '-'}"


class SelectionRun(models.Model):
    """One run of the optimiser, stored as it was: parameters, solver result and the proposed lists."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="selection_runs", verbose_name=_("edition")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("run by")
    )
    created_at = models.DateTimeField(_("run at"), auto_now_add=True)
    parameters = models.JSONField(_("parameters"))
    status = models.CharField(_("solver status"), max_length=16)
    objective = models.FloatField(_("objective"), default=0)
    gap = models.FloatField(_("optimality gap"), default=0)
    seconds = models.FloatField(_("solve time (s)"), default=0)
    selected = models.JSONField(_("proposed selection"), default=list)
    waitlist = models.JSONField(_("proposed waitlist"), default=list)
    funding = models.JSONField(_("proposed scholarships"), default=dict)
    conflicts = models.JSONField(_("rules in conflict"), default=list)
    relaxations = models.JSONField(_("results with rules relaxed"), default=list)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("selection run")
        verbose_name_plural = _("selection runs")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.edition_id} · {self.created_at:%Y-%m-%d %H:%M}"


class ScholarshipStatus(models.TextChoices):
    OFFERED = "offered", _("Offered")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    SETTLED = "settled", _("Settled")


class Scholarship(models.Model):
    """What a selected participant's scholarship covers, how much, and from which budget."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="scholarship", verbose_name=_("application")
    )
    source = models.ForeignKey(
        FundingSource, on_delete=models.PROTECT, related_name="scholarships", verbose_name=_("funding source")
    )
    travel = models.DecimalField(_("travel"), max_digits=10, decimal_places=2, default=0)
    accommodation = models.DecimalField(_("accommodation"), max_digits=10, decimal_places=2, default=0)
    fee = models.DecimalField(_("participation fee"), max_digits=10, decimal_places=2, default=0)
    status = models.CharField(
        _("status"), max_length=16, choices=ScholarshipStatus.choices, default=ScholarshipStatus.OFFERED
    )
    spent = models.DecimalField(_("spent"), max_digits=10, decimal_places=2, default=0)

    objects = ScopedManager(edition="application__edition")

    class Meta:
        verbose_name = _("scholarship")
        verbose_name_plural = _("scholarships")

    def __str__(self) -> str:
        return f"{self.application_id} · {self.source}"

    @property
    def amount(self):
        return self.travel + self.accommodation + self.fee

    def clean(self):
        if self.travel and self.application_id and not self.application.in_person:
            raise ValidationError(
                {"travel": _("Travel is paid only for a place in person; this participant follows online.")}
            )
