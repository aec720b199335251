"""What came of the 12th edition, and two proposals to host a future one: fictional, marked "(demo)",
recorded through the services as an alumnus, an organiser and a constituent would. Added once."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from academy.brain import followups
from academy.brain.models import FollowUp, Topic
from academy.editions.models import Edition
from academy.hosting import services as hosting
from academy.hosting.models import HostingRequest, RequestStatus

FOLLOW_UPS = [
    {
        "kind": "network", "language": "fr", "countries": ["MA", "SN", "CV"], "started_on": date(2022, 3, 1),
        "ended_on": None, "sdg_targets": ["17.9"], "topics": ["south-south"], "partners": "RIPESS Afrique",
        "title": "Un réseau de formateurs en ESS entre le Maroc, le Sénégal et Cabo Verde (demo)",
        "description": "Rencontrés pendant l'électif sur la coopération Sud-Sud, six anciens participants "
        "forment ensemble les **coopératives de jeunes** de leurs pays, en ligne chaque mois.",
    },
    {
        "kind": "project", "language": "en", "countries": ["PH", "KH"], "started_on": date(2022, 9, 1),
        "ended_on": date(2024, 6, 30), "sdg_targets": ["8.3", "17.9"], "topics": ["sse-ecosystems"],
        "partners": "ILO, a ministry of labour, a national cooperative federation",
        "title": "Technical cooperation on SSE statistics with a ministry of labour (demo)",
        "description": "A development cooperation project that grew out of the Academy's plenary on measuring "
        "the SSE: a satellite account of cooperatives and mutuals, piloted in two provinces.",
    },
    {
        "kind": "policy", "language": "es", "countries": ["CR"], "started_on": date(2023, 5, 15), "ended_on": None,
        "sdg_targets": ["8.3"], "topics": ["local-development"], "partners": "Asamblea Legislativa, INFOCOOP",
        "title": "Un proyecto de ley marco de ESS debatido con la Asamblea (demo)",
        "description": "Tras la Academia, una alumna presentó el ejemplo de Portugal y de Seúl a los diputados.",
    },
]  # fmt: skip
REQUESTS = [
    ({"organisation": "Ministerio del Trabajo (demo)", "kind": "ministry", "country": "CO", "city": "Bogotá",
      "proposed_start": date(2028, 9, 4), "proposed_end": date(2028, 9, 8), "modality": "hybrid",
      "themes": "Economía popular y solidaria; empleo de los jóvenes rurales; paz y territorio.",
      "co_financing": "Sede, interpretación y 25 becas de viaje para América Latina.",
      "contact_name": "Lucía Pérez (demo)", "contact_email": "hosting-co@demo.example.org", "contact_phone": ""},
     RequestStatus.DISCUSSION, "We would like to discuss the dates: September clashes with the ILO Governing Body."),
    ({"organisation": "Quezon City Government (demo)", "kind": "local", "country": "PH", "city": "Quezon City",
      "proposed_start": date(2029, 2, 12), "proposed_end": date(2029, 2, 16), "modality": "in_person",
      "themes": "SSE and the care economy; cooperatives of informal workers.",
      "co_financing": "Venue and local transport.", "contact_name": "Jose Reyes (demo)",
      "contact_email": "hosting-ph@demo.example.org", "contact_phone": ""},
     RequestStatus.SUBMITTED, ""),
]  # fmt: skip


def load_outcomes(*, edition: Edition, alumnus, alumni: list, proposers: list, organiser, by) -> None:
    if not FollowUp.objects.filter(edition=edition).exists():
        topics = {topic.slug: topic for topic in Topic.objects.all()}
        recorders = [alumnus, by, alumni[3]]
        for spec, recorder in zip(FOLLOW_UPS, recorders, strict=True):
            fields = {**spec, "topics": [topics[slug] for slug in spec["topics"] if slug in topics]}
            followups.save_follow_up(by=recorder, edition=edition, people=alumni[:3], **fields)
    if not HostingRequest.objects.exists():
        submitted = datetime(2026, 10, 20, 10, tzinfo=ZoneInfo("UTC"))
        for (fields, status, notes), proposer in zip(REQUESTS, proposers, strict=True):
            request = hosting.submit_request(by=proposer, now=submitted, **fields)
            if status != RequestStatus.SUBMITTED:
                hosting.decide(request=request, status=status, notes=notes, by=organiser)
