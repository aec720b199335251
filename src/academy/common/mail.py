"""Every e-mail the platform sends goes through the task queue, after the transaction that caused it commits.

Django, allauth and our own code all send through `EMAIL_BACKEND`; this backend only enqueues, and
the worker hands each message to `EMAIL_DELIVERY_BACKEND`. A slow or failing mail server never
slows down or breaks a page, and a rolled-back request sends nothing.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.template import Context, engines
from django.utils import timezone, translation

from academy.common.background import enqueue_after_commit


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            if message.attachments:
                raise ValueError("Attachments are not queued yet: send them from a task with a delivery backend.")
            payload = {
                "subject": str(message.subject),
                "body": str(message.body),
                "from_email": message.from_email,
                "to": list(message.to),
                "cc": list(message.cc),
                "bcc": list(message.bcc),  # envelope only: never written into the message's headers
                "alternatives": [
                    [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
                ],
                "headers": {key: str(value) for key, value in message.extra_headers.items()},
            }
            enqueue_after_commit("academy.common.tasks.deliver_email", **payload)
        return len(email_messages)


def render_plain(template_name: str, context: dict) -> str:
    """A plain-text template (an e-mail's subject or text body) rendered without HTML escaping: what
    people typed arrives as typed ("D'Souza", not "D&#x27;Souza"). HTML keeps Django's autoescaping."""
    template = engines["django"].engine.get_template(template_name)
    return template.render(Context(context, autoescape=False))


def mail_person(person, template: str, context: dict, *, to: str | None = None) -> None:
    """An e-mail to one person in their language and time zone, from `<template>_subject.txt` and
    `<template>_body.txt` (plain text, not escaped), at their address or `to` (another of theirs); like every e-mail
    it leaves through the task queue after commit."""
    with translation.override(person.language), timezone.override(person.time_zone):
        context = {"person": person, **context}
        subject = settings.EMAIL_SUBJECT_PREFIX + render_plain(f"{template}_subject.txt", context).strip()
        body = render_plain(f"{template}_body.txt", context)
    send_mail(subject, body, None, [to or person.email])
