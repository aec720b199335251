from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from academy.audit.models import ActionLog
from academy.people.privacy import collect
from academy.travel import services
from academy.travel.document import letter_pdf
from academy.travel.models import LetterStatus, VisaLetter
from tests.travel.conftest import NOW

pytestmark = pytest.mark.django_db


def test_request_letter_by_an_in_person_participant_is_stored_waiting(edition, in_person, request_data):
    letter = services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    assert letter.status == LetterStatus.REQUESTED
    assert letter.passport_number == "G1234567"
    assert letter.code is None
    assert ActionLog.objects.filter(action="visa_letter.requested").count() == 1


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"passport_expiry": date(2027, 6, 25)}, "passport_expiry", "must be valid beyond the edition's last day"),
        ({"passport_expiry": date(2026, 1, 1)}, "passport_expiry", "must be valid beyond the edition's last day"),
        ({"consulate": "  "}, "consulate", "at which consulate or embassy"),
        ({"passport_number": ""}, "passport_number", "This field is required."),
        ({"date_of_birth": date(2030, 1, 1)}, "date_of_birth", "date of birth as in the passport"),
        ({"language": "es"}, "language", "English or the edition's language"),
    ],
)
def test_request_letter_with_bad_input_is_refused_and_writes_nothing(
    edition, in_person, request_data, change, field, message
):
    with pytest.raises(ValidationError) as refused:
        services.request_letter(edition=edition, person=in_person, now=NOW, **(request_data | change))
    assert message in " ".join(refused.value.message_dict[field])
    assert not VisaLetter.objects.exists()


def test_request_letter_for_an_online_participant_is_refused(edition, online, request_data):
    with pytest.raises(ValidationError, match="confirmed a place in person"):
        services.request_letter(edition=edition, person=online, now=NOW, **request_data)
    assert not VisaLetter.objects.exists()


def test_request_letter_at_an_online_edition_is_refused(edition, in_person, request_data):
    edition.modality = "online"
    edition.save()
    with pytest.raises(ValidationError, match="confirmed a place in person"):
        services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)


def test_approve_prints_signatory_and_scholarship_costs_with_a_code(edition, in_person, organiser, request_data):
    letter = services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    letter = services.approve(letter=letter, by=organiser, now=NOW)
    assert letter.status == LetterStatus.APPROVED
    assert len(letter.code) == 12
    assert letter.signatory == {"name": "Awa Ndiaye", "position": "Directrice", "organisation": ""}
    assert letter.costs == {
        "currency": "EUR",
        "travel": "900.00",
        "accommodation": "700.00",
        "fee": "0.00",
        "source": "SSTC",
    }
    assert services.look_up(letter.code.lower()) == letter
    assert letter_pdf(letter).startswith(b"%PDF")


def test_approve_without_signatory_is_refused(edition, in_person, organiser, request_data):
    edition.signatories.all().delete()
    letter = services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    with pytest.raises(ValidationError, match="signatory"):
        services.approve(letter=letter, by=organiser, now=NOW)
    letter.refresh_from_db()
    assert (letter.status, letter.code) == (LetterStatus.REQUESTED, None)


def test_a_changed_request_after_approval_is_refused(edition, in_person, organiser, request_data):
    letter = services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    services.approve(letter=letter, by=organiser, now=NOW)
    with pytest.raises(ValidationError, match="already approved"):
        services.request_letter(edition=edition, person=in_person, now=NOW, **(request_data | {"full_name": "X"}))
    assert VisaLetter.objects.get().full_name == "KWAME ASANTE MENSAH"


def test_refuse_needs_a_reason_and_a_corrected_request_waits_again(edition, in_person, organiser, request_data):
    letter = services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    with pytest.raises(ValidationError):
        services.refuse(letter=letter, by=organiser, reason=" ")
    services.refuse(letter=letter, by=organiser, reason="The passport number has a typo.")
    assert VisaLetter.objects.get().status == LetterStatus.REFUSED
    again = services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    assert (again.pk, again.status, again.refusal_reason) == (letter.pk, LetterStatus.REQUESTED, "")


def test_letter_is_valid_until_the_editions_last_day(edition, in_person, organiser, request_data):
    letter = services.approve(
        letter=services.request_letter(edition=edition, person=in_person, now=NOW, **request_data), by=organiser
    )
    assert services.is_valid(letter, today=date(2027, 6, 25))
    assert not services.is_valid(letter, today=date(2027, 6, 26))


def test_erase_passport_data_after_the_set_days_keeps_name_and_code(
    settings, edition, in_person, organiser, request_data
):
    settings.ACADEMY_PASSPORT_DATA_DAYS = 30
    letter = services.approve(
        letter=services.request_letter(edition=edition, person=in_person, now=NOW, **request_data), by=organiser
    )
    assert services.erase_passport_data(today=edition.end_date + timedelta(days=30)) == 0
    assert services.erase_passport_data(today=edition.end_date + timedelta(days=31)) == 1
    letter.refresh_from_db()
    assert (letter.passport_number, letter.passport_expiry, letter.date_of_birth, letter.consulate) == (
        "",
        None,
        None,
        "",
    )
    assert letter.nationality.code is None or letter.nationality.code == ""
    assert letter.passport_data_erased
    assert (letter.full_name, services.look_up(letter.code)) == ("KWAME ASANTE MENSAH", letter)
    assert services.erase_passport_data(today=edition.end_date + timedelta(days=60)) == 0


def test_erase_passport_data_command_erases_ended_editions_only(settings, edition, in_person, request_data):
    settings.ACADEMY_PASSPORT_DATA_DAYS = 0
    services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    call_command("erase_passport_data")  # today is long before 2027-06-25
    assert VisaLetter.objects.get().passport_number == "G1234567"
    edition.start_date, edition.end_date = date(2020, 1, 1), date(2020, 1, 10)
    edition.save()
    call_command("erase_passport_data")
    assert VisaLetter.objects.get().passport_number == ""


def test_personal_data_includes_the_passport_data(edition, in_person, request_data):
    services.request_letter(edition=edition, person=in_person, now=NOW, **request_data)
    (exported,) = collect(in_person)["travel"]["visa_letters"]
    assert (exported["passport_number"], exported["consulate"]) == ("G1234567", "Embassy of Senegal in Accra")
