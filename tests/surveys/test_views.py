"""The pages: who reaches them (role x view), building, answering without JavaScript, results and exports."""

import pytest
from freezegun import freeze_time

from academy.editions.models import Membership, Role
from academy.messaging.models import Message
from academy.programme.models import SessionSpeaker, Speaker
from academy.surveys.models import Answer, Question, Response, Survey
from tests.factories import EditionFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.matrix import assert_statuses
from tests.programme.conftest import at, participant, plenary
from tests.surveys.helpers import evaluation, feedback, ids

pytestmark = pytest.mark.django_db
LOGIN = 302
DURING = at(25, 12)


@pytest.fixture
def people(edition, organiser):
    committee = UserFactory()
    Membership.objects.create(edition=edition, user=committee, role=Role.COMMITTEE, organisation=OrganisationFactory())
    speaker = UserFactory()
    Membership.objects.create(edition=edition, user=speaker, role=Role.SPEAKER)
    return {
        "anonymous": None,
        "person": UserFactory(),
        "participant": participant(edition, certificate_name="Ana Conceição", language="pt"),
        "committee": committee,
        "speaker": speaker,
        "organiser": organiser,
        "other_organiser": MembershipFactory(edition=EditionFactory(), role=Role.ORGANISER).user,
        "staff": UserFactory(is_staff=True),
    }


def row(default, **exceptions):
    personas = ["anonymous", "person", "participant", "committee", "speaker", "organiser", "other_organiser", "staff"]
    return {persona: exceptions.get(persona, default) for persona in personas}


@pytest.fixture
def surveys(edition, organiser, people):
    survey = evaluation(edition, organiser)
    session_feedback = feedback(edition, organiser)
    session = plenary(edition, day=16)
    SessionSpeaker.objects.create(session=session, speaker=Speaker.objects.create(name="Sam", user=people["speaker"]))
    return survey, session_feedback, session


def test_permission_matrix(client, people, surveys):
    survey, session_feedback, session = surveys
    organisers_only = row(403, anonymous=LOGIN, organiser=200, staff=200)
    base = f"/en/editions/13/surveys/{survey.pk}"
    with freeze_time(DURING):
        assert_statuses(
            client,
            people,
            {
                "/en/editions/13/surveys/": organisers_only,
                "/en/editions/13/surveys/new/?kind=evaluation": organisers_only,
                f"{base}/edit/": organisers_only,
                f"{base}/results/": organisers_only,
                f"{base}/answers.csv": organisers_only,
                f"{base}/answers.xlsx": organisers_only,
                f"{base}/": row(403, anonymous=LOGIN, participant=200),
                f"/en/editions/13/surveys/{session_feedback.pk}/": row(403, anonymous=LOGIN, participant=200),
                f"/en/editions/13/surveys/{session_feedback.pk}/sessions/{session.code}/": row(
                    403, anonymous=LOGIN, participant=200
                ),
                # Organisers read every session's feedback on the results page.
                f"/en/editions/13/surveys/{session_feedback.pk}/my-sessions/": row(403, anonymous=LOGIN, speaker=200),
            },
        )


def test_a_survey_of_another_edition_is_not_found_from_this_one(client, people, surveys):
    other = EditionFactory(number=9)
    client.force_login(people["staff"])
    assert client.get(f"/en/editions/{other.number}/surveys/{surveys[0].pk}/results/").status_code == 404


@pytest.mark.parametrize("persona", ["participant", "committee", "speaker", "other_organiser"])
def test_others_cannot_build_copy_or_remind(client, people, surveys, persona):
    survey = surveys[0]
    client.force_login(people[persona])
    assert client.post(f"/en/editions/13/surveys/{survey.pk}/edit/", {}).status_code == 403
    assert client.post("/en/editions/13/surveys/copy/", {"source": survey.pk}).status_code == 403
    assert client.post(f"/en/editions/13/surveys/{survey.pk}/remind/").status_code == 403
    assert Survey.objects.count() == 2
    assert not Message.objects.exists()


def builder_data(**fields):
    data = {
        "kind": "evaluation",
        "title_0": "Evaluation",
        "title_1": "Évaluation",
        "opens_at": "2027-06-24T09:00",
        "closes_at": "2027-06-30T23:00",
        "anonymous": "on",
        "questions-TOTAL_FORMS": "2",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-kind": "scale",
        "questions-0-text_0": "Overall satisfaction",
        "questions-0-required": "on",
        "questions-1-kind": "single",
        "questions-1-text_0": "Pace",
        "questions-1-choice_lines_0": "Slow\nRight\nFast",
        "questions-1-choice_lines_1": "Lent\nBien\nRapide",
    }
    data.update(fields)
    return data


def test_an_organiser_builds_a_survey_on_one_page(client, edition, organiser):
    client.force_login(organiser)
    response = client.post("/en/editions/13/surveys/new/?kind=evaluation", builder_data())
    assert response.status_code == 302
    survey = Survey.objects.get()
    questions = list(survey.questions.order_by("position"))
    assert [q.kind for q in questions] == ["scale", "single"]
    assert questions[1].choices[2] == {"en": "Fast", "fr": "Rapide"}
    assert survey.opens_at == at(24, 9)  # in the edition's zone


def test_a_bad_question_is_shown_and_nothing_is_saved(client, edition, organiser):
    client.force_login(organiser)
    response = client.post(
        "/en/editions/13/surveys/new/?kind=evaluation",
        builder_data(**{"questions-1-choice_lines_0": "Only", "questions-1-choice_lines_1": ""}),
    )
    assert response.status_code == 200
    assert "Give at least two choices." in response.content.decode()
    assert not Survey.objects.exists()
    assert not Question.objects.exists()


def test_an_organiser_copies_a_survey_of_a_previous_edition(client, edition, organiser):
    previous = EditionFactory(number=12)
    Membership.objects.create(edition=previous, user=organiser, role=Role.ORGANISER)
    source = evaluation(previous, organiser)
    client.force_login(organiser)
    response = client.post(
        "/en/editions/13/surveys/copy/",
        {"source": source.pk, "opens_at": "2027-06-24T09:00", "closes_at": "2027-06-30T23:00"},
    )
    copy = Survey.objects.get(edition=edition)
    assert response.url == f"/en/editions/13/surveys/{copy.pk}/edit/"
    assert copy.questions.count() == 5


def test_a_participant_saves_a_draft_then_sends_without_javascript(client, edition, organiser, people, surveys):
    survey = surveys[0]
    scale, single, multiple, text, _recommend = ids(survey)
    with freeze_time(DURING):
        client.force_login(people["participant"])
        page = client.get(f"/en/editions/13/surveys/{survey.pk}/").content.decode()
        assert "<script" not in page.split("<main")[-1].split("</main>")[0]
        client.post(f"/en/editions/13/surveys/{survey.pk}/", {f"q{single}": "1", "action": "save"})
        assert not Response.objects.get().is_submitted
        refused = client.post(f"/en/editions/13/surveys/{survey.pk}/", {f"q{single}": "1", "action": "submit"})
        assert refused.status_code == 400
        assert "This question needs an answer." in refused.content.decode()
        sent = client.post(
            f"/en/editions/13/surveys/{survey.pk}/",
            {f"q{scale}": "5", f"q{single}": "1", f"q{multiple}": ["0", "1"], f"q{text}": "More", "action": "submit"},
        )
        assert sent.status_code == 302
    assert Response.objects.get().is_submitted
    assert Answer.objects.count() == 4


def test_a_closed_survey_says_so_and_keeps_the_answers(client, people, surveys):
    survey = surveys[0]
    with freeze_time(at(30, 23, 30)):
        client.force_login(people["participant"])
        response = client.post(f"/en/editions/13/surveys/{survey.pk}/", {f"q{ids(survey)[0]}": "5", "action": "submit"})
    assert response.status_code == 400
    assert "This survey is closed" in response.content.decode()
    assert not Response.objects.exists()


def test_results_and_exports_never_name_anonymous_respondents(client, people, organiser, surveys):
    survey = surveys[0]
    with freeze_time(DURING):
        client.force_login(people["participant"])
        client.post(f"/en/editions/13/surveys/{survey.pk}/", {f"q{ids(survey)[0]}": "4", "action": "submit"})
    client.force_login(organiser)
    page = client.get(f"/en/editions/13/surveys/{survey.pk}/results/").content.decode()
    assert "1 of 1 people answered" in page
    csv = client.get(f"/en/editions/13/surveys/{survey.pk}/answers.csv").content.decode()
    assert "Ana" not in csv
    assert "Overall satisfaction" in csv
    chart = client.get(f"/en/editions/13/surveys/{survey.pk}/results/{ids(survey)[0]}.svg")
    assert chart["Content-Type"] == "image/svg+xml"
    assert client.get(f"/en/editions/13/surveys/{survey.pk}/results/{ids(survey)[3]}.svg").status_code == 404


def test_a_named_survey_exports_the_names(client, edition, people, organiser):
    survey = evaluation(edition, organiser, anonymous=False)
    with freeze_time(DURING):
        client.force_login(people["participant"])
        client.post(f"/en/editions/13/surveys/{survey.pk}/", {f"q{ids(survey)[0]}": "4", "action": "submit"})
    client.force_login(organiser)
    assert "Ana Conceição" in client.get(f"/en/editions/13/surveys/{survey.pk}/answers.csv").content.decode()


def test_session_feedback_and_the_speaker_sees_their_sessions_only(client, edition, people, organiser, surveys):
    _survey, session_feedback, session = surveys
    other = plenary(edition, "P2", day=17)
    rating, comment = ids(session_feedback)
    with freeze_time(at(18, 9)):
        client.force_login(people["participant"])
        listed = client.get(f"/en/editions/13/surveys/{session_feedback.pk}/").content.decode()
        assert f"/sessions/{session.code}/" in listed
        for code, text in ((session.code, "Clear and useful"), (other.code, "Too long")):
            client.post(
                f"/en/editions/13/surveys/{session_feedback.pk}/sessions/{code}/",
                {f"q{rating}": "5", f"q{comment}": text, "action": "submit"},
            )
    assert Response.objects.filter(submitted_at__isnull=False).count() == 2
    client.force_login(people["speaker"])
    page = client.get(f"/en/editions/13/surveys/{session_feedback.pk}/my-sessions/").content.decode()
    assert "Clear and useful" in page
    assert "Too long" not in page


def test_a_reminder_goes_through_the_messages_to_those_who_have_not_answered(
    client, edition, people, organiser, surveys
):
    survey = surveys[0]
    other = participant(edition)
    with freeze_time(DURING):
        client.force_login(people["participant"])
        client.post(f"/en/editions/13/surveys/{survey.pk}/", {f"q{ids(survey)[0]}": "4", "action": "submit"})
        client.force_login(organiser)
        response = client.post(f"/en/editions/13/surveys/{survey.pk}/remind/")
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.filters["not_answered_survey"] == survey.pk
    assert set(message.body) == {"en", "fr", "es", "pt"}
    from academy.messaging import services as messaging

    assert list(messaging.recipients(message, edition=edition, kind=message.kind, now=DURING)) == [other]


def test_the_session_page_offers_feedback_once_the_session_has_ended(client, people, surveys):
    _survey, session_feedback, session = surveys
    address = f"/en/editions/13/programme/{session.code}/"
    offer = f"/en/editions/13/surveys/{session_feedback.pk}/sessions/{session.code}/"
    with freeze_time(at(16, 14)):  # still on
        client.force_login(people["participant"])
        assert offer not in client.get(address).content.decode()
    with freeze_time(at(16, 15)):
        client.force_login(people["participant"])
        assert "Give your feedback on this session" in client.get(address).content.decode()
        client.force_login(people["committee"])
        assert offer not in client.get(address).content.decode()
