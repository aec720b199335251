"""The demo edition's call for applications: rubric, budgets, applications from the cohort, reviews.

Applications go through the applications services at a moment inside the call's window, so the
demo works whatever today's date. Reviews' scores are drawn from a seeded generator with a bias per
reviewer (one harsh, one lenient), which is what the normalisation is for; they are written in one
pass and the stored scores refreshed once.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.test.utils import override_settings

from academy.applications import services
from academy.applications.models import Attendance, Criterion, FundingSource, ReviewAssignment, TravelCost
from academy.editions import services as editions
from academy.editions.models import Edition, Role

SEED = 13
COMMITTEE_SIZE = 4
# A small, well-formed PDF standing in for each applicant's CV.
DEMO_CV = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)
RUBRIC = [
    (
        {
            "en": "Relevance of experience",
            "fr": "Pertinence de l'expérience",
            "es": "Pertinencia de la experiencia",
            "pt": "Relevância da experiência",
        },
        2,
    ),
    ({"en": "Motivation", "fr": "Motivation", "es": "Motivación", "pt": "Motivação"}, 1),
    (
        {
            "en": "Multiplier potential",
            "fr": "Effet multiplicateur",
            "es": "Potencial multiplicador",
            "pt": "Potencial multiplicador",
        },
        1,
    ),
    (
        {
            "en": "South-South cooperation potential",
            "fr": "Potentiel de coopération Sud-Sud",
            "es": "Potencial de cooperación Sur-Sur",
            "pt": "Potencial de cooperação Sul-Sul",
        },
        1,
    ),
]
TRAVEL = {"Africa": 900, "Americas": 1700, "Asia": 1500, "Europe": 700, "Oceania": 2300}
SENTENCES = {
    "en": [
        "I coordinate a network of cooperatives and want to learn how other countries build an ecosystem for the SSE.",
        "Our union supports informal workers who organise in cooperatives, and we need policies that recognise them.",
        "I will share what I learn with the ministry's regional teams through workshops and a written guide.",
        "South-South exchanges have helped our federation before, and the Academy is the place to build new links.",
    ],
    "fr": [
        "Je coordonne un réseau de coopératives et je veux apprendre comment d'autres pays construisent un écosystème pour l'ESS.",
        "Notre syndicat accompagne des travailleurs de l'économie informelle qui s'organisent en coopératives.",
        "Je partagerai ce que j'apprendrai avec les équipes régionales du ministère par des ateliers et un guide écrit.",
        "Les échanges Sud-Sud ont déjà aidé notre fédération, et l'Académie est le lieu pour créer de nouveaux liens.",
    ],
    "es": [
        "Coordino una red de cooperativas y quiero aprender cómo otros países construyen un ecosistema para la ESS.",
        "Nuestro sindicato acompaña a trabajadores de la economía informal que se organizan en cooperativas.",
        "Compartiré lo que aprenda con los equipos regionales del ministerio mediante talleres y una guía escrita.",
        "Los intercambios Sur-Sur ya ayudaron a nuestra federación, y la Academia es el lugar para crear nuevos vínculos.",
    ],
    "pt": [
        "Coordeno uma rede de cooperativas e quero aprender como outros países constroem um ecossistema para a ESS.",
        "O nosso sindicato acompanha trabalhadores da economia informal que se organizam em cooperativas.",
        "Partilharei o que aprender com as equipas regionais do ministério através de oficinas e de um guia escrito.",
        "As trocas Sul-Sul já ajudaram a nossa federação, e a Academia é o lugar para criar novos laços.",
    ],
}


def motivation(rng: random.Random, language: str) -> str:
    """About 180 words from the sentences of the applicant's language."""
    sentences = SENTENCES[language]
    text: list[str] = []
    while services.count_words(" ".join(text)) < 180:
        text.append(rng.choice(sentences))
    return " ".join(text)


def load_call(*, edition: Edition, committee_partners, committee_people, applicants, by) -> None:
    call = services.call_for(edition)
    if call.criteria.exists():
        return  # loaded before: the demo never duplicates
    call.accommodation_nights, call.nightly_rate, call.participation_fee = 12, Decimal(90), Decimal(1500)
    call.save()
    for position, (name, weight) in enumerate(RUBRIC):
        Criterion.objects.create(call=call, position=position, name=name, weight=weight, scale_max=5)
    FundingSource.objects.create(edition=edition, name="ILO SSTC programme", budget=Decimal(150_000))
    FundingSource.objects.create(edition=edition, name="Host partner", budget=Decimal(40_000), eligibility="everyone")
    for region, amount in TRAVEL.items():
        TravelCost.objects.create(edition=edition, region=region, amount=Decimal(amount))
    for person, partner in zip(committee_people, committee_partners, strict=False):
        editions.grant_role(edition=edition, user=person, role=Role.COMMITTEE, organisation=partner, by=by)

    rng = random.Random(SEED)
    # In person or online, drawn apart so that the rest of the call stays as it was drawn before the question.
    attendance_rng = random.Random(SEED + 1)
    during = edition.applications_open_at + timedelta(days=1)
    # Synthetic applicants have no mailbox: their confirmations are not sent.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for person in applicants:
            _apply(edition, person, rng, during, in_person=attendance_rng.random() < 0.6)
    services.assign_reviewers(edition=edition, by=by, seed=SEED)
    _review(edition, list(call.criteria.all()), rng, during)


def _apply(edition: Edition, person, rng: random.Random, during, *, in_person: bool) -> None:
    wants_scholarship = person.is_global_south and rng.random() < 0.7
    travels = wants_scholarship and in_person  # travel is paid only to come in person
    draft = services.save_draft(
        edition=edition,
        applicant=person,
        now=during,
        motivation=motivation(rng, person.language),
        commitment=True,
        sse_role=SENTENCES[person.language][0],
        multiplier=SENTENCES[person.language][2],
        scholarship_requested=wants_scholarship,
        attendance=Attendance.IN_PERSON if in_person else Attendance.ONLINE,
        scholarship_travel=travels,
        scholarship_accommodation=travels,
        scholarship_fee=wants_scholarship,
        travel_from=str(person.country.name) if travels else "",
        cv=ContentFile(DEMO_CV, name="cv.pdf"),
    )
    services.submit(application=draft, now=during)


def _review(edition: Edition, criteria, rng: random.Random, during) -> None:
    """Scores with a bias per reviewer (one harsh, one lenient), then the stored scores refreshed once."""
    bias: dict[int, int] = {}
    reviews = list(ReviewAssignment.objects.filter(application__edition=edition).order_by("pk"))
    for review in reviews:
        reviewer_bias = bias.setdefault(review.reviewer_id, rng.choice([-1, 0, 0, 1]))
        review.scores = {str(c.pk): max(0, min(5, round(rng.gauss(3, 1)) + reviewer_bias)) for c in criteria}
        review.reviewed_at = during
    ReviewAssignment.objects.bulk_update(reviews, ["scores", "reviewed_at"], batch_size=500)
    services.refresh_scores(edition=edition)
