"""The back-office's four-language boxes are wide enough to read and write in (issue 21)."""

import pytest

from academy.applications import services
from academy.applications.models import Criterion
from academy.editions.models import Role
from tests.factories import EditionFactory, MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_rubrics_four_language_boxes_are_usable_widths(log_in, artifacts):
    edition = EditionFactory(number=13)
    call = services.call_for(edition)
    Criterion.objects.create(call=call, name={"en": "Motivation and fit with the theme", "fr": "Motivation"})
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    page = log_in(organiser.email)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/en/back-office/applications/call/{call.pk}/change/")
    boxes = page.locator("input[name^='criteria-0-name_']")
    assert boxes.count() == 4
    for index in range(4):
        assert boxes.nth(index).bounding_box()["width"] >= 320, boxes.nth(index).get_attribute("name")
    assert boxes.first.input_value() == "Motivation and fit with the theme"
    page.screenshot(path=artifacts / "backoffice-rubric.png", full_page=True)
