"""The platform's own e-mails: written from templates in each person's language, sent through `EMAIL_BACKEND`
(the outbox, `academy.outbox`, in production)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context, engines
from django.utils import timezone, translation


class PlatformEmail(EmailMultiAlternatives):
    """An e-mail of the platform's own, which may name what makes it unique (`key`, e.g. "certificate:42": the outbox
    sends one e-mail per key, even when the work that sends it runs twice) and the edition it concerns (`edition`:
    its organisers see it in the outbox)."""

    def __init__(self, *args, key: str | None = None, edition=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.key, self.edition = key, edition


def render_plain(template_name: str, context: dict) -> str:
    """A plain-text template (an e-mail's subject or text body) rendered without HTML escaping: what
    people typed arrives as typed ("D'Souza", not "D&#x27;Souza"). HTML keeps Django's autoescaping."""
    template = engines["django"].engine.get_template(template_name)
    return template.render(Context(context, autoescape=False))


def mail_person(
    person, template: str, context: dict, *, to: str | None = None, key: str | None = None, edition=None
) -> None:
    """An e-mail to one person in their language and time zone, from `<template>_subject.txt` and
    `<template>_body.txt` (plain text, not escaped), at their address or `to` (another of theirs); `key` and
    `edition` as in `PlatformEmail`. Like every e-mail it leaves through the outbox after commit."""
    with translation.override(person.language), timezone.override(person.time_zone):
        context = {"person": person, **context}
        subject = settings.EMAIL_SUBJECT_PREFIX + render_plain(f"{template}_subject.txt", context).strip()
        body = render_plain(f"{template}_body.txt", context)
    PlatformEmail(subject, body, None, [to or person.email], key=key, edition=edition).send()
