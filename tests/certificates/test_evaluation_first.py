"""An edition may ask for its evaluation before the certificate is downloaded: issued and verifiable all the same."""

import pytest
from django.core import mail
from freezegun import freeze_time

from academy.certificates import services
from academy.surveys import services as surveys
from academy.surveys.models import Completion, Response
from tests.certificates.fixtures import AFTER_THE_EDITION
from tests.programme.conftest import at
from tests.surveys.helpers import evaluation, ids

pytestmark = pytest.mark.django_db
DURING = at(25, 12)  # the evaluation is open from the 24th to the 30th
PDF = "/{language}/certificates/{code}/certificate.pdf"
BADGE = "/{language}/certificates/{code}/open-badge.json"


@pytest.fixture
def asked(edition):
    edition.evaluation_before_certificate = True
    edition.save()
    return edition


def send_evaluation(survey, person, *, submit=True):
    surveys.answer(survey=survey, person=person, answers={ids(survey)[0]: 4}, submit=submit, now=DURING)


def downloads(client, certificate, language="en"):
    client.force_login(client.person)  # logged in at the frozen time, so that the session has not expired then
    return [client.get(page.format(language=language, code=certificate.code)) for page in (PDF, BADGE)]


def test_the_setting_is_off_by_default_and_nothing_is_held_back(client, edition, organiser, issued):
    evaluation(edition, organiser)
    assert edition.evaluation_before_certificate is False
    client.person = issued.user
    with freeze_time(DURING):
        assert [response.status_code for response in downloads(client, issued)] == [200, 200]


def test_the_holder_is_sent_to_the_evaluation_first_and_told_why_in_their_language(client, asked, organiser, issued):
    survey = evaluation(asked, organiser)
    client.person = issued.user
    with freeze_time(DURING):
        for response in downloads(client, issued, language="fr"):
            assert response.status_code == 302
            assert response.url == "/fr/editions/13/certificate/"
        page = client.get("/fr/editions/13/certificate/").content.decode()
    assert "Envoyez d’abord l’évaluation de l’édition" in page
    assert f'href="/fr/editions/13/surveys/{survey.pk}/"' in page
    assert "Évaluation" in page
    assert "certificate.pdf" not in page
    # Issued and verifiable all the same, and the organisers still download it.
    assert "Valid." in client.get(f"/en/certificates/verify/{issued.code}/").content.decode()
    client.person = organiser
    with freeze_time(DURING):
        assert [response.status_code for response in downloads(client, issued)] == [200, 200]


def test_a_draft_does_not_count_and_the_sent_evaluation_opens_the_downloads(client, asked, organiser, issued):
    survey = evaluation(asked, organiser)
    client.person = issued.user
    send_evaluation(survey, issued.user, submit=False)
    assert not Completion.objects.exists()
    with freeze_time(DURING):
        assert [response.status_code for response in downloads(client, issued)] == [302, 302]
    send_evaluation(survey, issued.user)
    with freeze_time(DURING):
        pdf, badge = downloads(client, issued)
        page = client.get("/en/editions/13/certificate/").content.decode()
    assert pdf["Content-Type"] == "application/pdf"
    assert badge["Content-Type"] == "application/json"
    assert "certificate.pdf" in page


def test_the_completion_says_who_sent_it_and_never_which_answers(asked, organiser, cohort):
    survey = evaluation(asked, organiser)
    ana, lan, _ivan = cohort
    send_evaluation(survey, ana)
    send_evaluation(survey, ana)  # changed later: still one completion
    assert list(Completion.objects.values_list("survey", "person")) == [(survey.pk, ana.pk)]
    assert {field.name for field in Completion._meta.get_fields()} == {"id", "survey", "person"}
    assert Response.objects.get().submitted_at is not None
    with freeze_time(DURING):
        assert services.evaluations_awaited(asked, ana) == []
        assert services.evaluations_awaited(asked, lan) == [survey]


def test_an_evaluation_that_closed_or_none_at_all_holds_nobody_back(client, asked, organiser, issued):
    client.person = issued.user
    with freeze_time(DURING):
        assert [response.status_code for response in downloads(client, issued)] == [200, 200]
    evaluation(asked, organiser)
    with freeze_time(AFTER_THE_EDITION):  # the evaluation closed on the 30th of June
        assert [response.status_code for response in downloads(client, issued)] == [200, 200]


def test_an_evaluation_not_open_yet_is_shown_with_its_opening(client, asked, organiser, issued):
    evaluation(asked, organiser)
    client.person = issued.user
    with freeze_time(at(20, 12)):
        assert [response.status_code for response in downloads(client, issued)] == [302, 302]
        page = client.get("/en/editions/13/certificate/").content.decode()
    assert "opens on" in page


def test_the_certificate_mail_carries_the_evaluation_link_instead_of_the_files(
    asked, organiser, cohort, signatories, django_capture_on_commit_callbacks
):
    survey = evaluation(asked, organiser)
    ana, lan, _ivan = cohort
    send_evaluation(survey, lan)
    with freeze_time(DURING), django_capture_on_commit_callbacks(execute=True):
        services.issue(edition=asked, person=ana, by=organiser, now=DURING)
        services.issue(edition=asked, person=lan, by=organiser, now=DURING)
    by_person = {message.to[0]: message for message in mail.outbox}
    waiting, done = by_person["ana@example.org"], by_person["lan@example.vn"]
    assert waiting.attachments == []
    assert (
        f"/pt/editions/13/surveys/{survey.pk}/" in waiting.body or f"/editions/13/surveys/{survey.pk}/" in waiting.body
    )
    assert "/editions/13/certificate/" in waiting.body
    assert [name.rsplit(".", 1)[1] for name, _content, _type in done.attachments] == ["pdf", "json"]


def test_someone_else_still_gets_nothing_from_the_certificate_address(client, asked, organiser, issued, cohort):
    evaluation(asked, organiser)
    _ana, lan, _ivan = cohort
    client.person = lan
    with freeze_time(DURING):
        assert [response.status_code for response in downloads(client, issued)] == [404, 404]
