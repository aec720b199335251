"""A real e-mail over SMTP, to a local aiosmtpd server the test starts."""

import re
import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

pytestmark = pytest.mark.django_db


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    yield inbox
    controller.stop()


def test_signup_verification_mail_goes_out_over_smtp(client, smtp_server):
    client.post(
        "/fr/accounts/signup/",
        {
            "email": "awa@example.org",
            "certificate_name": "Awa Ndiaye",
            "country": "SN",
            "password1": "economie-sociale-2027",
            "password2": "economie-sociale-2027",
        },
    )
    [envelope] = smtp_server.messages
    assert envelope.rcpt_tos == ["awa@example.org"]
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert message["To"] == "awa@example.org"
    assert message["Subject"].startswith("[SSE Academy]")
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert re.search(r"/fr/accounts/confirm-email/\S+/", body)
