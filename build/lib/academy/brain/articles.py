"""Participant articles: written before the deadline, reviewed by the organisers, linked to the
sessions they feed, searchable and compiled into the edition's Reader once accepted."""

import time

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from academy.audit.services import log_action
from academy.brain import reader
from academy.brain.models import Article, ArticleCall, ArticleStatus, DocumentKind, ReaderBuild, Topic
from academy.brain.search import index
from academy.brain.search.documents import article_document
from academy.common import resumable
from academy.common.background import enqueue_after_commit
from academy.common.i18n import localize
from academy.common.mail import mail_person
from academy.editions.rules import is_participant

EDITABLE = (ArticleStatus.DRAFT, ArticleStatus.REVISION)
DECISIONS = (ArticleStatus.ACCEPTED, ArticleStatus.REVISION, ArticleStatus.DECLINED)


def call_of(edition) -> ArticleCall | None:
    return ArticleCall.objects.filter(edition=edition).first()


def article_of(person, edition) -> Article | None:
    return Article.objects.filter(edition=edition, author=person).first()


def articles_of(person, editions) -> dict[int, Article]:
    """The person's article in each of these editions where they wrote one, by edition id: one query."""
    return {article.edition_id: article for article in Article.objects.filter(edition__in=editions, author=person)}


def _open_for(article: Article | None, edition, now) -> None:
    """Writing is open before the deadline, and after it for an article sent back for revision."""
    call = call_of(edition)
    if call is None:
        raise ValidationError(_("This edition does not ask for articles."), code="no_call")
    if now > call.deadline and not (article and article.status == ArticleStatus.REVISION):
        raise ValidationError(_("The deadline for articles has passed."), code="late")


def save_draft(
    *, author, edition, title: str, body: str, language: str, topics: list[Topic], now, submit_it: bool = False
) -> Article:
    """Save the participant's article; with `submit_it`, submit it to the editors in the same transaction."""
    if not is_participant(author, edition):
        raise ValidationError(_("Only participants of the edition write an article for it."), code="not_participant")
    article = article_of(author, edition)
    _open_for(article, edition, now)
    if article is not None and article.status not in EDITABLE:
        raise ValidationError(_("This article is with the editors and can no longer be changed."), code="locked")
    article = article or Article(edition=edition, author=author)
    article.title, article.body, article.language = title.strip(), body.strip(), language
    article.full_clean()
    with transaction.atomic():
        article.save()
        article.topics.set(topics)
        if submit_it:
            submit(article=article, by=author, now=now)
    return article


def submit(*, article: Article, by, now) -> Article:
    if article.author_id != by.pk:
        raise ValidationError(_("Only its author can submit an article."), code="not_author")
    if article.status not in EDITABLE:
        raise ValidationError(_("This article is with the editors already."), code="submitted")
    _open_for(article, article.edition, now)
    if not article.title or not article.body:
        raise ValidationError(_("An article needs a title and a text."), code="incomplete")
    article.status = ArticleStatus.SUBMITTED
    article.submitted_at = now
    article.save(update_fields=["status", "submitted_at", "updated_at"])
    return article


def decide(*, article: Article, by, decision: str, comments: str, sessions, now) -> Article:
    """Accept (linked to the sessions it feeds), ask for a revision (with comments), or decline."""
    if article.status != ArticleStatus.SUBMITTED:
        raise ValidationError(_("Only submitted articles are decided on."), code="not_submitted")
    if decision not in DECISIONS:
        raise ValidationError(_("Choose accept, ask for a revision or decline."), code="unknown")
    comments = comments.strip()
    if decision == ArticleStatus.REVISION and not comments:
        raise ValidationError({"comments": _("Say what the author should revise.")}, code="no_comments")
    sessions = list(sessions) if decision == ArticleStatus.ACCEPTED else []
    if any(session.edition_id != article.edition_id for session in sessions):
        raise ValidationError(_("Link the article to sessions of its own edition."), code="other_edition")
    with transaction.atomic():
        article.status, article.review_comments, article.decided_at = decision, comments, now
        article.save(update_fields=["status", "review_comments", "decided_at", "updated_at"])
        article.sessions.set(sessions)
        if decision == ArticleStatus.ACCEPTED:
            index.store([article_document(article)])
        else:
            index.remove(DocumentKind.ARTICLE, [article.pk])
        log_action(actor=by, action=f"article_{decision}", obj=article, edition=article.edition, reason=comments)
        if article.author is not None:
            mail_person(article.author, "brain/email/article_decision", {"article": article}, edition=article.edition)
    return article


def accepted(edition):
    return (
        Article.objects.filter(edition=edition, status=ArticleStatus.ACCEPTED)
        .select_related("author")
        .order_by("title")
    )


def start_reader(*, edition, by, now) -> ReaderBuild:
    """Record a compilation of the Reader; the task `compile_reader` does the work after commit."""
    build = ReaderBuild.objects.create(edition=edition, started_by=by, started_at=now)
    enqueue_after_commit("academy.brain.tasks.compile_reader", build_id=build.pk)
    return build


def stalled_readers(*, now, after=None):
    """Compilations whose worker died (a failed one stays failed: compiling it again would fail again)."""
    return resumable.stalled(ReaderBuild.objects.filter(failed=""), now=now, after=after)


@transaction.atomic
def resume_reader(*, build: ReaderBuild, now=None) -> None:
    """Queue a stalled compilation again: the next worker compiles the Reader whole."""
    resumable.mark_requeued(row=build, now=now)
    enqueue_after_commit("academy.brain.tasks.compile_reader", urgent=True, build_id=build.pk)


def reader_file_name(build: ReaderBuild) -> str:
    return f"readers/reader-{build.edition.number}-{build.pk}.pdf"


def compile_reader_pdf(*, build: ReaderBuild) -> ReaderBuild | None:
    """The Reader as one complete file: made whole in memory, stored, and only then recorded on the build, so a
    worker killed mid-way leaves no build pointing at half a file. Whoever resumes removes what a dead worker may
    have half-written under the build's name. The worker first claims the build (`common.resumable`) and beats as
    the PDF is laid out; None when the build is finished, held by a live worker, or taken over meanwhile."""
    attempt = resumable.claim(model=ReaderBuild, pk=build.pk)
    if attempt is None:
        return None
    edition = build.edition
    articles = list(accepted(edition))
    call = call_of(edition)
    introduction = localize(call.reader_introduction, edition.main_language, edition.main_language)[0] if call else ""
    last_beat = time.monotonic()

    def alive() -> None:
        nonlocal last_beat
        if time.monotonic() - last_beat >= 1:
            last_beat = time.monotonic()
            if not resumable.beat(model=ReaderBuild, pk=build.pk, attempt=attempt):
                raise resumable.TakenOver

    try:
        pdf = reader.reader_pdf(edition, articles, introduction, progress=alive)
    except resumable.TakenOver:
        return None
    storage = build.file.storage
    name = reader_file_name(build)
    if attempt > 1 and storage.exists(name):
        storage.delete(name)  # half-written by a worker that died; never recorded on the build
    stored = storage.save(name, ContentFile(pdf))
    if not resumable.finish(model=ReaderBuild, pk=build.pk, attempt=attempt, articles=len(articles), file=stored):
        storage.delete(stored)  # another worker took over and records its own file
        return None
    build.refresh_from_db()
    return build


def latest_reader(edition) -> ReaderBuild | None:
    return ReaderBuild.objects.filter(edition=edition).exclude(finished_at=None).first()
