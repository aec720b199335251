import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from academy.applications import services
from academy.applications.models import Application, Status
from tests.applications.conftest import AFTER, DURING, PDF, pdf, words
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Economía social y solidaria", 4),
        ("l'économie sociale et solidaire", 4),  # l'économie is one word
        ("South-South and triangular cooperation", 4),
        ("Economia social e solidária: a Cooperativa António Sérgio", 8),
        ("  spaces,\tcommas; and\nnew lines  ", 5),
        ("", 0),
        ("— 2030 —", 1),
    ],
)
def test_count_words_in_all_four_languages(text, count):
    assert services.count_words(text) == count


def test_draft_prefills_from_profile_and_keeps_changes(edition, applicant):
    draft = services.save_draft(edition=edition, applicant=applicant, now=DURING, motivation="Hola")
    assert (draft.status, draft.constituency, draft.organisation, draft.language) == ("draft", "workers", "CUT", "es")
    again = services.save_draft(edition=edition, applicant=applicant, now=DURING, motivation="Hola de nuevo")
    assert again.pk == draft.pk
    assert Application.objects.get().motivation == "Hola de nuevo"


def test_submit_complete_application_mails_a_confirmation_in_the_applicants_language(
    edition, applicant, complete, django_capture_on_commit_callbacks, settings
):
    settings.EMAIL_BACKEND = "academy.outbox.backend.OutboxBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    draft = services.save_draft(edition=edition, applicant=applicant, now=DURING, **complete)
    with django_capture_on_commit_callbacks(execute=True):
        submitted = services.submit(application=draft, now=DURING)
    assert (submitted.status, submitted.submitted_at) == (Status.SUBMITTED, DURING)
    [message] = mail.outbox
    assert message.to == ["amina@example.org"]
    assert message.subject == "[SSE Academy] Hemos recibido su candidatura a la Academy 13"


def test_submit_after_the_deadline_says_the_deadline_in_the_applicants_time_zone(edition, applicant, complete):
    draft = services.save_draft(edition=edition, applicant=applicant, now=DURING, **complete)
    with pytest.raises(ValidationError) as error:
        services.submit(application=draft, now=AFTER)
    # 22:59 UTC is 17:59 in Bogotá
    assert "Feb. 28, 2027, 5:59 p.m." in error.value.messages[0]
    assert "America/Bogota" in error.value.messages[0]
    assert Application.objects.get().status == Status.DRAFT


def test_draft_before_the_call_opens_is_refused(edition, applicant):
    with pytest.raises(ValidationError, match="not open"):
        services.save_draft(edition=edition, applicant=applicant, now=edition.applications_open_at.replace(year=2025))
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (pdf("cv.pdf", b"PK\x03\x04 a zip file renamed"), "not a PDF"),
        (pdf("cv.pdf", b""), "empty"),
        (pdf("cv.pdf", PDF[:-7] + b" " * (5 * 1024 * 1024) + b"\n%%EOF\n"), "larger than 5 MB"),
        (pdf("cv.docx", b"%PDF-1.4 truncated, no end"), "not a PDF"),
    ],
)
def test_cv_that_is_not_a_small_pdf_is_refused_and_nothing_saved(edition, applicant, upload, message):
    with pytest.raises(ValidationError, match=message):
        services.save_draft(edition=edition, applicant=applicant, now=DURING, cv=upload)
    assert not Application.objects.exists()


def test_cv_is_recognised_by_content_not_name(edition, applicant):
    draft = services.save_draft(edition=edition, applicant=applicant, now=DURING, cv=pdf("my cv.PDF.txt"))
    assert draft.cv.name.startswith(f"applications/{edition.pk}/{applicant.pk}/cv")
    assert draft.cv.name.endswith(".pdf")


@pytest.mark.parametrize(("count", "ok"), [(149, False), (150, True), (800, True), (801, False)])
def test_motivation_word_limits(edition, applicant, complete, count, ok):
    draft = services.save_draft(
        edition=edition, applicant=applicant, now=DURING, **(complete | {"motivation": words(count)})
    )
    if ok:
        assert services.submit(application=draft, now=DURING).status == Status.SUBMITTED
    else:
        with pytest.raises(ValidationError) as error:
            services.submit(application=draft, now=DURING)
        assert f"now {count}" in error.value.message_dict["motivation"][0]
        assert Application.objects.get().status == Status.DRAFT


def test_submit_lists_everything_missing(edition, applicant):
    draft = services.save_draft(edition=edition, applicant=applicant, now=DURING, scholarship_requested=True)
    with pytest.raises(ValidationError) as error:
        services.submit(application=draft, now=DURING)
    assert {"motivation", "commitment", "sse_role", "multiplier", "cv", "scholarship_requested"} <= set(
        error.value.message_dict
    )


def test_one_application_per_person_per_edition_in_the_database(edition, applicant):
    services.save_draft(edition=edition, applicant=applicant, now=DURING)
    with pytest.raises(IntegrityError):
        Application.objects.create(edition=edition, applicant=applicant)


def test_withdraw_then_no_more_changes(edition, applicant):
    draft = services.save_draft(edition=edition, applicant=applicant, now=DURING)
    services.withdraw(application=draft)
    with pytest.raises(ValidationError, match="no longer be changed"):
        services.save_draft(edition=edition, applicant=applicant, now=DURING, motivation="again")
    assert Application.objects.get().status == Status.WITHDRAWN


def test_others_applications_are_separate(edition, applicant):
    services.save_draft(edition=edition, applicant=applicant, now=DURING)
    services.save_draft(edition=edition, applicant=UserFactory(), now=DURING)
    assert Application.objects.count() == 2
