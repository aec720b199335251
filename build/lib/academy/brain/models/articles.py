from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager
from i18nfield.fields import I18nTextField

from academy.brain.models.topics import Topic
from academy.common.models import Resumable


class ArticleCall(models.Model):
    """An edition's call for participant articles: the deadline, and the introduction of its Reader."""

    edition = models.OneToOneField("editions.Edition", on_delete=models.CASCADE, related_name="article_call")
    deadline = models.DateTimeField(_("deadline"))
    guidance = I18nTextField(
        _("what to write about"),
        blank=True,
        help_text=_("For example: South-South and triangular cooperation and the edition's theme."),
    )
    reader_introduction = I18nTextField(_("introduction of the Reader"), blank=True)

    objects = ScopedManager(edition="edition")

    class Meta:
        verbose_name = _("call for articles")
        verbose_name_plural = _("calls for articles")

    def __str__(self) -> str:
        return str(self.edition)


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    REVISION = "revision", _("Revision asked")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Article(models.Model):
    """A participant's article for an edition, in Markdown, in one language, through editorial review.

    `author` is empty once its author deleted their account and let the article stay ("former
    participant"). `sessions` holds only accepted articles: the sessions whose discussion they feed."""

    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="articles")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), max_length=60_000, help_text=_("Markdown: **bold**, lists, links."))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    topics = models.ManyToManyField(Topic, blank=True, verbose_name=_("topics"), related_name="+")
    status = models.CharField(_("status"), max_length=16, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT)
    review_comments = models.TextField(_("comments of the editors"), blank=True)
    sessions = models.ManyToManyField(
        "programme.Session", blank=True, related_name="articles", verbose_name=_("sessions it feeds")
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "author"], condition=models.Q(author__isnull=False), name="brain_one_article_each"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("brain:article", args=[self.pk])

    @property
    def is_accepted(self) -> bool:
        return self.status == ArticleStatus.ACCEPTED

    @property
    def revision_asked(self) -> bool:
        """The editors sent it back to its author for changes."""
        return self.status == ArticleStatus.REVISION


class ReaderBuild(Resumable):
    """One compilation of an edition's Reader (a background task), with its progress and its PDF; a new worker
    finishes a compilation whose worker died (`common.resumable`)."""

    edition = models.ForeignKey("editions.Edition", on_delete=models.CASCADE, related_name="reader_builds")
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    articles = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="readers/", blank=True)
    failed = models.TextField(blank=True)

    objects = ScopedManager(edition="edition")

    class Meta(Resumable.Meta):
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.edition} {self.started_at:%Y-%m-%d %H:%M}"
