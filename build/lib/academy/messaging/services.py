"""Messages to the cohort: checked, scheduled, turned into one outbox e-mail per person when due, cancelled until
then, read in the platform; and the one-click unsubscription from announcements.

A message is written to filters (`segments.Filters`), not to a list of people: the people are chosen when it is sent
(`send_message`, by a task right after the commit when it is due at once, else by `academy send_messages` from cron
once its time has come), so a message scheduled for next week reaches whoever matches next week.
"""

import binascii
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.encoding import force_bytes
from django.utils.translation import gettext as _

from academy.audit.services import log_action
from academy.common import freshness
from academy.common.background import enqueue_after_commit
from academy.common.bulk import INTEGER, TEXT, insert_rows
from academy.common.i18n import localize
from academy.editions.models import Edition
from academy.editions.rules import EVERYONE, ROLES
from academy.messaging import placeholders, segments
from academy.messaging.models import Kind, Message, MessageStatus, Recipient, Unsubscription
from academy.outbox import services as outbox
from academy.outbox.models import Email
from academy.people.models import User

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SAMPLE = 10
UNSUBSCRIBE_SALT = "academy.messaging.unsubscribe"
ONE_CLICK = "List-Unsubscribe=One-Click"
# The freshness topic of everyone's messages (scope EVERYONE): a message sent changes it. Messages are few (a handful
# a week), so one version for everyone costs little and spares a change per recipient when thousands are written.
MESSAGES = "messages"
freshness.depends(MESSAGES, Message, scope=lambda message: EVERYONE)


# Languages ----------------------------------------------------------------------------------------


def written_languages(texts: dict[str, str]) -> list[str]:
    """The languages a message is written in, in the platform's order."""
    return [code for code in LANGUAGES if (texts.get(code) or "").strip()]


def language_for(preferred: str, written: list[str], main_language: str | None) -> str:
    """The person's language when the message is written in it, else the edition's main language, else the first
    written. Pure."""
    if preferred in written:
        return preferred
    if main_language in written:
        return main_language
    return written[0]


# Checking -----------------------------------------------------------------------------------------


def check(
    *, edition: Edition | None, kind: str, filters: segments.Filters, subject: dict, body: dict, deadline
) -> None:
    """Everything that makes a message unsendable, as one ValidationError naming the fields."""
    errors: dict[str, list] = {}
    written = written_languages(body)
    if not written:
        errors.setdefault("__all__", []).append(_("Write the message in at least one language."))
    for code in LANGUAGES:
        has_subject, has_body = bool((subject.get(code) or "").strip()), bool((body.get(code) or "").strip())
        if has_subject != has_body:
            errors.setdefault(f"body_{code}" if has_subject else f"subject_{code}", []).append(
                _("Write both the subject and the text in this language, or neither.")
            )
        for field, text in ((f"subject_{code}", subject.get(code) or ""), (f"body_{code}", body.get(code) or "")):
            try:
                used = placeholders.names_in(text)
            except placeholders.PlaceholderError as error:
                errors.setdefault(field, []).append(str(error.message))
                continue
            if edition is None and used & placeholders.OF_AN_EDITION:
                errors.setdefault(field, []).append(
                    _("A message to the alumni of every edition cannot use %(names)s.")
                    % {"names": ", ".join(sorted("{" + name + "}" for name in used & placeholders.OF_AN_EDITION))}
                )
            elif "deadline" in used and deadline is None:
                errors.setdefault("deadline", []).append(_("The text uses {deadline}: give the deadline."))
    if not filters.groups:
        errors.setdefault("groups", []).append(_("Choose at least one group of people."))
    if edition is None:
        if set(filters.groups) - {segments.ALUMNI_ALL}:
            errors.setdefault("groups", []).append(_("Without an edition, a message goes to alumni only."))
        if kind != Kind.ANNOUNCEMENT:
            errors.setdefault("kind", []).append(_("A message to the alumni of every edition is an announcement."))
    elif segments.ALUMNI_ALL in filters.groups:
        errors.setdefault("groups", []).append(_("Only platform staff write to the alumni of every edition."))
    if edition is not None and filters.course_not_completed and segments.course_of(edition) is None:
        errors.setdefault("course_not_completed", []).append(_("This edition has no distance-learning course."))
    if errors:
        raise ValidationError(errors)


@dataclass
class Preview:
    count: int
    sample: list[User]
    unsubscribed: int  # matched, but left out (an announcement to people who unsubscribed)


def recipients(message_or_filters, *, edition: Edition | None, kind: str, now: datetime | None = None):
    """The people a message goes to: its segment, less those who unsubscribed when it is an announcement."""
    filters = (
        message_or_filters
        if isinstance(message_or_filters, segments.Filters)
        else segments.Filters.from_json(message_or_filters.filters)
    )
    people = segments.people(filters, edition=edition, now=now)
    if kind == Kind.ANNOUNCEMENT:
        people = people.exclude(unsubscription__isnull=False)
    return people


def preview(*, edition: Edition | None, kind: str, filters: segments.Filters) -> Preview:
    everyone = segments.people(filters, edition=edition)
    chosen = recipients(filters, edition=edition, kind=kind)
    count = chosen.count()
    return Preview(
        count=count,
        sample=list(chosen.only("certificate_name", "country", "language")[:SAMPLE]),
        unsubscribed=everyone.count() - count if kind == Kind.ANNOUNCEMENT else 0,
    )


# Scheduling, sending, cancelling ------------------------------------------------------------------


@transaction.atomic
def schedule(
    *,
    edition: Edition | None,
    by: User,
    kind: str,
    filters: segments.Filters,
    subject: dict,
    body: dict,
    deadline: datetime | None = None,
    send_at: datetime | None = None,
    now: datetime | None = None,
) -> Message:
    """Keep the message and send it at `send_at` (now when not given). Refused, with nothing written, when it cannot
    be sent as written or nobody matches."""
    now = now or timezone.now()
    subject = {code: (subject.get(code) or "").strip() for code in LANGUAGES if (subject.get(code) or "").strip()}
    body = {code: (body.get(code) or "").strip() for code in LANGUAGES if (body.get(code) or "").strip()}
    check(edition=edition, kind=kind, filters=filters, subject=subject, body=body, deadline=deadline)
    if send_at is not None and send_at < now - timedelta(minutes=1):
        raise ValidationError({"send_at": _("Choose a time to come, or leave it empty to send now.")})
    if not recipients(filters, edition=edition, kind=kind).exists():
        raise ValidationError(_("Nobody matches these filters: the message would reach no one."))
    message = Message.objects.create(
        edition=edition,
        kind=kind,
        filters=filters.as_json(),
        subject=subject,
        body=body,
        deadline=deadline,
        send_at=max(send_at or now, now),
        created_by=by,
        created_at=now,
    )
    log_action(
        actor=by,
        action="messaging.scheduled",
        obj=message,
        edition=edition,
        data={"send_at": message.send_at.isoformat(), "kind": kind, "filters": message.filters},
    )
    if message.send_at <= now:
        enqueue_after_commit("academy.messaging.tasks.send_message", message_id=message.pk)
    return message


@transaction.atomic
def cancel(*, message: Message, by: User) -> None:
    """Until it is sent. Two organisers, or an organiser and the worker, at once: one wins, the other is told."""
    cancelled = Message.objects.filter(pk=message.pk, status=MessageStatus.SCHEDULED).update(
        status=MessageStatus.CANCELLED
    )
    if not cancelled:
        raise ValidationError(_("This message has already been sent or cancelled."))
    message.status = MessageStatus.CANCELLED
    log_action(actor=by, action="messaging.cancelled", obj=message, edition=message.edition)


def due(now: datetime | None = None):
    return Message.objects.filter(status=MessageStatus.SCHEDULED, send_at__lte=now or timezone.now())


def send_due(*, now: datetime | None = None) -> int:
    """What `academy send_messages` does: send every message whose time has come; how many people they reached."""
    now = now or timezone.now()
    return sum(send_message(message_id=pk, now=now) or 0 for pk in due(now).values_list("pk", flat=True))


def send_message(*, message_id: int, now: datetime | None = None) -> int | None:
    """Put one e-mail per person in the outbox, in one transaction; how many, or None when the message is not due, or
    was sent or cancelled (by another worker, or an organiser a moment before)."""
    now = now or timezone.now()
    with transaction.atomic():
        claimed = Message.objects.filter(pk=message_id, status=MessageStatus.SCHEDULED, send_at__lte=now).update(
            status=MessageStatus.SENDING
        )
        if not claimed:
            return None
        message = Message.objects.select_related("edition").get(pk=message_id)
        people = recipients(message, edition=message.edition, kind=message.kind, now=now).values_list(
            "pk", "email", "certificate_name", "language"
        )
        writer = Writer(message)
        emails, rows = [], []
        for pk, address, name, preferred in people:
            language = writer.language_for(preferred)
            subject, body, headers = writer.email_of(pk, name, language)
            emails.append(outbox.Outgoing(f"message:{message.pk}:{pk}", [address], subject, body, headers))
            rows.append([pk, language])
        for row, email_id in zip(rows, outbox.store_many(emails=emails, edition=message.edition), strict=True):
            row.append(email_id)
        insert_rows(
            Recipient._meta.db_table,
            [("person_id", INTEGER), ("language", TEXT), ("email_id", INTEGER)],
            rows,
            constants={"message_id": message.pk},
        )
        Message.objects.filter(pk=message.pk).update(status=MessageStatus.SENT, sent_at=now, recipient_count=len(rows))
        freshness.changed(MESSAGES, EVERYONE)  # written in bulk: no signal says so
        log_action(
            actor=None, action="messaging.sent", obj=message, edition=message.edition, data={"people": len(rows)}
        )
    return len(rows)


class Writer:
    """Writes one message for each person: the texts and footers of each language worked out once."""

    def __init__(self, message: Message):
        self.message = message
        self.edition = message.edition
        self.written = written_languages(message.body)
        self.main = self.edition.main_language if self.edition else None
        self.common = {code: self._common(code) for code in self.written}
        self._languages: dict[str, str] = {}
        self._parts: dict[str, tuple] = {}

    def _common(self, language: str) -> dict:
        edition = self.edition
        values = {}
        with translation.override(language):
            if edition is not None:
                values["edition"] = localize(edition.title, language, edition.main_language)[0]
                values["join_link"] = settings.SITE_URL + reverse("programme:timetable", args=[edition.number])
                if self.message.deadline:
                    when = timezone.localtime(self.message.deadline, edition.zone)
                    values["deadline"] = f"{formats.date_format(when, 'DATETIME_FORMAT')} ({edition.time_zone})"
            read_here = settings.SITE_URL + reverse("messaging:read", args=[self.message.pk])
            footer = [_("You can also read this message on the platform: %(url)s") % {"url": read_here}]
            if self.message.kind == Kind.ANNOUNCEMENT:
                footer.append(_("To receive no more announcements, unsubscribe in one click: %(url)s"))
        return {"values": values, "footer": "\n".join(footer)}

    def language_of(self, person: User) -> str:
        return language_for(person.language, self.written, self.main)

    def language_for(self, preferred: str) -> str:
        chosen = self._languages.get(preferred)
        if chosen is None:
            chosen = self._languages[preferred] = language_for(preferred, self.written, self.main)
        return chosen

    def email_of(self, pk: int, name: str, language: str) -> tuple[str, str, dict]:
        """What `email` and `headers` give, from the person's id and name: the same subject, text and headers, with
        each language's parts worked out once (the e-mails of a message to thousands of people)."""
        parts = self._parts.get(language)
        if parts is None:
            parts = self._parts[language] = self._email_parts(language)
        subject, body, values, footer, unsubscribe = parts
        values = {**values, "name": name, "first_name": placeholders.first_name(name)}
        if unsubscribe is None:
            return subject.format_map(values), body.format_map(values) + footer[0], {}
        url = unsubscribe.url(pk)
        return (
            subject.format_map(values),
            body.format_map(values) + url.join(footer),
            {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": ONE_CLICK},
        )

    def _email_parts(self, language: str) -> tuple:
        values = dict.fromkeys(placeholders.PLACEHOLDERS, "")
        values.update((name, str(value)) for name, value in self.common[language]["values"].items())
        footer = f"\n\n-- \n{self.common[language]['footer']}\n"
        announcement = self.message.kind == Kind.ANNOUNCEMENT
        return (
            settings.EMAIL_SUBJECT_PREFIX.replace("{", "{{").replace("}", "}}") + self.message.subject[language],
            self.message.body[language],
            values,
            footer.split("%(url)s") if announcement else [footer],
            UnsubscribeLinks(language) if announcement else None,
        )

    def texts(self, person: User, language: str) -> tuple[str, str]:
        values = {
            **self.common[language]["values"],
            "name": person.certificate_name,
            "first_name": placeholders.first_name(person.certificate_name),
        }
        return (
            placeholders.fill(self.message.subject[language], values),
            placeholders.fill(self.message.body[language], values),
        )

    def email(self, person: User, language: str) -> tuple[str, str]:
        subject, body = self.texts(person, language)
        footer = self.common[language]["footer"]
        if self.message.kind == Kind.ANNOUNCEMENT:
            footer = footer.replace("%(url)s", self.unsubscribe_url(person, language))
        return settings.EMAIL_SUBJECT_PREFIX + subject, f"{body}\n\n-- \n{footer}\n"

    def headers(self, person: User, language: str) -> dict:
        if self.message.kind != Kind.ANNOUNCEMENT:
            return {}
        return {"List-Unsubscribe": f"<{self.unsubscribe_url(person, language)}>", "List-Unsubscribe-Post": ONE_CLICK}

    def unsubscribe_url(self, person: User, language: str) -> str:
        """In the person's language: the address's language prefix, the token signed once per person."""
        cached = getattr(self, "_unsubscribe", None)
        if cached is None or cached[0] != person.pk:
            with translation.override(language):
                self._unsubscribe = (person.pk, unsubscribe_url(person))
        return self._unsubscribe[1]


# Reading on the platform --------------------------------------------------------------------------


def sent_to(person: User):
    """The messages sent to this person, newest first, with their edition: one query."""
    return (
        Recipient.objects.filter(person=person, message__status=MessageStatus.SENT)
        .select_related("message__edition")
        .order_by("-message__sent_at", "-message_id")
    )


def latest_for(person: User, limit: int) -> list["Read"]:
    """My Academy's "Messages from the organisers": the latest `limit` sent to this person, as they got them. One
    query, and none while the cache holds them (until a message is sent or an edition changed: its title)."""
    rows = freshness.cached(
        "messages-of",
        [(MESSAGES, EVERYONE), (ROLES, EVERYONE)],
        lambda: list(sent_to(person)[:limit]),
        vary_on=(person.pk, limit),
    )
    return [read(row, person) for row in rows]


@dataclass
class Read:
    message: Message
    language: str
    subject: str
    body: str


def read(recipient: Recipient, person: User) -> Read:
    """The message as this person got it (in the language chosen when it was sent)."""
    message = recipient.message
    writer = Writer(message)
    language = recipient.language if recipient.language in writer.written else writer.language_of(person)
    subject, body = writer.texts(person, language)
    return Read(message=message, language=language, subject=subject, body=body)


def recipients_of(message: Message):
    """Whom the message was sent to, with their e-mails (status, last error), by name."""
    return (
        Recipient.objects.filter(message=message)
        .select_related("person", "email")
        .order_by("person__certificate_name", "pk")
    )


def delivery_counts(message: Message) -> dict[str, int]:
    """How many of the message's e-mails are waiting, being sent, sent, failed."""
    counts = dict.fromkeys(Email.Status.values, 0)
    for row in Recipient.objects.filter(message=message).values("email__status").annotate(n=Count("pk")):
        if row["email__status"]:
            counts[row["email__status"]] = row["n"]
    return counts


@dataclass
class Sent:
    """One line of the list of messages written: the message, who it is for and in which languages, in words, and
    how many of its e-mails wait, left and failed."""

    message: Message
    segment: list[str]
    languages: list[str]
    waiting: int
    sent: int
    failed: int

    @property
    def when(self):
        return self.message.sent_at or self.message.send_at


def written(*, edition: Edition | None, by: User | None = None):
    """The messages written for an edition (None: to the alumni of every edition), newest first, each with its
    e-mails counted by status in the same query (`waiting`, `sent`, `failed`): one query however many."""
    status = "recipients__email__status"
    messages = Message.objects.filter(edition=edition)
    if by is not None:
        messages = messages.filter(created_by=by)
    return (
        messages.select_related("created_by")
        .annotate(
            waiting=Count("recipients", filter=Q(**{f"{status}__in": [Email.Status.QUEUED, Email.Status.SENDING]})),
            delivered=Count("recipients", filter=Q(**{status: Email.Status.SENT})),
            failed=Count("recipients", filter=Q(**{status: Email.Status.FAILED})),
        )
        .order_by("-send_at", "-pk")
    )


def sent_lines(messages) -> list[Sent]:
    """`written`'s messages (a page of them) as lines, in the reader's language. Reads no more rows."""
    names = dict(settings.LANGUAGES)
    return [
        Sent(
            message=message,
            segment=segments.describe(segments.Filters.from_json(message.filters)),
            languages=[str(names[code]) for code in written_languages(message.body)],
            waiting=message.waiting,
            sent=message.delivered,
            failed=message.failed,
        )
        for message in messages
    ]


# Unsubscribing from announcements -----------------------------------------------------------------


def unsubscribe_token(person: User) -> str:
    return signing.dumps({"p": person.pk}, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(person: User) -> str:
    return settings.SITE_URL + reverse("messaging:unsubscribe", args=[unsubscribe_token(person)])


class UnsubscribeLinks:
    """`unsubscribe_url` for many people in one language, at the same second: the same addresses, whose tokens
    `signing.loads` reads (`signing.dumps` of {"p": pk} with the same key, salt and algorithm: too short for zlib to
    shorten, so never compressed), with the address around the token, the time and the HMAC key worked out once."""

    MARK = "0token0"

    def __init__(self, language: str):
        with translation.override(language):
            address = settings.SITE_URL + reverse("messaging:unsubscribe", args=[self.MARK])
        self.head, self.tail = address.split(self.MARK)
        signer = signing.TimestampSigner(salt=UNSUBSCRIBE_SALT)
        self.sep, self.timestamp = signer.sep, signer.timestamp()
        self.algorithm = signer.algorithm
        hasher = getattr(hashlib, signer.algorithm)
        self.key = hasher(force_bytes(signer.salt + "signer") + force_bytes(signer.key)).digest()  # as salted_hmac

    def url(self, pk: int) -> str:
        claim = b'{"p":%d}' % pk  # what signing.dumps serialises: JSON without spaces
        value = f"{b64(claim)}{self.sep}{self.timestamp}"
        signature = b64(hmac.digest(self.key, value.encode(), self.algorithm))
        return f"{self.head}{value}{self.sep}{signature}{self.tail}"


URLSAFE = bytes.maketrans(b"+/", b"-_")


def b64(data: bytes) -> str:
    """`signing.b64_encode(data).decode()`, without its calls through the base64 module."""
    return binascii.b2a_base64(data, newline=False).translate(URLSAFE).rstrip(b"=").decode()


def person_of_token(token: str) -> User | None:
    """The person an unsubscribe link was made for; None for a link altered or made up. Links do not expire: an
    announcement read months later must still let its reader leave."""
    try:
        claim = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(claim, dict) or not isinstance(claim.get("p"), int):
        return None
    return User.objects.filter(pk=claim["p"]).first()


def unsubscribe(*, person: User) -> bool:
    """No more announcements for this person (every later one leaves them out); False when already so."""
    _row, created = Unsubscription.objects.get_or_create(person=person)
    return created


def resubscribe(*, person: User) -> None:
    Unsubscription.objects.filter(person=person).delete()


def is_unsubscribed(person: User) -> bool:
    return Unsubscription.objects.filter(person=person).exists()
