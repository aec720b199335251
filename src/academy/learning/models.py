"""The self-paced course that opens to an edition's participants before the Academy."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from i18nfield.fields import I18nCharField, I18nTextField

from academy.attendance.models import ReviewRow
from academy.editions.models import Edition


class CompletionRule(models.TextChoices):
    RECOMMENDED = "recommended", _("Recommended, not required")
    BEFORE_START = "before_start", _("Required before the Academy starts")
    FOR_CERTIFICATE = "for_certificate", _("Required for the certificate")


class Course(models.Model):
    edition = models.OneToOneField(Edition, on_delete=models.CASCADE, related_name="course", verbose_name=_("edition"))
    title = I18nCharField(_("title"), max_length=300)
    introduction = I18nTextField(_("introduction"), blank=True)
    opens_at = models.DateTimeField(_("opens to participants"))
    closes_at = models.DateTimeField(
        _("closes"), null=True, blank=True, help_text=_("Leave empty to keep it open; answers are refused once closed.")
    )
    completion_rule = models.CharField(
        _("completing the course is"), max_length=16, choices=CompletionRule.choices, default=CompletionRule.RECOMMENDED
    )
    moodle_course = models.CharField(
        _("Moodle course (short name)"),
        max_length=255,
        blank=True,
        help_text=_(
            "When the course is also given on Moodle (eCampus): its short name, which enrols the participants "
            "exported for Moodle and whose completion report counts for the certificate."
        ),
    )

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("distance-learning course")
        verbose_name_plural = _("distance-learning courses")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__isnull=True) | models.Q(closes_at__gt=models.F("opens_at")),
                name="course_closes_after_it_opens",
                violation_error_code="closes_before_it_opens",
                violation_error_message=_("The course must close after it opens."),
            )
        ]

    def __str__(self) -> str:
        return str(self.title)

    @property
    def required_before_start(self) -> bool:
        return self.completion_rule == CompletionRule.BEFORE_START

    @property
    def required_for_certificate(self) -> bool:
        return self.completion_rule == CompletionRule.FOR_CERTIFICATE


class Module(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="modules", verbose_name=_("course"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = I18nCharField(_("title"), max_length=300)
    summary = I18nTextField(_("summary"), blank=True)

    objects = ScopedManager(edition="course__edition")

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return str(self.title)


class Lesson(models.Model):
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="lessons", verbose_name=_("module"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = I18nCharField(_("title"), max_length=300)
    body = I18nTextField(
        _("text"),
        blank=True,
        help_text=_("Markdown. Images uploaded below can be placed with ![description](address)."),
    )
    video_url = models.URLField(
        _("video"), blank=True, help_text=_("A link to the video; the page shows it as a link, never embedded.")
    )
    minutes = models.PositiveSmallIntegerField(
        _("minutes it takes"), default=10, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    readings = models.ManyToManyField(
        "brain.Resource", blank=True, related_name="lessons", verbose_name=_("readings from the knowledge hub")
    )

    objects = ScopedManager(edition="module__course__edition")

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return str(self.title)


class LessonImage(models.Model):
    """A picture a lesson shows, served from the platform itself (pages make no third-party requests)."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="images", verbose_name=_("lesson"))
    image = models.ImageField(_("image"), upload_to="lessons/")
    description = models.CharField(
        _("description"), max_length=300, help_text=_("What the image shows, for screen readers.")
    )

    objects = ScopedManager(edition="lesson__module__course__edition")

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self) -> str:
        return self.description


class Quiz(models.Model):
    """A short quiz closing a module: passed at `pass_mark` per cent, retried as often as the participant likes."""

    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="quizzes", verbose_name=_("module"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = I18nCharField(_("title"), max_length=300)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )

    objects = ScopedManager(edition="module__course__edition")

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return str(self.title)


class Question(models.Model):
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="questions", verbose_name=_("quiz"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = I18nTextField(_("question"))
    multiple = models.BooleanField(
        _("several answers are right"), default=False, help_text=_("Shown as tick boxes instead of a single choice.")
    )

    objects = ScopedManager(edition="quiz__module__course__edition")

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return str(self.text)


class Option(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="options", verbose_name=_("question"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = I18nCharField(_("answer"), max_length=500)
    correct = models.BooleanField(_("right"), default=False)
    feedback = I18nTextField(_("feedback when chosen"), blank=True)

    objects = ScopedManager(edition="question__quiz__module__course__edition")

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return str(self.text)


class LessonDone(models.Model):
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="done_by")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lessons_done")
    done_at = models.DateTimeField()

    objects = ScopedManager(edition="lesson__module__course__edition")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["lesson", "user"], name="lesson_done_once")]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.lesson_id}"


class Attempt(models.Model):
    """One try at a quiz: what was chosen (question id -> option ids), the score and whether it passed."""

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    answers = models.JSONField(default=dict)
    score = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    submitted_at = models.DateTimeField()

    objects = ScopedManager(edition="quiz__module__course__edition")

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["user", "quiz"])]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.quiz_id} · {self.score}"


class MoodleReport(models.Model):
    """A course completion report downloaded from Moodle and imported: the latest one counts, the one before it
    is kept, replaced, with what came from it."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="moodle_reports")
    file_name = models.CharField(_("file"), max_length=255)
    sha256 = models.CharField(max_length=64, help_text="Of what the report says (`moodle.CompletionReport.content`).")
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    imported_at = models.DateTimeField(_("imported"))
    replaced_at = models.DateTimeField(null=True, blank=True)
    rows = models.PositiveIntegerField(_("rows"), default=0)
    matched_rows = models.PositiveIntegerField(_("matched to participants"), default=0)
    completed_rows = models.PositiveIntegerField(_("completed"), default=0)

    objects = ScopedManager(edition="course__edition")

    class Meta:
        verbose_name = _("Moodle completion report")
        verbose_name_plural = _("Moodle completion reports")
        ordering = ["-imported_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["course"], condition=models.Q(replaced_at__isnull=True), name="one_current_moodle_report"
            )
        ]

    def __str__(self) -> str:
        return self.file_name


class MoodleCompletion(models.Model):
    """A participant as a Moodle report names them: completed on a day, or not (yet)."""

    report = models.ForeignKey(MoodleReport, on_delete=models.CASCADE, related_name="completions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moodle_completions")
    line = models.PositiveIntegerField()
    moodle_id = models.PositiveBigIntegerField()
    name = models.CharField(max_length=255, blank=True)
    email = models.CharField(max_length=254, blank=True)
    completed_on = models.DateField(null=True, blank=True)
    how = models.CharField(max_length=16)  # the matcher's: email, remembered, name, similar name; or review

    objects = ScopedManager(edition="report__course__edition")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "user"], name="one_moodle_completion_per_person")]

    def __str__(self) -> str:
        return f"{self.user_id} · {self.completed_on or '-'}"


class MoodleReviewItem(ReviewRow):
    """A completed row of a Moodle report that matches no participant for sure: an organiser says who it is."""

    report = models.ForeignKey(MoodleReport, on_delete=models.CASCADE, related_name="review_items")
    line = models.PositiveIntegerField(_("line in the file"))
    moodle_id = models.PositiveBigIntegerField()
    completed_on = models.DateField(_("completed"))

    objects = ScopedManager(edition="report__course__edition")

    class Meta:
        verbose_name = _("Moodle report row to review")
        verbose_name_plural = _("Moodle report rows to review")
        ordering = ["report", "line"]
