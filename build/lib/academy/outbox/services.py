"""The outbox: every e-mail is stored before it is sent, tried again after a temporary failure, and sent once.

Storing happens in the transaction that caused the e-mail, so a rolled-back request leaves no e-mail and a committed
one cannot lose it. After the commit a task makes the first attempt; `academy send_outbox` (the outbox worker) makes
the later ones, with growing delays, and takes back e-mails whose sender died mid-send once their lease runs out.

Exactly once: an e-mail names its key (what makes it unique, e.g. "certificate:42"); a key stored before is not
stored again, so work that runs twice (a task re-run after its worker died) sends one e-mail. Each attempt first
claims the e-mail with one conditional UPDATE, so two workers never send it at the same time. The one window left is
a worker that dies after the mail server accepted the message and before the outbox recorded it: the e-mail is sent
again when its lease runs out, with the same Message-ID, which mail systems use to drop the copy.
"""

import hashlib
import logging
import smtplib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from django_scopes import scopes_disabled

from academy.common.background import enqueue_after_commit
from academy.common.bulk import JSON, TEXT, insert_rows
from academy.outbox.models import Attachment, Email

logger = logging.getLogger(__name__)

# The wait before each further attempt: about two days of trying before an e-mail is marked failed.
RETRY_DELAYS = tuple(timedelta(minutes=minutes) for minutes in (1, 5, 15, 60, 3 * 60, 6 * 60, 12 * 60, 24 * 60))
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# Longer than a send can take (EMAIL_TIMEOUT per SMTP step): an e-mail still "being sent" after that lost its sender.
LEASE = timedelta(minutes=5)


def store(*, message: EmailMessage) -> Email | None:
    """Keep `message` in the outbox and try to send it once the current transaction commits. A message may carry
    `key` (what makes it unique) and `edition` (whose organisers see it); None when its key was stored before."""
    key = getattr(message, "key", None) or uuid.uuid4().hex
    try:
        with transaction.atomic():
            email = Email.objects.create(
                key=key,
                edition=getattr(message, "edition", None),
                from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
                to=list(message.to),
                cc=list(message.cc),
                bcc=list(message.bcc),  # envelope only: never written into the message's headers
                reply_to=list(message.reply_to),
                subject=str(message.subject),
                body=str(message.body),
                alternatives=[[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
                headers={name: str(value) for name, value in message.extra_headers.items()},
                next_attempt_at=timezone.now(),
            )
            Attachment.objects.bulk_create(
                Attachment(email=email, filename=filename, mimetype=mimetype, content=as_bytes(content))
                for filename, content, mimetype in message.attachments
            )
    except IntegrityError:
        with scopes_disabled():  # whatever the page's edition scope: the key is unique across editions
            if not Email.objects.filter(key=key).exists():
                raise
        return None  # stored (and sent, or on its way) before: once is enough
    enqueue_after_commit("academy.outbox.tasks.deliver", email_id=email.pk)
    return email


# E-mails written at once (a message to a cohort) are handed to the workers in batches of this many.
BATCH = 200


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One e-mail of many written at once (`store_many`): plain text to the addresses in `to`, unique by `key`."""

    key: str
    to: list[str]
    subject: str
    body: str
    headers: dict[str, str] = field(default_factory=dict)


def store_many(*, emails: list[Outgoing], edition=None) -> list[int]:
    """Keep many new e-mails (each with a fresh key) in the outbox in one statement, whatever their number, and have
    them sent after the current transaction commits, in batches: the work of a message to thousands of people. The
    ids of the stored e-mails, in the order given."""
    if not emails:
        return []
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    constants = {
        "from_email": settings.DEFAULT_FROM_EMAIL, "cc": [], "bcc": [], "reply_to": [], "alternatives": [],
        "status": Email.Status.QUEUED.value, "attempts": 0, "last_error": "", "next_attempt_at": now, "created_at": now,
    }  # fmt: skip
    if edition is not None:
        constants["edition_id"] = edition.pk
    inserted = insert_rows(
        Email._meta.db_table,
        [("key", TEXT), ("to", JSON), ("subject", TEXT), ("body", TEXT), ("headers", JSON)],
        [[email.key, email.to, email.subject, email.body, email.headers] for email in emails],
        constants=constants,
        returning=("id", "key"),
    )
    stored = {key: pk for pk, key in inserted}
    ids = [stored[email.key] for email in emails]
    enqueue_after_commit("academy.outbox.tasks.deliver_in_batches", id_ranges=id_ranges(ids))
    return ids


def id_ranges(ids: list[int]) -> list[list[int]]:
    """Ids as [first, last] ranges of consecutive ids, sorted: the ids of one insert are one range or a few (ten
    thousand e-mails travel to the worker as a few numbers). Pure."""
    ranges: list[list[int]] = []
    for pk in sorted(ids):
        if ranges and pk == ranges[-1][1] + 1:
            ranges[-1][1] = pk
        else:
            ranges.append([pk, pk])
    return ranges


def in_batches(*, id_ranges: list[list[int]]) -> None:
    """Hand e-mails stored at once (`id_ranges`) to the workers in batches (a task of its own: the sender of a
    message to ten thousand people enqueues one task, whatever their number)."""
    email_ids = [pk for first, last in id_ranges for pk in range(first, last + 1)]
    for start in range(0, len(email_ids), BATCH):
        enqueue_after_commit("academy.outbox.tasks.deliver_batch", email_ids=email_ids[start : start + BATCH])


def as_bytes(content) -> bytes:
    return content.encode() if isinstance(content, str) else bytes(content)


def due(now: datetime) -> Q:
    """E-mails to try now: waiting and due, or left "being sent" by a sender that died (its lease ran out)."""
    return Q(status=Email.Status.QUEUED, next_attempt_at__lte=now) | Q(status=Email.Status.SENDING, lease_until__lt=now)


def deliver(*, email_id: int, now: datetime | None = None) -> Email.Status | None:
    """One attempt at sending the e-mail, if it is due and no other worker holds it; its new status, or None."""
    now = now or timezone.now()
    claimed = Email.objects.filter(due(now), pk=email_id).update(
        status=Email.Status.SENDING, attempts=F("attempts") + 1, lease_until=now + LEASE
    )
    if not claimed:
        return None  # sent, failed, not due yet, or being sent by another worker
    email = Email.objects.get(pk=email_id)
    try:
        as_message(email).send()
    except Exception as error:
        return after_failure(email=email, error=error, now=now)
    Email.objects.filter(pk=email.pk).update(
        status=Email.Status.SENT, sent_at=timezone.now(), lease_until=None, next_attempt_at=None, last_error=""
    )
    email.attachments.all().delete()  # delivered: the files are the certificate's own, kept with it
    return Email.Status.SENT


def as_message(email: Email) -> EmailMultiAlternatives:
    headers = {**email.headers, "Message-ID": message_id(email)}
    message = EmailMultiAlternatives(
        email.subject,
        email.body,
        email.from_email,
        email.to,
        cc=email.cc,
        bcc=email.bcc,
        reply_to=email.reply_to,
        headers=headers,
        connection=get_connection(settings.EMAIL_DELIVERY_BACKEND),
    )
    for content, mimetype in email.alternatives:
        message.attach_alternative(content, mimetype)
    for attachment in email.attachments.all():
        message.attach(attachment.filename, bytes(attachment.content), attachment.mimetype)
    return message


def message_id(email: Email) -> str:
    """The same Message-ID at every attempt, so that a copy sent twice is recognised as one message."""
    digest = hashlib.sha256(email.key.encode()).hexdigest()[:32]
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].rstrip(">").strip() or "localhost"
    return f"<{digest}.{email.pk}@{domain}>"


def is_permanent(error: Exception) -> bool:
    """A mail server's 5xx answer (no such address, refused) will not change by waiting; everything else may."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return not isinstance(error, (smtplib.SMTPException, OSError))  # OSError: refused, unreachable, timed out


def after_failure(*, email: Email, error: Exception, now: datetime) -> Email.Status:
    reason = f"{type(error).__name__}: {error}"[:2000]
    attempts = email.attempts
    if is_permanent(error) or attempts >= MAX_ATTEMPTS:
        status, next_attempt_at = Email.Status.FAILED, None
        logger.error("E-mail %s failed after %s attempts: %s", email.pk, attempts, reason)
    else:
        status, next_attempt_at = Email.Status.QUEUED, now + RETRY_DELAYS[attempts - 1]
        logger.warning("E-mail %s not sent (attempt %s), next at %s: %s", email.pk, attempts, next_attempt_at, reason)
    Email.objects.filter(pk=email.pk).update(
        status=status, next_attempt_at=next_attempt_at, lease_until=None, last_error=reason
    )
    return status


def deliver_due(*, now: datetime | None = None, limit: int = 500) -> dict[str, int]:
    """What the outbox worker does at each turn: one attempt at every e-mail due, oldest first."""
    now = now or timezone.now()
    outcomes: dict[str, int] = {}
    for email_id in (
        Email.objects.filter(due(now)).order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:limit]
    ):
        status = deliver(email_id=email_id, now=now)
        if status is not None:
            outcomes[status] = outcomes.get(status, 0) + 1
    return outcomes


def failed_count(edition) -> int:
    """How many of the edition's e-mails failed and wait for an organiser to send them again."""
    return Email.objects.filter(edition=edition, status=Email.Status.FAILED).count()


@transaction.atomic
def send_again(*, emails) -> int:
    """Failed e-mails back in the queue for a new round of attempts (after the address or the server was fixed)."""
    failed = list(emails.filter(status=Email.Status.FAILED).values_list("pk", flat=True))
    Email.objects.filter(pk__in=failed).update(
        status=Email.Status.QUEUED, attempts=0, next_attempt_at=timezone.now(), last_error=""
    )
    for email_id in failed:
        enqueue_after_commit("academy.outbox.tasks.deliver", email_id=email_id)
    return len(failed)
