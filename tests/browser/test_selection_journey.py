"""Issue 3's journey in a real browser: apply in Español, review, select, confirm, see the decision."""

import re

import pytest
from django.core import mail

from academy.applications.models import Application, Status
from tests.browser import journey

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_apply_in_spanish_review_select_and_see_the_decision(page, log_in, artifacts, tmp_path):
    edition, organiser, reviewer = journey.open_for_applications(number=13)

    # The applicant signs up and applies in Spanish.
    page.goto("/es/accounts/signup/")
    page.locator("input[name=email]").fill("lucia@example.org")
    page.locator("input[name=certificate_name]").fill("Lucía Fernández Quispe")
    page.locator("select[name=country]").select_option("PE")
    page.locator("input[name=password1]").fill("economia-solidaria-2027")
    page.locator("input[name=password2]").fill("economia-solidaria-2027")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/es/accounts/confirm-email/$"))
    link = re.search(r"https?://[^/\s]+(/es/accounts/confirm-email/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(link)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/es/me/$"))

    journey.start_application_in_spanish(page, number=13)
    assert Application.objects.get(applicant__email="lucia@example.org").status == Status.DRAFT
    journey.submit_application_in_spanish(page, folder=tmp_path)
    application = Application.objects.get(applicant__email="lucia@example.org")
    assert application.status == Status.SUBMITTED

    # The organiser assigns reviewers; the committee member scores.
    organiser_page = log_in(organiser.email)
    journey.assign_reviewers(organiser_page, number=13)
    reviewer_page = log_in(reviewer.email, language="es")
    journey.review_in_spanish(reviewer_page, applicant="Lucía Fernández Quispe", score=5)

    # The organiser runs the selection and confirms it.
    journey.run_selection(organiser_page, number=13, seats=1, min_global_south_percent=50)
    assert organiser_page.get_by_text("Lucía Fernández Quispe").is_visible()
    journey.close_call(edition)
    journey.confirm_selection(organiser_page)

    # The applicant sees the decision and confirms.
    journey.see_decision_in_spanish(page)
    page.screenshot(path=artifacts / "decision-es.png", full_page=True)
    journey.accept_offer_in_spanish(page)
    application.refresh_from_db()
    assert application.status == Status.CONFIRMED
