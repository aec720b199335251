from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from academy.applications.models import Application, SelectionRun, Status
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_expire_offers_command_lapses_late_offers_through_the_task_queue(edition):
    late = Application.objects.create(
        edition=edition, applicant=UserFactory(), status=Status.SELECTED, confirm_by=timezone.now() - timedelta(hours=1)
    )
    on_time = Application.objects.create(
        edition=edition, applicant=UserFactory(), status=Status.SELECTED, confirm_by=timezone.now() + timedelta(days=1)
    )
    SelectionRun.objects.create(edition=edition, parameters={"seats": 2}, status="optimal", confirmed_at=timezone.now())
    out = StringIO()
    call_command("expire_offers", stdout=out)  # the test settings run tasks at once
    assert "1 edition" in out.getvalue()
    late.refresh_from_db()
    on_time.refresh_from_db()
    assert (late.status, on_time.status) == (Status.DECLINED, Status.SELECTED)
