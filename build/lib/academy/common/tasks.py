from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection

from academy.common.background import background_task


@background_task
def deliver_email(
    *,
    subject: str,
    body: str,
    from_email: str,
    to: list[str],
    alternatives: list[list[str]],
    headers: dict[str, str],
    cc: list[str] | None = None,
    bcc: list[str] | None = None,
) -> None:
    """Hand one e-mail to the delivery backend (SMTP in production). `cc` and `bcc` may be missing from tasks
    queued before they were kept apart."""
    message = EmailMultiAlternatives(
        subject,
        body,
        from_email,
        to,
        cc=cc or [],
        bcc=bcc or [],
        headers=headers,
        connection=get_connection(settings.EMAIL_DELIVERY_BACKEND),
    )
    for content, mimetype in alternatives:
        message.attach_alternative(content, mimetype)
    message.send()
