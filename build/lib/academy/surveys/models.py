"""Surveys of an edition: the end-of-edition evaluation, quick feedback per session, the impact survey of alumni.

A person answers a survey once (per session for session feedback) and can change their answers until it closes. The
response names its person even when the survey is anonymous, so that they answer once and come back; an anonymous
survey never shows or exports who answered what (`services.results`, `exports.py`)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from i18nfield.fields import I18nCharField, I18nTextField


class SurveyKind(models.TextChoices):
    EVALUATION = "evaluation", _("End-of-edition evaluation")
    SESSION = "session", _("Session feedback")
    IMPACT = "impact", _("Impact survey of alumni")


class QuestionKind(models.TextChoices):
    SCALE = "scale", _("Scale from 1 to 5")
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TEXT = "text", _("Free text")
    RECOMMEND = "recommend", _("Recommendation from 0 to 10")


# The numbers each numeric kind accepts, both ends included.
RANGES = {QuestionKind.SCALE: (1, 5), QuestionKind.RECOMMEND: (0, 10)}


class Survey(models.Model):
    edition = models.ForeignKey(
        "editions.Edition", on_delete=models.CASCADE, related_name="surveys", verbose_name=_("edition")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=SurveyKind.choices)
    title = I18nCharField(_("title"), max_length=300)
    intro = I18nTextField(_("introduction"), blank=True)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"))
    anonymous = models.BooleanField(
        _("anonymous"), default=True, help_text=_("Nobody sees who gave which answer; the results are counted only.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["opens_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(closes_at__gt=models.F("opens_at")), name="survey_closes_after_opening")
        ]

    def __str__(self) -> str:
        return str(self.title)

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at


class Question(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions", verbose_name=_("survey"))
    position = models.PositiveIntegerField(_("position"), default=0)
    kind = models.CharField(_("type"), max_length=16, choices=QuestionKind.choices)
    text = I18nCharField(_("question"), max_length=500)
    # Choices: a list of {language: text}; scale ends: {language: text}.
    choices = models.JSONField(_("choices"), default=list, blank=True)
    low_label = I18nCharField(_("label of the low end"), max_length=100, blank=True)
    high_label = I18nCharField(_("label of the high end"), max_length=100, blank=True)
    required = models.BooleanField(_("required"), default=False)

    objects = ScopedManager(edition="survey__edition")

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["survey", "position", "pk"]

    def __str__(self) -> str:
        return str(self.text)

    @property
    def is_numeric(self) -> bool:
        return self.kind in RANGES

    @property
    def has_choices(self) -> bool:
        return self.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE)


class Response(models.Model):
    """One person's answers to a survey (to one session, for session feedback): a draft until submitted."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses", verbose_name=_("survey"))
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="survey_responses", verbose_name=_("person")
    )
    session = models.ForeignKey(
        "programme.Session",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="feedback",
        verbose_name=_("session"),
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    updated_at = models.DateTimeField(_("last changed"), default=timezone.now)
    # Impact survey: the respondent agrees that their answers become a follow-up in the Collective Brain, with their
    # name; the follow-up made of them (kept in step on every submit, deleted when the consent is withdrawn).
    consent_follow_up = models.BooleanField(_("agrees to a follow-up in the Collective Brain"), default=False)
    follow_up = models.OneToOneField(
        "brain.FollowUp",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="survey_response",
        verbose_name=_("follow-up"),
    )

    objects = ScopedManager(edition="survey__edition")

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "person"], condition=Q(session__isnull=True), name="survey_response_once"
            ),
            models.UniqueConstraint(
                fields=["survey", "person", "session"],
                condition=Q(session__isnull=False),
                name="survey_response_once_per_session",
            ),
        ]
        indexes = [models.Index(fields=["person", "survey"], name="survey_person_responses")]

    def __str__(self) -> str:
        return f"{self.survey_id} · {self.pk}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    number = models.SmallIntegerField(null=True, blank=True)  # scale and recommendation; single choice's index
    picked = models.JSONField(default=list, blank=True)  # multiple choice: the indexes chosen
    text = models.TextField(blank=True)

    objects = ScopedManager(edition="response__survey__edition")

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["response", "question"], name="survey_answer_once")]

    def __str__(self) -> str:
        return f"{self.response_id} · {self.question_id}"


class Completion(models.Model):
    """That a person has sent a survey (for session feedback: at least one session's).

    Written in the transaction that submits, so that what needs to know who answered (the certificate that waits
    for the evaluation, reminders) asks here. It names neither the response nor a time: an anonymous survey's answers cannot be
    reached from it."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="completions", verbose_name=_("survey"))
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="survey_completions", verbose_name=_("person")
    )

    objects = ScopedManager(edition="survey__edition")

    class Meta:
        verbose_name = _("completed survey")
        verbose_name_plural = _("completed surveys")
        constraints = [models.UniqueConstraint(fields=["survey", "person"], name="survey_completed_once")]

    def __str__(self) -> str:
        return f"{self.survey_id} · {self.person_id}"
