import pytest
from django.core import mail
from freezegun import freeze_time

from academy.applications.models import Application, Status
from tests.applications.conftest import DURING, PDF, pdf, words
from tests.conftest import files_under
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
URL = "/es/editions/13/apply/"


def form_data(**overrides):
    return {
        "motivation": words(200),
        "commitment": "on",
        "constituency": "workers",
        "organisation": "CUT",
        "sse_role": "Coordinadora",
        "language": "es",
        "multiplier": "Talleres",
        **overrides,
    }


@freeze_time(DURING)
def test_save_draft_without_javascript_then_submit(client, edition, applicant, django_capture_on_commit_callbacks):
    client.force_login(applicant)
    response = client.post(URL, form_data(save="1"))
    assert response.status_code == 302
    assert Application.objects.get().status == Status.DRAFT
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(submit="1", cv=pdf()))
    assert response.status_code == 302
    assert Application.objects.get().status == Status.SUBMITTED
    page = client.get("/es/applications/").content.decode()
    assert "Enviada" in page or "Submitted" in page


@freeze_time(DURING)
def test_incomplete_submission_shows_each_problem_and_stays_a_draft(client, edition, applicant):
    client.force_login(applicant)
    response = client.post(URL, form_data(submit="1", motivation="Muy corta"))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"motivation", "cv"} <= set(errors)
    assert Application.objects.get().status == Status.DRAFT


@freeze_time(DURING)
def test_a_renamed_zip_is_refused_with_a_translated_message(client, edition, applicant):
    client.force_login(applicant)
    response = client.post(URL, form_data(save="1", cv=pdf("cv.pdf", b"PK\x03\x04")))
    assert response.status_code == 200
    assert "El archivo no es un PDF." in response.content.decode()
    assert not Application.objects.exists()


def test_anonymous_is_sent_to_log_in(client, edition):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/es/accounts/login/")


@freeze_time(DURING)
def test_people_cannot_withdraw_someone_elses_application(client, edition, applicant):
    client.force_login(applicant)
    client.post(URL, form_data(save="1"))
    client.force_login(UserFactory())
    response = client.post(f"/es/applications/{Application.objects.get().pk}/withdraw/")
    assert response.status_code == 404
    assert Application.objects.get().status == Status.DRAFT


def test_edition_page_offers_to_apply_only_while_open(client, edition):
    with freeze_time(DURING):
        assert "/en/editions/13/apply/" in client.get("/en/editions/13/").content.decode()
    assert mail.outbox == []


@freeze_time(DURING)
def test_background_autosave_answers_204_and_saves(client, edition, applicant):
    client.force_login(applicant)
    response = client.post(URL, form_data(save="1", motivation="Mientras escribo"), headers={"X-Autosave": "1"})
    assert response.status_code == 204
    assert Application.objects.get().motivation == "Mientras escribo"


@freeze_time(DURING)
def test_background_autosave_of_bad_data_answers_400_and_changes_nothing(client, edition, applicant):
    client.force_login(applicant)
    response = client.post(URL, form_data(save="1", constituency="nonsense"), headers={"X-Autosave": "1"})
    assert response.status_code == 400
    assert not Application.objects.exists()


@freeze_time(DURING)
def test_the_editions_own_questions_are_asked_in_the_readers_language_and_kept(client, edition, applicant):
    from academy.applications import services
    from academy.applications.models import Question

    call = services.call_for(edition)
    required = Question.objects.create(
        call=call,
        kind="choice",
        label={"en": "Sector", "es": "Sector de actividad"},
        choices={"en": "Agriculture\nFinance", "es": "Agricultura\nFinanzas"},
        required=True,
    )
    Question.objects.create(
        call=call, kind="yes_no", label={"en": "Have you attended before?", "es": "¿Ya participó antes?"}
    )
    client.force_login(applicant)
    page = client.get(URL).content.decode()
    assert "Sector de actividad" in page
    assert "¿Ya participó antes?" in page
    response = client.post(URL, form_data(submit="1", cv=pdf()))
    assert f"question_{required.pk}" in response.context["form"].errors
    client.post(URL, form_data(save="1", **{f"question_{required.pk}": "Finanzas"}))
    assert Application.objects.get().answers == {str(required.pk): "Finanzas"}


@freeze_time(DURING)
def test_online_editions_ask_for_no_scholarship(client, edition, applicant):
    edition.modality = "online"
    edition.save()
    client.force_login(applicant)
    assert 'name="scholarship_requested"' not in client.get(URL).content.decode()
    edition.modality = "in_person"
    edition.save()
    assert 'name="scholarship_requested"' in client.get(URL).content.decode()


@pytest.mark.parametrize(
    ("status", "offered"), [("selected", True), ("waitlisted", True), ("declined", False), ("not_selected", False)]
)
def test_withdraw_is_offered_until_the_application_is_final(client, edition, applicant, status, offered):
    application = Application.objects.create(edition=edition, applicant=applicant, status=status)
    client.force_login(applicant)
    page = client.get("/en/applications/").content.decode()
    assert (f"/en/applications/{application.pk}/withdraw/" in page) == offered


@freeze_time(DURING)
@pytest.mark.faults
def test_a_cv_the_full_disk_cannot_take_is_refused_with_a_translated_message_and_nothing_recorded(
    client, edition, applicant, full_media_root
):
    client.force_login(applicant)
    large = PDF.replace(b"trailer", b"%" + b"x" * 200_000 + b"\ntrailer")  # larger than the 64 KiB left
    response = client.post(URL, form_data(save="1", cv=pdf("cv.pdf", large)))
    assert response.status_code == 200
    assert "No se pudo almacenar el archivo; no se guardó nada. Vuelva a intentarlo más tarde." in (
        response.content.decode()
    )
    assert not Application.objects.exists()
    assert files_under(full_media_root) == []


@freeze_time(DURING)
def test_only_hybrid_editions_ask_in_person_or_online(client, edition, applicant):
    client.force_login(applicant)
    assert 'name="attendance"' not in client.get(URL).content.decode()
    edition.modality = "hybrid"
    edition.save()
    page = client.get(URL).content.decode()
    assert 'name="attendance"' in page
    assert '<option value="in_person">Presencial</option>' in page
