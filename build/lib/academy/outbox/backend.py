"""The e-mail backend of Django, allauth and the platform (`EMAIL_BACKEND`): it stores every message in the outbox,
which delivers it through `EMAIL_DELIVERY_BACKEND`. A slow or failing mail server never slows down or breaks a page,
a rolled-back request sends nothing, and an e-mail that could not be sent is tried again."""

from django.core.mail.backends.base import BaseEmailBackend

from academy.outbox.services import store


class OutboxBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        for message in email_messages:
            store(message=message)
        return len(email_messages)
