from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from academy.brain.models.topics import Topic


class Thread(models.Model):
    """A discussion of the community of practice, on topics and optionally within one edition."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), max_length=10_000, help_text=_("Markdown: **bold**, lists, links."))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    topics = models.ManyToManyField(Topic, blank=True, verbose_name=_("topics"), related_name="+")
    edition = models.ForeignKey(
        "editions.Edition", null=True, blank=True, on_delete=models.CASCADE, related_name="threads",
        verbose_name=_("edition"),
    )  # fmt: skip
    created_at = models.DateTimeField()
    last_activity_at = models.DateTimeField(db_index=True)
    locked_at = models.DateTimeField(null=True, blank=True)
    hidden_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        ordering = ["-last_activity_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("brain:thread", args=[self.pk])


class Reply(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="replies")
    body = models.TextField(_("reply"), max_length=10_000)
    created_at = models.DateTimeField(db_index=True)
    hidden_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.author} on {self.thread}"


class Follow(models.Model):
    """Someone who gets the e-mail digest of a discussion's new replies; `notified_up_to` is where
    their last digest stopped."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    notified_up_to = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["thread", "person"], name="brain_follow_once")]

    def __str__(self) -> str:
        return f"{self.person} follows {self.thread}"
