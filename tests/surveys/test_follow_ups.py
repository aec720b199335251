"""Impact answers become a follow-up in the Collective Brain with the respondent's consent, and only then."""

import pytest
from django.core.exceptions import ValidationError
from freezegun import freeze_time

from academy.brain.models import FollowUp, FollowUpKind
from academy.editions.models import Status
from academy.surveys import services
from academy.surveys.models import Answer, Response, SurveyKind
from tests.programme.conftest import at, participant
from tests.surveys.helpers import evaluation, ids

pytestmark = pytest.mark.django_db
DURING = at(25, 12)


@pytest.fixture
def impact(edition, organiser):
    edition.status = Status.FINISHED
    edition.save()
    return evaluation(edition, organiser, kind=SurveyKind.IMPACT)


@pytest.fixture
def alumna(edition):
    return participant(edition, certificate_name="Aminata Diallo", country="SN", language="fr")


def give(survey, person, text="A cooperative of 40 women weavers", *, consent=True, submit=True):
    scale, _single, _multiple, written, _recommend = ids(survey)
    return services.answer(
        survey=survey, person=person, answers={scale: 5, written: text}, submit=submit, consent=consent, now=DURING
    )


def test_consent_makes_a_follow_up_of_the_written_answers_linked_to_the_person(impact, alumna, edition):
    response = give(impact, alumna)
    follow_up = FollowUp.objects.get()
    assert response.follow_up == follow_up
    assert response.consent_follow_up is True
    assert follow_up.edition == edition
    assert list(follow_up.people.all()) == [alumna]
    assert follow_up.recorded_by == alumna
    assert follow_up.kind == FollowUpKind.OTHER
    assert follow_up.language == "fr"
    assert [country.code for country in follow_up.countries] == ["SN"]
    assert follow_up.title == "Ce que l’Académie a apporté à Aminata Diallo (Académie 13)"
    assert follow_up.description == "**What to change**\n\nA cooperative of 40 women weavers"
    assert follow_up.started_on == DURING.date()


def test_sending_again_updates_the_same_follow_up(impact, alumna):
    give(impact, alumna)
    first = FollowUp.objects.get()
    give(impact, alumna, text="Now 60 weavers, and a shop in Thiès")
    assert FollowUp.objects.get().pk == first.pk
    assert FollowUp.objects.get().description.endswith("Now 60 weavers, and a shop in Thiès")


def test_without_consent_nothing_and_withdrawing_it_deletes_the_follow_up(impact, alumna):
    give(impact, alumna, consent=False)
    assert not FollowUp.objects.exists()
    give(impact, alumna)
    assert FollowUp.objects.count() == 1
    response = give(impact, alumna, consent=False)
    assert not FollowUp.objects.exists()
    assert response.follow_up is None
    assert response.is_submitted


def test_a_draft_makes_no_follow_up_until_sent(impact, alumna):
    give(impact, alumna, submit=False)
    assert not FollowUp.objects.exists()
    give(impact, alumna)
    assert FollowUp.objects.count() == 1


def test_consent_is_refused_outside_the_impact_survey_and_nothing_is_written(edition, organiser, alumna):
    survey = evaluation(edition, organiser, kind=SurveyKind.EVALUATION)
    with pytest.raises(ValidationError, match="impact survey"):
        give(survey, alumna)
    assert not Response.objects.exists()
    assert not FollowUp.objects.exists()


def test_consent_without_a_written_answer_is_refused_and_writes_nothing(impact, alumna):
    with pytest.raises(ValidationError, match="at least one answer in words"):
        give(impact, alumna, text="")
    assert not Response.objects.exists()
    assert not Answer.objects.exists()
    assert not FollowUp.objects.exists()


def test_the_impact_page_offers_the_consent_and_the_evaluation_page_does_not(client, edition, organiser, alumna):
    edition.status = Status.FINISHED
    edition.save()
    impact = evaluation(edition, organiser, kind=SurveyKind.IMPACT)
    other = evaluation(edition, organiser)
    scale, _single, _multiple, written, _recommend = ids(impact)
    with freeze_time(DURING):
        client.force_login(alumna)
        assert 'name="consent"' not in client.get(f"/en/editions/13/surveys/{other.pk}/").content.decode()
        page = client.get(f"/fr/editions/13/surveys/{impact.pk}/").content.decode()
        assert 'name="consent"' in page
        response = client.post(
            f"/en/editions/13/surveys/{impact.pk}/",
            {f"q{scale}": "4", f"q{written}": "A network of seed banks", "consent": "on", "action": "submit"},
        )
        assert response.status_code == 302
        follow_up = FollowUp.objects.get()
        assert client.get(follow_up.get_absolute_url()).status_code == 200
        again = client.get(f"/en/editions/13/surveys/{impact.pk}/").content.decode()
    assert 'type="checkbox" name="consent" id="id_consent" checked' in again


def test_consent_from_someone_without_a_country_is_refused_when_the_edition_has_none_either(impact, edition):
    edition.host_country = ""
    edition.save()
    nowhere = participant(edition, certificate_name="Sam", country="")
    with pytest.raises(ValidationError, match="Add your country to your profile"):
        give(impact, nowhere)
    assert not Response.objects.exists()
    assert not FollowUp.objects.exists()
    edition.host_country = "PT"
    edition.save()
    give(impact, nowhere)
    assert [country.code for country in FollowUp.objects.get().countries] == ["PT"]


def test_a_refused_submission_records_no_completion(impact, alumna):
    from academy.surveys.models import Completion

    with pytest.raises(ValidationError):
        services.answer(survey=impact, person=alumna, answers={}, submit=True, now=DURING)  # the scale is required
    assert not Completion.objects.exists()
    give(impact, alumna, consent=False)
    assert Completion.objects.filter(survey=impact, person=alumna).count() == 1


def test_the_migration_back_fills_a_completion_for_each_submitted_response(impact, alumna, edition):
    from importlib import import_module

    from django.apps import apps

    from academy.surveys.models import Completion

    other = participant(edition, country="BR")
    give(impact, alumna, consent=False)
    give(impact, other, consent=False, submit=False)  # a draft: not completed
    Completion.objects.all().delete()
    back_fill = import_module("academy.surveys.migrations.0002_completion_and_follow_up_consent").back_fill
    back_fill(apps, None)
    back_fill(apps, None)  # again: nothing more
    assert list(Completion.objects.values_list("survey", "person")) == [(impact.pk, alumna.pk)]
