"""The headline figures of the edition's surveys on its dashboard and in its report, counted by hand."""

import re

import pytest
from freezegun import freeze_time

from academy.reports import services
from academy.reports.services import table_named
from academy.surveys import services as surveys
from academy.surveys.models import Question, QuestionKind, SurveyKind
from tests.programme.conftest import at
from tests.reports.test_views import report_text
from tests.surveys.helpers import evaluation, ids

pytestmark = pytest.mark.django_db
DURING = at(25, 12)


def surveys_rows(edition):
    return list(table_named(services.edition_figures(edition).tables, "surveys").rows)


def send(survey, person, satisfaction, recommendation, *, submit=True):
    scale, _single, _multiple, _text, recommend = ids(survey)
    surveys.answer(
        survey=survey,
        person=person,
        answers={scale: satisfaction, recommend: recommendation},
        submit=submit,
        now=DURING,
    )


@pytest.fixture
def answered(edition, organiser, cohort):
    """Ana gave 5 and 10, Kofi 3 and 6; Inés's answers are a draft: two of the three participants answered."""
    survey = evaluation(edition, organiser)
    send(survey, cohort["ana"], 5, 10)
    send(survey, cohort["kofi"], 3, 6)
    send(survey, cohort["ines"], 1, 0, submit=False)
    return survey


def test_response_rate_satisfaction_and_recommendation_counted_by_hand(edition, answered):
    # Satisfaction (5 + 3) / 2; recommendation: one promoter (10), one detractor (6) of two: 0.
    assert surveys_rows(edition) == [("Evaluation", "End-of-edition evaluation", 2, 3, "67%", "4.0", "+0")]


def test_a_survey_without_a_scale_or_a_recommendation_shows_dashes(edition, organiser, cohort):
    survey = surveys.new_survey(
        edition=edition, kind=SurveyKind.SESSION, title={"en": "Feedback"}, opens_at=at(14, 0), closes_at=at(30, 0)
    )
    surveys.save_survey(survey=survey, questions=[Question(kind=QuestionKind.TEXT, text={"en": "Say"})], by=organiser)
    assert surveys_rows(edition) == [("Feedback", "Session feedback", 0, 3, "0%", "—", "—")]


def test_the_impact_survey_of_an_edition_not_finished_has_nobody_to_ask(edition, organiser, cohort):
    evaluation(edition, organiser, kind=SurveyKind.IMPACT)
    assert surveys_rows(edition) == [("Evaluation", "Impact survey of alumni", 0, 0, "—", "—", "—")]


def test_the_figures_are_kept_until_a_response_is_submitted(
    edition, organiser, cohort, answered, django_assert_num_queries
):
    surveys_rows(edition)
    with django_assert_num_queries(0):
        assert surveys_rows(edition)[0][2] == 2
    send(answered, cohort["ines"], 1, 0, submit=False)  # a draft again: nothing to count
    send(answered, cohort["ines"], 1, 0)
    # (5 + 3 + 1) / 3; one promoter, two detractors of three: -33.
    assert surveys_rows(edition) == [("Evaluation", "End-of-edition evaluation", 3, 3, "100%", "3.0", "-33")]


def test_the_figures_follow_the_readers_language(edition, answered):
    from django.utils import translation

    with translation.override("fr"):
        assert surveys_rows(edition) == [("Évaluation", "Évaluation de fin d'édition", 2, 3, "67%", "4.0", "+0")]


def test_the_dashboard_and_the_report_show_them(client, organiser, answered, django_capture_on_commit_callbacks):
    client.force_login(organiser)
    page = client.get("/en/editions/13/dashboard/").content.decode()
    assert 'id="surveys"' in page
    assert re.search(r'<th scope="row">Evaluation</th>\s*<td>End-of-edition evaluation</td>\s*<td>2</td>', page)
    assert 'href="/en/editions/13/dashboard/surveys.csv"' in page
    text = report_text(client, 13, "en", django_capture_on_commit_callbacks)
    headline = " ".join(text[text.index("Surveys") : text.index("What came of it")].split())
    assert "Response rate" in headline
    assert "Evaluation End-of-edition evaluation 2 3 67% 4.0 +0" in headline


def test_the_dashboard_changes_when_a_response_is_submitted(client, organiser, cohort, answered):
    client.force_login(organiser)
    dashboard = "/en/editions/13/dashboard/"
    assert "<td>67%</td>" in client.get(dashboard).content.decode()
    with freeze_time(DURING):
        client.force_login(cohort["ines"])
        scale, _single, _multiple, _text, recommend = ids(answered)
        response = client.post(
            f"/en/editions/13/surveys/{answered.pk}/", {f"q{scale}": "2", f"q{recommend}": "9", "action": "submit"}
        )
        assert response.status_code == 302
    client.force_login(organiser)
    assert "<td>100%</td>" in client.get(dashboard).content.decode()
