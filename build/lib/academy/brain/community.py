"""The community of practice: discussions by topic and per edition, replies, following with an e-mail
digest, and moderation (reports, hiding, locking)."""

from collections import defaultdict

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from academy.brain.models import DocumentKind, Flag, Follow, Reply, Thread, Topic
from academy.brain.rules import can_curate, is_community_member
from academy.brain.search import index
from academy.brain.search.documents import thread_document
from academy.common.mail import mail_person


def _member(person) -> None:
    if not is_community_member(person):
        raise ValidationError(_("Only alumni take part in the discussions."), code="not_alumnus")


def refresh(*, thread: Thread) -> None:
    """Keep the discussion's search document as it now is (gone while hidden)."""
    if thread.hidden_at:
        index.remove(DocumentKind.THREAD, [thread.pk])
    else:
        index.store([thread_document(thread)])


def follow(*, thread: Thread, person, now) -> None:
    Follow.objects.get_or_create(thread=thread, person=person, defaults={"notified_up_to": now})


def unfollow(*, thread: Thread, person) -> None:
    Follow.objects.filter(thread=thread, person=person).delete()


def start_thread(*, author, title: str, body: str, language: str, topics: list[Topic], edition=None, now) -> Thread:
    _member(author)
    if edition is not None and not author.memberships.filter(edition=edition).exists():
        raise ValidationError(_("Discussions of an edition are for the people who took part in it."), code="edition")
    thread = Thread(author=author, title=title.strip(), body=body.strip(), language=language, edition=edition,
                    created_at=now, last_activity_at=now)  # fmt: skip
    thread.full_clean()
    with transaction.atomic():
        thread.save()
        thread.topics.set(topics)
        follow(thread=thread, person=author, now=now)
        refresh(thread=thread)
    return thread


def reply(*, thread: Thread, author, body: str, now) -> Reply:
    _member(author)
    if thread.locked_at or thread.hidden_at:
        raise ValidationError(_("This discussion is closed to new replies."), code="locked")
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write a reply.")}, code="empty")
    answer = Reply(thread=thread, author=author, body=body, created_at=now)
    answer.full_clean()
    with transaction.atomic():
        answer.save()
        thread.last_activity_at = now
        thread.save(update_fields=["last_activity_at"])
        follow(thread=thread, person=author, now=now)
        refresh(thread=thread)
    return answer


def moderate(*, by, now, thread: Thread | None = None, answer: Reply | None = None, action: str) -> None:
    """Organisers hide or show a discussion or a reply, and lock or unlock a discussion."""
    if not by.has_perm("brain.moderate"):
        raise ValidationError(_("Only organisers moderate the discussions."), code="not_allowed")
    with transaction.atomic():
        if answer is not None:
            answer.hidden_at = now if action == "hide" else None
            answer.save(update_fields=["hidden_at"])
            thread = answer.thread
        elif action in ("hide", "show"):
            thread.hidden_at = now if action == "hide" else None
            thread.save(update_fields=["hidden_at"])
        elif action in ("lock", "unlock"):
            thread.locked_at = now if action == "lock" else None
            thread.save(update_fields=["locked_at"])
        else:
            raise ValidationError(_("Unknown moderation."), code="unknown")
        refresh(thread=thread)


def report(*, reporter, reason: str, thread: Thread, answer: Reply | None = None) -> Flag:
    _member(reporter)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say what is wrong, so that the organisers can act.")}, code="empty")
    person = answer.author if answer else thread.author
    return Flag.objects.create(reporter=reporter, person=person, thread=thread, reply=answer, reason=reason[:2000])


def visible_threads(viewer):
    """Hidden discussions are gone for alumni; organisers still see them, to show them again."""
    threads = Thread.objects.select_related("author", "edition").prefetch_related("topics")
    return threads if can_curate(viewer) else threads.filter(hidden_at=None)


def visible_replies(thread: Thread, viewer):
    replies = thread.replies.select_related("author")
    return replies if can_curate(viewer) else replies.filter(hidden_at=None)


def send_digests(*, now) -> int:
    """One e-mail per follower listing the discussions with replies since their last digest (not
    their own, not hidden); returns how many were sent."""
    news: dict[int, list[tuple[Thread, int]]] = defaultdict(list)
    follows = Follow.objects.select_related("thread", "person").filter(thread__hidden_at=None)
    for follow_row in follows:
        count = (
            Reply.objects.filter(thread=follow_row.thread, hidden_at=None, created_at__gt=follow_row.notified_up_to,
                                 created_at__lte=now)
            .exclude(author=follow_row.person)
            .count()
        )  # fmt: skip
        if count:
            news[follow_row.person_id].append((follow_row.thread, count))
    sent = 0
    people = {row.person_id: row.person for row in follows}
    for person_id, threads in news.items():
        with transaction.atomic():
            mail_person(people[person_id], "brain/email/digest", {"threads": threads, "site_url": settings.SITE_URL})
            Follow.objects.filter(person_id=person_id, thread__in=[thread for thread, _count in threads]).update(
                notified_up_to=now
            )
        sent += 1
    return sent
