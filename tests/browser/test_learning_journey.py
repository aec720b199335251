"""Issue 7's journeys in a real browser. A selected participant, in Portuguese, reads a lesson and passes
a quiz of the distance-learning course, then finds her progress on her home page; an organiser opens
the edition's dashboard and downloads its report for partners and funders."""

import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from academy.applications.models import Application, Status
from academy.editions.models import Role
from academy.editions.models import Status as EditionStatus
from academy.learning.models import Course, Lesson, Module, Option, Question, Quiz
from tests.factories import EditionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def edition():
    start = timezone.localdate() + timedelta(days=30)
    return EditionFactory(
        number=13, status=EditionStatus.SELECTION, start_date=start, end_date=start + timedelta(days=11)
    )


@pytest.fixture
def course(edition):
    course = Course.objects.create(
        edition=edition, title={"en": "Basics of the SSE", "pt": "Noções básicas da ESS"},
        opens_at=timezone.now() - timedelta(days=2), completion_rule="before_start",
    )  # fmt: skip
    module = Module.objects.create(course=course, title={"en": "What the SSE is", "pt": "O que é a ESS"})
    Lesson.objects.create(
        module=module, title={"en": "Definitions", "pt": "Definições"}, minutes=8,
        body={"en": "The **social and solidarity economy**.",
              "pt": "A **economia social e solidária** reúne cooperativas, mutualidades e associações."},
    )  # fmt: skip
    quiz = Quiz.objects.create(module=module, title={"en": "Check yourself", "pt": "Verifique"}, pass_mark=100)
    question = Question.objects.create(quiz=quiz, text={"en": "Which recommendation?", "pt": "Que recomendação da OIT trata das cooperativas?"})  # fmt: skip
    Option.objects.create(question=question, position=1, text={"en": "R193", "pt": "A n.º 193"}, correct=True,
                          feedback={"pt": "Certo: de 2002."})  # fmt: skip
    Option.objects.create(question=question, position=2, text={"en": "R202", "pt": "A n.º 202"},
                          feedback={"pt": "Não: essa trata dos pisos de proteção social."})  # fmt: skip
    return course


def test_a_selected_participant_reads_a_lesson_passes_a_quiz_and_sees_her_progress(log_in, edition, course, artifacts):
    ana = UserFactory(email="ana@example.org", certificate_name="Ana Lima", language="pt", country="BR")
    Application.objects.create(edition=edition, applicant=ana, status=Status.CONFIRMED, submitted_at=timezone.now())
    MembershipFactory(edition=edition, role=Role.PARTICIPANT, user=ana)

    page = log_in("ana@example.org", language="pt")
    assert "0 de 2 etapas feitas" in page.locator("main").inner_text()
    page.get_by_role("link", name="Continuar").click()
    assert "cooperativas, mutualidades e associações" in page.locator("div.lesson").inner_text()
    page.get_by_role("button", name="Li esta lição").click()

    page.wait_for_url(re.compile(r"/pt/editions/13/course/quizzes/\d+/$"))
    page.get_by_label("A n.º 202").check()
    page.get_by_role("button", name="Verificar as minhas respostas").click()
    assert "Não: essa trata dos pisos de proteção social." in page.locator("main").inner_text()
    page.get_by_label("A n.º 193").check()
    page.get_by_role("button", name="Verificar as minhas respostas").click()
    assert "Aprovado, com 100 %" in page.locator("main").inner_text()
    assert "Certo: de 2002." in page.locator("main").inner_text()

    page.get_by_role("link", name="A minha Academia").click()
    card = page.locator("section.card", has_text="Curso à distância")
    assert "concluído" in card.inner_text()
    page.screenshot(path=str(artifacts / "my-academy-course-completed.png"), full_page=True)


def test_an_organiser_opens_the_edition_dashboard_and_downloads_the_report(log_in, edition, artifacts, tmp_path):
    organiser = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    for number, country in enumerate(["BR", "SN", "FR"]):
        person = UserFactory(country=country)
        Application.objects.create(edition=edition, applicant=person, status=Status.SUBMITTED,
                                   submitted_at=timezone.now() - timedelta(days=number + 1))  # fmt: skip
    desk = log_in(organiser.email)
    desk.goto("/en/editions/13/")
    desk.get_by_role("link", name="Edition dashboard").click()
    assert re.search(r"3\s+Applied", desk.locator("ol.funnel").inner_text())
    chart = desk.locator('img[src="/en/editions/13/dashboard/funnel-region.svg"]')
    chart.scroll_into_view_if_needed()
    desk.wait_for_function("(img) => img.complete && img.naturalWidth > 0", arg=chart.element_handle())
    desk.get_by_role("button", name="Make the report").click()
    with desk.expect_download() as download:
        desk.get_by_role("link", name="Download the report (PDF)").click()
    path = tmp_path / "report.pdf"
    download.value.save_as(path)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert re.search(r"Applied\s+3\b", text)
    desk.screenshot(path=str(artifacts / "edition-dashboard.png"), full_page=True)
