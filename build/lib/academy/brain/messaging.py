"""Alumni writing to one another: through the platform, by e-mail, neither address shown; limits,
blocking and reports to the organisers."""

from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from academy.brain.models import Block, Flag, Message
from academy.brain.models.messages import MESSAGE_MAX_LENGTH
from academy.common.mail import mail_person


def send_message(*, sender, recipient, body: str, now: datetime) -> Message:
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write a message.")}, code="empty")
    if len(body) > MESSAGE_MAX_LENGTH:
        raise ValidationError(
            {"body": _("A message can be at most %(limit)s characters.")},
            code="too_long",
            params={"limit": MESSAGE_MAX_LENGTH},
        )
    if not sender.has_perm("brain.write_to", recipient):
        raise ValidationError(_("You cannot write to this person."), code="not_allowed")
    limit = settings.ACADEMY_MESSAGES_PER_HOUR
    with transaction.atomic():
        recent = Message.objects.select_for_update().filter(sender=sender, sent_at__gt=now - timedelta(hours=1))
        if len(recent) >= limit:
            raise ValidationError(
                _("You have sent %(limit)s messages in the last hour, the most allowed. Please write again later."),
                code="rate_limited",
                params={"limit": limit},
            )
        message = Message.objects.create(sender=sender, recipient=recipient, body=body, sent_at=now)
        mail_person(
            recipient,
            "brain/email/message",
            {"message": message, "sender": sender, "site_url": settings.SITE_URL},
        )
    return message


def block(*, blocker, blocked) -> None:
    if blocker.pk == blocked.pk:
        raise ValidationError(_("You cannot block yourself."), code="self")
    Block.objects.get_or_create(blocker=blocker, blocked=blocked)


def unblock(*, blocker, blocked) -> None:
    Block.objects.filter(blocker=blocker, blocked=blocked).delete()


def report(*, reporter, person, reason: str, message: Message | None = None) -> Flag:
    """A report to the organisers; only about a message one received, or a person one may see."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say what is wrong, so that the organisers can act.")}, code="empty")
    if message is not None and (message.recipient_id != reporter.pk or message.sender_id != person.pk):
        raise ValidationError(_("You can only report messages you received."), code="not_yours")
    return Flag.objects.create(reporter=reporter, person=person, message=message, reason=reason[:2000])
