"""A mail server down while the committee's decisions go out: nothing is lost, nothing arrives twice."""

from collections import Counter
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import pytest
from django.core.management import call_command
from freezegun import freeze_time

from academy.applications import decisions, services
from academy.applications.models import Application, Criterion, ReviewAssignment
from academy.applications.models import Status as ApplicationStatus
from academy.outbox.models import Email
from academy.people.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
COUNTRIES = ["SN", "BR", "VN", "PT", "FR", "DE", "KE", "MX", "IN", "CO"]


@pytest.fixture
def pool_of_300(edition):
    """300 reviewed applications from ten countries, in four languages (rows written in bulk, as an import would)."""
    criterion = Criterion.objects.create(call=services.call_for(edition), name={"en": "Overall"}, scale_max=10)
    reviewer = UserFactory()
    applicants = User.objects.bulk_create(
        User(
            email=f"applicant{number}@example.org",
            certificate_name=f"Applicant {number}",
            country=COUNTRIES[number % len(COUNTRIES)],
            language=["en", "fr", "es", "pt"][number % 4],
        )
        for number in range(300)
    )
    applications = Application.objects.bulk_create(
        Application(edition=edition, applicant=applicant, status=ApplicationStatus.SUBMITTED, constituency="workers")
        for applicant in User.objects.filter(pk__in=[applicant.pk for applicant in applicants]).order_by("pk")
    )
    ReviewAssignment.objects.bulk_create(
        ReviewAssignment(
            application=application,
            reviewer=reviewer,
            scores={str(criterion.pk): 1 + number % 10},
            reviewed_at=datetime(2027, 3, 1, tzinfo=UTC),
        )
        for number, application in enumerate(applications)
    )


def test_every_decision_of_300_arrives_exactly_once_after_the_mail_server_comes_back(
    edition, pool_of_300, mail_server, django_capture_on_commit_callbacks
):
    decided_at = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)
    run = services.run_selection(edition=edition, parameters={"seats": 100}, by=None)
    with freeze_time(decided_at), django_capture_on_commit_callbacks(execute=True):
        decisions.confirm_run(run=run, by=UserFactory(), now=decided_at)  # the mail server is down
    assert Email.objects.filter(status="queued", attempts=1).count() == 300
    assert mail_server.messages == []

    mail_server.start()
    with freeze_time(decided_at + timedelta(minutes=1)):
        call_command("send_outbox")
    with freeze_time(decided_at + timedelta(hours=2)):
        call_command("send_outbox")  # the next turn of the outbox worker finds nothing left to send

    received = Counter(envelope.rcpt_tos[0] for envelope in mail_server.messages)
    assert received == Counter({f"applicant{number}@example.org": 1 for number in range(300)})
    assert Email.objects.filter(status="sent").count() == 300
    subjects = Counter(
        message_from_bytes(envelope.content, policy=policy.default)["Subject"] for envelope in mail_server.messages
    )
    assert len(subjects) >= 3  # selected, waitlisted and not selected, in four languages
