"""The 13th edition (hybrid, in Dakar): participants coming in person with scholarships, and their visa letters.

Built through the services: an application in person with a scholarship, selected by hand and confirmed, then a
visa letter asked for (the demo participant's approved, another waiting for the organisers)."""

import random
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.test.utils import override_settings

from academy.applications import decisions, services
from academy.applications.models import Application, Attendance, Status
from academy.certificates import services as certificates
from academy.demo.call import DEMO_CV, SENTENCES, motivation
from academy.editions.models import Edition
from academy.travel import services as travel
from academy.travel.models import VisaLetter

SCHOLARSHIP_SOURCE = "ILO SSTC programme"
# Fictional passports: numbers no country issues.
PASSPORTS = ("DEMO00013", "DEMO00014", "DEMO00015")
CONSULATES = {
    "VN": "Embassy of Senegal in Hanoi",
    "default": "Embassy of Senegal in the applicant's country",
}


def load_travel(*, edition: Edition, participant, organiser, by) -> None:
    """Three in-person scholarship holders (the demo participant first) with visa letter requests; one approved."""
    if VisaLetter.objects.filter(edition=edition).exists():
        return  # loaded before: the demo never duplicates
    if not edition.signatories.exists():
        certificates.add_signatory(
            edition=edition,
            name="Aïssatou Diop",
            position={
                "en": "Director of the Academy (demo)",
                "fr": "Directrice de l'Académie (démo)",
                "es": "Directora de la Academia (demo)",
                "pt": "Diretora da Academia (demo)",
            },
            organisation="ITCILO",
            by=by,
        )
    during = edition.applications_open_at + timedelta(days=2)
    rng = random.Random(13)
    # Two applicants who asked to come in person with travel paid, the first by date of application.
    others = [
        application.applicant
        for application in Application.objects.filter(
            edition=edition, status=Status.SUBMITTED, attendance=Attendance.IN_PERSON, scholarship_travel=True
        )
        .select_related("applicant")
        .order_by("pk")[:2]
    ]
    people = [participant, *others]
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for index, person in enumerate(people):
            _confirmed_in_person(edition, person, rng, during, organiser)
            travel.request_letter(
                edition=edition,
                person=person,
                full_name=person.certificate_name.upper(),
                nationality=person.country.code,
                passport_number=PASSPORTS[index],
                passport_expiry=date(2031, 3, 31),
                date_of_birth=date(1985 + index, 5, 17),
                consulate=CONSULATES.get(person.country.code, CONSULATES["default"]),
                language="fr" if index else "en",
                now=during,
            )
    travel.approve(letter=VisaLetter.objects.get(edition=edition, person=participant), by=organiser, now=during)


def _confirmed_in_person(edition: Edition, person, rng, during, organiser) -> Application:
    application = Application.objects.filter(edition=edition, applicant=person).first()
    if application is None or application.status == Status.DRAFT:
        language = person.language if person.language in SENTENCES else "en"
        draft = services.save_draft(
            edition=edition,
            applicant=person,
            now=during,
            motivation=motivation(rng, language),
            commitment=True,
            constituency=person.constituency or "sse_practitioner",
            organisation=person.organisation or "Cooperative (demo)",
            language=language,
            sse_role=SENTENCES[language][0],
            multiplier=SENTENCES[language][2],
            attendance=Attendance.IN_PERSON,
            scholarship_requested=True,
            scholarship_travel=True,
            scholarship_accommodation=True,
            scholarship_fee=True,
            travel_from=str(person.country.name),
            cv=ContentFile(DEMO_CV, name="cv.pdf"),
        )
        application = services.submit(application=draft, now=during)
    decisions.decide_by_hand(
        application=application,
        status=Status.SELECTED,
        by=organiser,
        reason="Coming in person with a scholarship (demo).",
        now=during,
        scholarship_from=SCHOLARSHIP_SOURCE,
    )
    return decisions.respond(application=Application.objects.get(pk=application.pk), accept=True, now=during)
