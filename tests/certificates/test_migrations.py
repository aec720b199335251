"""Certificates issued before the status lists get their position in one, so that revoking them shows there."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("certificates", "0003_resumable_runs")]
AFTER = [("certificates", "0004_status_list")]


@pytest.mark.django_db(transaction=True)
def test_certificates_issued_before_get_distinct_positions_in_the_first_list(edition, organiser):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("certificates", "Certificate")
    for number in range(3):
        old.objects.create(
            edition_id=edition.pk, user_id=organiser.pk if number == 0 else None, code=f"CODE{number:08d}",
            name=f"Person {number}", language="en", hours=3, signatories=[],
            issued_at=datetime(2027, 7, 1, tzinfo=UTC),
        )  # fmt: skip
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    (status_list,) = new.get_model("certificates", "StatusList").objects.all()
    assert (status_list.number, status_list.allocated) == (1, 3)
    positions = list(new.get_model("certificates", "Certificate").objects.values_list("status_list_id", "status_index"))
    assert {list_id for list_id, _index in positions} == {status_list.pk}
    assert len({index for _list_id, index in positions}) == 3
    assert all(0 <= index < 131072 for _list_id, index in positions)
