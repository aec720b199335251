import pytest

from academy.applications.models import Application, Status


@pytest.mark.parametrize("status", Status.values)
def test_application_status_properties_name_one_status_each(status):
    application = Application(status=status)

    assert application.is_draft is (status == "draft")
    assert application.is_selected is (status == "selected")
    assert application.is_waitlisted is (status == "waitlisted")
