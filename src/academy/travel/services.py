"""Visa invitation letters: a confirmed in-person participant asks, an organiser approves or refuses, the letter is
issued with a verification code; passport data is erased a set number of days after the edition ends."""

from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from academy.applications.models import Application, ScholarshipStatus, Status
from academy.applications.services import call_for
from academy.audit.services import log_action
from academy.certificates.services import printed_signatories
from academy.common import documents, freshness
from academy.common.codes import normalise_code
from academy.editions.models import Edition
from academy.editions.topics import PERSON
from academy.people.models import User
from academy.travel.models import LetterStatus, VisaLetter

PASSPORT_FIELDS = ("nationality", "passport_number", "passport_expiry", "date_of_birth", "consulate")


def letter_languages(edition: Edition) -> list[str]:
    """English, or the edition's own language: what an embassy reads and what the organisers can sign."""
    return list(dict.fromkeys(["en", edition.main_language]))


def in_person_place(edition: Edition, person: User) -> Application | None:
    """The person's confirmed application to the edition when their place is in the room; None otherwise."""
    application = (
        Application.objects.filter(edition=edition, applicant=person, status=Status.CONFIRMED)
        .select_related("edition")
        .first()
    )
    return application if application is not None and application.in_person else None


def _require_in_person(edition: Edition, person: User) -> Application:
    application = in_person_place(edition, person)
    if application is None:
        raise ValidationError(
            _("Visa letters are for selected participants who confirmed a place in person at this edition."),
            code="not_in_person",
        )
    return application


def letter_of(edition: Edition, person: User) -> VisaLetter | None:
    return VisaLetter.objects.filter(edition=edition, person=person).first()


def letters_of(person: User, editions: list[Edition]) -> dict[int, VisaLetter]:
    """The person's letters to these editions, by edition id, in one query: what My Academy shows (no passport data)."""
    if not editions:
        return {}
    letters = VisaLetter.objects.filter(person=person, edition__in=editions).only(
        "edition_id", "status", "refusal_reason", "code", "passport_data_erased_at"
    )
    return {letter.edition_id: letter for letter in letters}


@transaction.atomic
def request_letter(
    *,
    edition: Edition,
    person: User,
    full_name: str,
    nationality: str,
    passport_number: str,
    passport_expiry: date | None,
    date_of_birth: date | None,
    consulate: str,
    language: str,
    now: datetime | None = None,
) -> VisaLetter:
    """Ask for a letter, or correct a request not yet approved; everything is checked before anything is written."""
    now = now or timezone.now()
    _require_in_person(edition, person)
    errors: dict[str, list[str]] = {}
    required = {
        "full_name": full_name,
        "nationality": nationality,
        "passport_number": passport_number,
        "passport_expiry": passport_expiry,
        "date_of_birth": date_of_birth,
    }
    for field, value in required.items():
        if not value or (isinstance(value, str) and not value.strip()):
            errors[field] = [_("This field is required.")]
    if not (consulate or "").strip():
        errors["consulate"] = [_("Say at which consulate or embassy you will apply for the visa.")]
    if passport_expiry and passport_expiry <= edition.end_date:
        errors["passport_expiry"] = [
            _("Your passport must be valid beyond the edition's last day (%(date)s): renew it before asking.")
            % {"date": date_format(edition.end_date)}
        ]
    if date_of_birth and date_of_birth >= timezone.localdate(now):
        errors["date_of_birth"] = [_("Give your date of birth as in the passport.")]
    if language not in letter_languages(edition):
        errors["language"] = [_("Choose English or the edition's language.")]
    if errors:
        raise ValidationError(errors)
    letter = VisaLetter.objects.select_for_update().filter(edition=edition, person=person).first()
    if letter is not None and letter.status == LetterStatus.APPROVED:
        raise ValidationError(_("Your letter is already approved; ask the organisers if it needs a correction."))
    letter = letter or VisaLetter(edition=edition, person=person)
    letter.full_name = full_name.strip()
    letter.nationality = nationality
    letter.passport_number = passport_number.strip().upper()
    letter.passport_expiry = passport_expiry
    letter.date_of_birth = date_of_birth
    letter.consulate = consulate.strip()
    letter.language = language
    letter.status = LetterStatus.REQUESTED
    letter.requested_at = now
    letter.refusal_reason = ""
    letter.full_clean(exclude=["code"])
    letter.save()
    log_action(actor=person, action="visa_letter.requested", obj=letter, edition=edition)
    return letter


def costs_covered(application: Application) -> dict:
    """Who pays what, from the person's scholarship: the amounts in the call's currency, and what is left to them."""
    call = call_for(application.edition)
    scholarship = getattr(application, "scholarship", None)
    if scholarship is None or scholarship.status == ScholarshipStatus.DECLINED:
        return {"currency": call.currency, "travel": "0", "accommodation": "0", "fee": "0", "source": ""}
    return {
        "currency": call.currency,
        "travel": str(scholarship.travel),
        "accommodation": str(scholarship.accommodation),
        "fee": str(scholarship.fee),
        "source": scholarship.source.name,
    }


@transaction.atomic
def approve(*, letter: VisaLetter, by: User, now: datetime | None = None) -> VisaLetter:
    """Issue the letter: a new verification code, the edition's first signatory and the scholarship's costs printed."""
    now = now or timezone.now()
    letter = VisaLetter.objects.select_for_update().select_related("edition", "person").get(pk=letter.pk)
    if letter.status != LetterStatus.REQUESTED:
        raise ValidationError(_("Only a letter waiting for a decision can be approved."), code="not_requested")
    if letter.passport_data_erased:
        raise ValidationError(_("The passport data of this request has been erased."), code="erased")
    application = _require_in_person(letter.edition, letter.person)
    signatories = printed_signatories(letter.edition, letter.language)
    if not signatories:
        raise ValidationError(
            _("Add the edition's signatory first (on the certificates page): the letter is signed in their name."),
            code="no_signatory",
        )
    letter.status = LetterStatus.APPROVED
    letter.code = documents.unused_code(VisaLetter)
    letter.signatory = signatories[0]
    letter.costs = costs_covered(application)
    letter.decided_at, letter.decided_by = now, by
    letter.save()
    log_action(actor=by, action="visa_letter.approved", obj=letter, edition=letter.edition)
    return letter


@transaction.atomic
def refuse(*, letter: VisaLetter, by: User, reason: str, now: datetime | None = None) -> VisaLetter:
    letter = VisaLetter.objects.select_for_update().get(pk=letter.pk)
    if letter.status != LetterStatus.REQUESTED:
        raise ValidationError(_("Only a letter waiting for a decision can be refused."), code="not_requested")
    if not reason.strip():
        raise ValidationError({"reason": [_("Say why, so the participant can correct the request.")]})
    letter.status, letter.refusal_reason = LetterStatus.REFUSED, reason.strip()
    letter.decided_at, letter.decided_by = now or timezone.now(), by
    letter.save(update_fields=["status", "refusal_reason", "decided_at", "decided_by"])
    log_action(actor=by, action="visa_letter.refused", obj=letter, edition=letter.edition, reason=reason.strip())
    return letter


def look_up(code: str) -> VisaLetter | None:
    """The approved letter with this code (as typed, printed or in the QR code's address); None for any other."""
    code = normalise_code(code)
    if not documents.is_well_formed(code):
        return None
    return VisaLetter.objects.filter(code=code, status=LetterStatus.APPROVED).select_related("edition").first()


def is_valid(letter: VisaLetter, today: date | None = None) -> bool:
    """A letter invites for the edition's dates: valid until its last day."""
    return letter.is_approved and (today or timezone.localdate()) <= letter.edition.end_date


def erase_passport_data(*, today: date | None = None) -> int:
    """Blank the passport data of every letter whose edition ended more than ``ACADEMY_PASSPORT_DATA_DAYS`` ago.

    The name, the dates and the code stay (the letter can still be verified); one statement, run daily."""
    today = today or timezone.localdate()
    ended_before = today - timedelta(days=settings.ACADEMY_PASSPORT_DATA_DAYS)
    due = VisaLetter.objects.filter(edition__end_date__lt=ended_before, passport_data_erased_at__isnull=True)
    with transaction.atomic():
        people = set(due.values_list("person_id", flat=True))
        erased = due.update(
            nationality="",
            passport_number="",
            passport_expiry=None,
            date_of_birth=None,
            consulate="",
            passport_data_erased_at=timezone.now(),
        )
    for person in people:  # update() sends no signal: My Academy's download link goes with the data
        freshness.changed(PERSON, person)
    return erased
