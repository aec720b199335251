import pytest

from academy.editions.models import Edition, Status


@pytest.mark.parametrize("status", Status.values)
def test_edition_is_finished_only_when_finished(status):
    assert Edition(status=status).is_finished is (status == "finished")


@pytest.mark.parametrize("status", Status.values)
def test_edition_is_published_unless_draft(status):
    assert Edition(status=status).is_published is (status != "draft")
