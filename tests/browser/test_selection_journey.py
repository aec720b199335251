"""Issue 3's journey in a real browser: apply in Español, review, select, confirm, see the decision."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from academy.applications import services
from academy.applications.models import Application, Criterion, Status
from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from tests.applications.conftest import PDF
from tests.factories import EditionFactory, MembershipFactory, OrganisationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_apply_in_spanish_review_select_and_see_the_decision(page, log_in, artifacts, tmp_path):
    now = timezone.now()
    edition = EditionFactory(
        number=13,
        status=EditionStatus.APPLICATIONS_OPEN,
        applications_open_at=now - timedelta(days=1),
        applications_close_at=now + timedelta(days=30),
        start_date=(now + timedelta(days=60)).date(),
        end_date=(now + timedelta(days=70)).date(),
    )
    call = services.call_for(edition)
    Criterion.objects.create(call=call, name={"en": "Motivation", "es": "Motivación"}, scale_max=5)
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    reviewer = MembershipFactory(
        edition=edition, role=Role.COMMITTEE, organisation=OrganisationFactory(acronym="CASES")
    ).user

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

    page.goto("/es/editions/13/")
    page.locator('a[href="/es/editions/13/apply/"]').click()
    # Wait for the load event: the deferred autosave script must be listening before we type.
    page.wait_for_url(re.compile(r"/es/editions/13/apply/$"))
    page.locator("textarea[name=motivation]").fill(" ".join(["cooperativas"] * 200))
    # The draft saves itself in the background a moment after typing stops.
    page.get_by_text("Borrador guardado.").wait_for()
    assert Application.objects.get(applicant__email="lucia@example.org").status == Status.DRAFT
    page.locator("input[name=commitment]").check()
    page.locator("select[name=constituency]").select_option("workers")
    page.locator("input[name=organisation]").fill("Confederación de Trabajadores")
    page.locator("textarea[name=sse_role]").fill("Coordinadora de formación cooperativa.")
    page.locator("select[name=language]").select_option("es")
    page.locator("textarea[name=multiplier]").fill("Talleres regionales.")
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(PDF)
    page.locator("input[name=cv]").set_input_files(str(cv))
    page.locator("button[name=submit]").click()
    page.wait_for_url(re.compile(r"/es/applications/$"))
    application = Application.objects.get(applicant__email="lucia@example.org")
    assert application.status == Status.SUBMITTED

    # The organiser assigns reviewers; the committee member scores.
    organiser_page = log_in(organiser.email)
    organiser_page.goto("/en/editions/13/selection/")
    organiser_page.get_by_role("button", name="Assign reviewers to new applications").click()
    organiser_page.get_by_text("1 review assigned.").wait_for()
    reviewer_page = log_in(reviewer.email, language="es")
    reviewer_page.goto("/es/reviews/")
    reviewer_page.get_by_role("link", name="Lucía Fernández Quispe").click()
    reviewer_page.locator("input[name^=criterion_]").fill("5")
    reviewer_page.locator("form button[type=submit]").last.click()
    reviewer_page.wait_for_url(re.compile(r"/es/reviews/$"))

    # The organiser runs the selection and confirms it.
    organiser_page.goto("/en/editions/13/selection/")
    organiser_page.locator("input[name=seats]").fill("1")
    organiser_page.locator("input[name=min_global_south_percent]").fill("50")
    organiser_page.get_by_role("button", name="Run the selection").click()
    organiser_page.wait_for_url(re.compile(r"/en/editions/13/selection/\d+/$"))
    assert organiser_page.get_by_text("Lucía Fernández Quispe").is_visible()
    organiser_page.get_by_role("button", name="Confirm and tell everyone").click()
    organiser_page.get_by_text("The decisions are made and everyone is told by e-mail.").wait_for()

    # The applicant sees the decision and confirms.
    page.goto("/es/applications/")
    assert page.get_by_text("Seleccionada").is_visible()
    page.screenshot(path=artifacts / "decision-es.png", full_page=True)
    page.locator("button[value=accept]").click()
    page.get_by_text("Gracias: ¡nos vemos en la Academia!").wait_for()
    application.refresh_from_db()
    assert application.status == Status.CONFIRMED
