"""Writing to the search index: one SearchDocument per searchable thing, its terms computed here."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction

from academy.brain.models import SearchDocument, SearchIndexState, Visibility
from academy.brain.search import text
from academy.common import freshness

SUMMARY_LENGTH = 400
# The freshness topic of what is made from the index: results pages (with their facets' labels: topics, editions).
INDEX = "brain-search-index"


@dataclass(frozen=True)
class Document:
    """A searchable thing as the index needs it. `labels` are translated names (topics, countries)
    indexed with the language of each translation, so a search in any language finds them."""

    kind: str
    object_id: int
    language: str
    title: str
    body: str
    summary: str = ""
    audience: int = Visibility.EVERYONE
    facets: dict[str, list[str]] = field(default_factory=dict)
    labels: tuple[tuple[str, str], ...] = ()

    def row(self) -> SearchDocument:
        body_terms = [text.index_text(self.body, self.language)]
        body_terms += [text.index_text(label, language) for label, language in self.labels]
        title_terms = text.index_text(self.title, self.language)
        facets = {"type": [self.kind], "audience": [str(int(self.audience))], **self.facets}
        return SearchDocument(
            kind=self.kind,
            object_id=self.object_id,
            audience=self.audience,
            language=self.language,
            title=self.title[:300],
            summary=_shorten(self.summary or self.body),
            title_terms=title_terms,
            title_length=min(title_terms.count(" ") + 1, 1000) if title_terms else 0,
            body_terms=" ".join(terms for terms in body_terms if terms),
            facets=" ".join(
                f"{dimension}:{value}" for dimension, values in facets.items() for value in dict.fromkeys(values)
            ),
        )


def _shorten(body: str) -> str:
    flat = " ".join(body.split())
    if len(flat) <= SUMMARY_LENGTH:
        return flat
    return flat[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _changed() -> None:
    freshness.changed(INDEX)
    token = uuid.uuid4().hex
    if not SearchIndexState.objects.update(token=token):
        SearchIndexState.objects.create(token=token)


def store(documents: Iterable[Document]) -> None:
    """Add or replace these documents, in one transaction."""
    rows = [document.row() for document in documents]
    if not rows:
        return
    with transaction.atomic():
        for row in rows:
            SearchDocument.objects.filter(kind=row.kind, object_id=row.object_id).delete()
        SearchDocument.objects.bulk_create(rows, batch_size=500)
        _changed()


def remove(kind: str, object_ids: Iterable[int]) -> None:
    with transaction.atomic():
        if SearchDocument.objects.filter(kind=kind, object_id__in=list(object_ids)).delete()[0]:
            _changed()


def replace_kind(kind: str, documents: Iterable[Document]) -> None:
    """Rebuild every document of a kind in one go (the benchmark's bulk load)."""
    with transaction.atomic():
        SearchDocument.objects.filter(kind=kind).delete()
        SearchDocument.objects.bulk_create((document.row() for document in documents), batch_size=1000)
        _changed()
