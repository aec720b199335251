"""Issue 20's survey journey in a real browser. A participant of an edition that asks for its evaluation before the
certificate finds the download held back, rates a session, sends the evaluation and then downloads the certificate;
the organiser reads the results and the headline figures on the dashboard."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from academy.certificates import services as certificates
from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from academy.surveys.models import SurveyKind
from tests.certificates.fixtures import attend
from tests.factories import EditionFactory, MembershipFactory, UserFactory
from tests.programme.conftest import plenary
from tests.surveys.helpers import evaluation, feedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def finished():
    """An edition that ended yesterday, asking for its evaluation before the certificate: one plenary the day before,
    Ana attended it and holds her certificate; the session feedback and the evaluation are open."""
    now = timezone.now()
    edition = EditionFactory(
        number=13,
        status=EditionStatus.FINISHED,
        start_date=(now - timedelta(days=5)).date(),
        end_date=(now - timedelta(days=1)).date(),
        evaluation_before_certificate=True,
    )
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    ana = UserFactory(email="ana@example.org", certificate_name="Ana Lima", country="BR", language="en")
    MembershipFactory(edition=edition, role=Role.PARTICIPANT, user=ana)
    session = plenary(
        edition, "P1", starts_at=now - timedelta(days=2, hours=2), ends_at=now - timedelta(days=2, hours=1)
    )
    attend(session, ana, None, organiser)
    certificate = certificates.issue(edition=edition, person=ana, by=organiser, notify=False)
    session_feedback = feedback(edition, organiser)
    session_feedback.opens_at, session_feedback.closes_at = now - timedelta(days=5), now + timedelta(days=10)
    session_feedback.save()
    survey = evaluation(edition, organiser, opens_at=now - timedelta(hours=6), closes_at=now + timedelta(days=14))
    assert survey.kind == SurveyKind.EVALUATION
    return edition, organiser, certificate, session_feedback, survey


def test_a_participant_rates_a_session_sends_the_evaluation_and_then_downloads_the_certificate(
    log_in, finished, artifacts
):
    _edition, organiser, certificate, session_feedback, survey = finished
    page = log_in("ana@example.org")

    # The certificate is issued, but its download waits for the evaluation.
    page.goto("/en/editions/13/certificate/")
    main = page.locator("main")
    assert "This edition asks you to send its evaluation before you download it" in main.inner_text()
    assert page.locator('a[href$="certificate.pdf"]').count() == 0
    page.goto(f"/en/certificates/{certificate.code}/certificate.pdf")
    page.wait_for_url(re.compile(r"/en/editions/13/certificate/$"))
    assert "Send the evaluation of the edition first" in page.locator("body").inner_text()
    # Anyone still verifies it.
    page.goto(f"/en/certificates/verify/{certificate.code}/")
    assert "Valid." in page.locator("main").inner_text()

    # The session feedback: a rating and a comment.
    page.goto(f"/en/editions/13/surveys/{session_feedback.pk}/")
    page.get_by_role("link", name="SSE principles and values").click()
    rating, comment = session_feedback.questions.order_by("position")
    page.locator(f'input[name="q{rating.pk}"][value="4"]').check()
    page.locator(f'textarea[name="q{comment.pk}"]').fill("Clear and practical.")
    page.get_by_role("button", name="Send my answers").click()
    assert "Thank you: your answers are sent." in page.locator("body").inner_text()

    # The evaluation, from the certificate page's link.
    page.goto("/en/editions/13/certificate/")
    page.get_by_role("link", name="Evaluation").click()
    page.wait_for_url(re.compile(rf"/en/editions/13/surveys/{survey.pk}/$"))
    overall, _pace, _parts, _change, recommend = survey.questions.order_by("position")
    page.get_by_role("button", name="Send my answers").click()  # the required question left out: refused
    assert "This question needs an answer." in page.locator("main").inner_text()
    page.locator(f'input[name="q{overall.pk}"][value="5"]').check()
    page.locator(f'input[name="q{recommend.pk}"][value="9"]').check()
    page.get_by_role("button", name="Send my answers").click()
    assert "Thank you: your answers are sent." in page.locator("body").inner_text()

    # Now the certificate downloads.
    page.goto("/en/editions/13/certificate/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the certificate (PDF)").click()
    assert download.value.suggested_filename.endswith(".pdf")
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    page.screenshot(path=str(artifacts / "certificate-after-evaluation.png"), full_page=True)

    # The organiser reads the results and the headline figures.
    board = log_in(organiser.email)
    board.goto(f"/en/editions/13/surveys/{survey.pk}/results/")
    results = board.locator("main").inner_text()
    assert "1 of 1 people answered (100" in results
    assert "mean 5.00" in results
    board.goto(f"/en/editions/13/surveys/{session_feedback.pk}/results/")
    assert "Clear and practical." in board.locator("main").inner_text()
    board.goto("/en/editions/13/dashboard/")
    row = board.locator("section[aria-labelledby=surveys] tr", has_text="End-of-edition evaluation")
    assert re.search(r"1\s+1\s+100%\s+5\.0\s+\+100", row.inner_text())
    board.screenshot(path=str(artifacts / "dashboard-surveys.png"), full_page=True)
