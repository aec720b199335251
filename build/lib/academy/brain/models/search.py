from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from academy.brain.models.profiles import Visibility


class DocumentKind(models.TextChoices):
    ARTICLE = "article", _("Article")
    RESOURCE = "resource", _("Resource")
    PRACTICE = "practice", _("Good practice")
    THREAD = "thread", _("Discussion")
    POST = "post", _("Marketplace post")
    PERSON = "person", _("Person")
    FOLLOW_UP = "followup", _("Follow-up")


class SearchDocument(models.Model):
    """One searchable thing as the index sees it: the terms of its text, its facets and who may find it.

    The backends index `title_terms` and `body_terms`: SQLite through an FTS5 table kept in step by
    triggers, PostgreSQL through a generated tsvector column with a GIN index (migration 0002).
    """

    kind = models.CharField(max_length=16, choices=DocumentKind.choices)
    object_id = models.PositiveBigIntegerField()
    audience = models.PositiveSmallIntegerField(choices=Visibility.choices, default=Visibility.EVERYONE)
    language = models.CharField(max_length=8)
    title = models.CharField(max_length=300)
    summary = models.CharField(max_length=400, blank=True)
    title_terms = models.TextField()
    # How many terms the title has: ranks title matches when too many documents match to score each.
    title_length = models.PositiveSmallIntegerField(default=0)
    body_terms = models.TextField()
    # Space-separated "dimension:value" pairs, such as "type:resource audience:0 topic:7 country:BR sdg:8.3".
    facets = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="brain_search_document_once")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse(PAGES[self.kind], args=[self.object_id])


PAGES = {
    DocumentKind.RESOURCE: "brain:resource",
    DocumentKind.PRACTICE: "brain:practice",
    DocumentKind.PERSON: "brain:person",
    DocumentKind.POST: "brain:post",
    DocumentKind.ARTICLE: "brain:article",
    DocumentKind.THREAD: "brain:thread",
    DocumentKind.FOLLOW_UP: "brain:follow_up",
}


class SearchIndexState(models.Model):
    """A token that changes with every write to the index, so each process knows when its copy of
    the facets is stale (a token, not a counter: a rolled-back write must not look current)."""

    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return self.token
