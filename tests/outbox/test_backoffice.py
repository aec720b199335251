"""Organisers and staff see what did not leave, and why, and send it again."""

import pytest
from django.core import mail
from django.urls import reverse

from academy.editions.models import Membership, Role
from academy.outbox.models import Email
from tests.factories import EditionFactory, UserFactory

pytestmark = pytest.mark.django_db
LIST = reverse("admin:outbox_email_changelist")  # the English back-office


def stored(edition, subject, status="failed", error="SMTPRecipientsRefused: 450 mailbox busy"):
    return Email.objects.create(
        key=subject,
        edition=edition,
        from_email="academy@example.org",
        to=["awa@example.org"],
        subject=subject,
        body="Body",
        status=status,
        attempts=9 if status == "failed" else 1,
        last_error=error if status == "failed" else "",
    )


@pytest.fixture
def outbox():
    ours, theirs = EditionFactory(number=13), EditionFactory(number=12)
    return {
        "offer": stored(ours, "Your offer"),
        "sent": stored(ours, "You are waitlisted", status="sent"),
        "other edition": stored(theirs, "Certificate of the 12th"),
        "account": stored(None, "Reset your password"),
        "edition": ours,
    }


def organiser_of(edition):
    person = UserFactory()
    Membership.objects.create(edition=edition, user=person, role=Role.ORGANISER)
    return person


def test_an_organiser_sees_the_emails_of_their_edition_with_the_reason_of_a_failure(client, outbox):
    client.force_login(organiser_of(outbox["edition"]))
    page = client.get(LIST).content.decode()
    assert ("Your offer" in page, "You are waitlisted" in page) == (True, True)
    assert ("Certificate of the 12th" in page, "Reset your password" in page) == (False, False)
    detail = client.get(reverse("admin:outbox_email_change", args=[outbox["offer"].pk])).content.decode()
    assert "450 mailbox busy" in detail
    assert client.get(reverse("admin:outbox_email_change", args=[outbox["account"].pk])).status_code == 302


def test_an_organiser_s_filter_names_only_their_editions(client, outbox):
    EditionFactory(number=14, title={"en": "A draft of the 14th"}, status="draft")
    client.force_login(organiser_of(outbox["edition"]))
    page = client.get(LIST).content.decode()
    assert ("Academy 13" in page, "Academy 12" in page, "A draft of the 14th" in page) == (True, False, False)


def test_staff_see_every_email(client, outbox):
    client.force_login(UserFactory(is_staff=True))
    page = client.get(LIST).content.decode()
    assert all(subject in page for subject in ["Your offer", "Certificate of the 12th", "Reset your password"])


def test_participants_do_not_read_the_outbox(client, outbox):
    person = UserFactory()
    Membership.objects.create(edition=outbox["edition"], user=person, role=Role.PARTICIPANT)
    client.force_login(person)
    assert client.get(LIST).status_code == 302  # to the back-office login


def test_send_again_queues_the_failed_ones_of_the_organisers_choice_and_sends_them(
    client, outbox, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    client.force_login(organiser_of(outbox["edition"]))
    chosen = [outbox[name].pk for name in ("offer", "sent", "other edition")]  # the last is not theirs
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(LIST, {"action": "send_again", "_selected_action": chosen}, follow=True)
    assert "1 failed e-mail is queued again." in response.content.decode()
    assert [message.subject for message in mail.outbox] == ["Your offer"]
    statuses = dict(Email.objects.values_list("subject", "status"))
    assert statuses == {
        "Your offer": "sent",
        "You are waitlisted": "sent",
        "Certificate of the 12th": "failed",
        "Reset your password": "failed",
    }


def test_the_edition_dashboard_tells_its_organisers_how_many_emails_failed_and_links_to_them(client, outbox):
    client.force_login(organiser_of(outbox["edition"]))
    page = client.get("/fr/editions/13/dashboard/").content.decode()
    link = f"/fr/back-office/outbox/email/?edition__id__exact={outbox['edition'].pk}&amp;status__exact=failed"
    assert f'<a href="{link}">\n  1 courriel de cette édition' in page
    Email.objects.filter(status="failed").update(status="sent")
    assert "status__exact=failed" not in client.get("/fr/editions/13/dashboard/").content.decode()
