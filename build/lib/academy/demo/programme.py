"""Demo programmes: the 12th edition's two online weeks as its call described them (plenaries at 13:00 CET,
electives at 15:30 CET, virtual study visits, the SSE Marketplace), allocated and published for its
alumni; and the upcoming edition's programme, with the preference window open."""

import random
import zoneinfo
from datetime import datetime, time, timedelta

from academy.programme import services
from academy.programme.models import AllocationRound, Elective, Kind, Preference, Session, SessionSpeaker, Speaker

ALL_CHANNELS = ["en", "fr", "es", "pt"]
PLENARIES = [
    {"en": "SSE main principles and values", "fr": "Principes et valeurs de l'ESS", "es": "Principios y valores de la ESS", "pt": "Princípios e valores da ESS"},
    {"en": "SSE trends in the regions and recent SSE policies", "fr": "Tendances régionales et politiques récentes de l'ESS", "es": "Tendencias regionales y políticas recientes de ESS", "pt": "Tendências regionais e políticas recentes de ESS"},
    {"en": "International and regional SSE alliances and movements", "fr": "Alliances et mouvements internationaux et régionaux de l'ESS", "es": "Alianzas y movimientos internacionales y regionales de la ESS", "pt": "Alianças e movimentos internacionais e regionais da ESS"},
    {"en": "SSE, the 2030 Agenda and decent work", "fr": "L'ESS, l'Agenda 2030 et le travail décent", "es": "La ESS, la Agenda 2030 y el trabajo decente", "pt": "A ESS, a Agenda 2030 e o trabalho digno"},
    {"en": "The future of work for all", "fr": "L'avenir du travail pour tous", "es": "El futuro del trabajo para todos", "pt": "O futuro do trabalho para todos"},
    {"en": "SSE statistics", "fr": "Statistiques de l'ESS", "es": "Estadísticas de la ESS", "pt": "Estatísticas da ESS"},
    {"en": "Financial mechanisms for SSE ecosystems", "fr": "Mécanismes financiers pour les écosystèmes de l'ESS", "es": "Mecanismos financieros para los ecosistemas de ESS", "pt": "Mecanismos financeiros para ecossistemas de ESS"},
    {"en": "The ILO's work on SSE", "fr": "Le travail de l'OIT sur l'ESS", "es": "El trabajo de la OIT sobre la ESS", "pt": "O trabalho da OIT sobre a ESS"},
]  # fmt: skip
# (code, title, floor, interpretation, audience); three of each week's are dedicated, as in 2021.
ELECTIVES = [
    [
        ("E1", {"en": "Fundamental principles and rights at work for SSE organisations", "fr": "Principes et droits fondamentaux au travail pour les organisations de l'ESS"}, ["en"], ALL_CHANNELS, "everyone"),
        ("E2", {"en": "Youth, education and new skills", "es": "Juventud, educación y nuevas competencias"}, ["en"], ALL_CHANNELS, "everyone"),
        ("E3", {"en": "Formalisation of the informal economy", "fr": "Formalisation de l'économie informelle"}, ["fr"], ["en"], "everyone"),
        ("E4", {"en": "Social innovation", "pt": "Inovação social"}, ["pt"], ALL_CHANNELS, "everyone"),
        ("D1", {"en": "SSE and trade unions", "es": "La ESS y los sindicatos"}, ["en"], ALL_CHANNELS, "workers"),
        ("D2", {"en": "SSE and employers' organisations", "fr": "L'ESS et les organisations d'employeurs"}, ["en"], ALL_CHANNELS, "employers"),
    ],
    [
        ("E5", {"en": "Gender equality and women's empowerment", "es": "Igualdad de género y empoderamiento de las mujeres"}, ["es"], ALL_CHANNELS, "everyone"),
        ("E6", {"en": "South-South and triangular cooperation", "fr": "Coopération Sud-Sud et triangulaire"}, ["en"], ALL_CHANNELS, "everyone"),
        ("E7", {"en": "SSE as a tool for social cohesion, peace and resilience (refugees and IDPs)", "fr": "L'ESS, outil de cohésion sociale, de paix et de résilience"}, ["en"], ALL_CHANNELS, "everyone"),
        ("E8", {"en": "Just transition and circular economy", "pt": "Transição justa e economia circular"}, ["en"], ["pt"], "everyone"),
        ("D3", {"en": "SSE and public policies for governments", "es": "La ESS y las políticas públicas para los gobiernos"}, ["es"], ALL_CHANNELS, "government"),
    ],
]  # fmt: skip
SPEAKERS = {
    "Guy Tchami": ("ILO Cooperatives Unit", {"en": "Works on cooperatives and SSE at the ILO."}),
    "Valentina Verze": ("ILO Cooperatives Unit", {"en": "Works on SSE responses to forced displacement at the ILO."}),
}


def _weekdays(edition):
    day = edition.start_date
    while day <= edition.end_date:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def _session(edition, code, when, clock, minutes, **fields):
    starts = datetime.combine(when, clock, tzinfo=fields.pop("zone"))
    defaults = {"starts_at": starts, "ends_at": starts + timedelta(minutes=minutes), "published": True, **fields}
    session, _created = Session.objects.update_or_create(edition=edition, code=code, defaults=defaults)
    return session


def load_programme(edition, *, zone_name: str, windows: tuple[datetime, datetime]) -> list[Elective]:
    """Opening, a plenary each weekday, two weeks of electives (one choice per week), visits and marketplace."""
    zone = zoneinfo.ZoneInfo(zone_name)
    days = list(_weekdays(edition))
    plenary = {"floor_languages": ["en"], "interpretation": ["fr", "es", "pt"], "zone": zone}
    link = edition.livestream_url or ""
    _session(
        edition,
        "OPEN",
        days[0],
        time(12, 30),
        30,
        kind=Kind.OPENING,
        title={"en": "Opening", "fr": "Ouverture", "es": "Apertura", "pt": "Abertura"},
        livestream_url=link,
        **plenary,
    )
    for number, day in enumerate(days):
        title = PLENARIES[number % len(PLENARIES)]
        _session(
            edition, f"P{number + 1}", day, time(13), 90, kind=Kind.PLENARY, title=title, livestream_url=link, **plenary
        )
    _session(
        edition,
        "CLOSE",
        days[-1],
        time(15, 30),
        60,
        kind=Kind.CLOSING,
        title={"en": "Closing", "fr": "Clôture", "es": "Clausura", "pt": "Encerramento"},
        **plenary,
    )
    electives = []
    for week, specs in enumerate(ELECTIVES):
        round_, _created = AllocationRound.objects.update_or_create(
            edition=edition,
            position=week + 1,
            defaults={
                "name": {"en": f"Week {week + 1}", "fr": f"Semaine {week + 1}", "es": f"Semana {week + 1}", "pt": f"Semana {week + 1}"},
                "preferences_open_at": windows[0],
                "preferences_close_at": windows[1],
                "switch_deadline": datetime.combine(days[week * 5], time(9), tzinfo=zone),
            },
        )  # fmt: skip
        week_days = days[week * 5 : week * 5 + 5]
        for code, title, floor, channels, audience in specs:
            course, _created = Elective.objects.update_or_create(
                edition=edition,
                code=code,
                defaults={"round": round_, "title": title, "minimum_seats": 3, "maximum_seats": 12},
            )
            electives.append(course)
            for part, day in enumerate(week_days[1:4], start=1):
                _session(
                    edition, f"{code}-{part}", day, time(15, 30), 90, kind=Kind.ELECTIVE, elective=course,
                    title={lang: f"{text} ({part}/3)" for lang, text in title.items()}, floor_languages=floor,
                    interpretation=[c for c in channels if c not in floor], audience=audience, zone=zone,
                    online_url=f"https://ecampus.example.org/academy/{edition.number}/{code.lower()}",
                )  # fmt: skip
        _session(
            edition,
            f"V{week + 1}",
            week_days[0],
            time(15, 30),
            90,
            kind=Kind.VIRTUAL_VISIT,
            title={
                "en": f"Virtual study visit: Portuguese cooperatives ({week + 1})",
                "pt": f"Visita de estudo virtual: cooperativas portuguesas ({week + 1})",
            },
            floor_languages=["pt"],
            interpretation=["en", "fr", "es"],
            capacity=80,
            zone=zone,
        )
        _session(
            edition,
            f"M{week + 1}",
            week_days[4],
            time(15, 30),
            90,
            kind=Kind.MARKETPLACE,
            title={"en": "SSE Marketplace", "fr": "Marché de l'ESS", "es": "Mercado de la ESS", "pt": "Mercado da ESS"},
            floor_languages=["en"],
            interpretation=["fr", "es", "pt"],
            zone=zone,
        )
    cohesion = Session.objects.get(edition=edition, code="E7-1")
    for name, (organisation, bio) in SPEAKERS.items():
        speaker, _created = Speaker.objects.update_or_create(
            name=name, defaults={"organisation": organisation, "bio": bio}
        )
        SessionSpeaker.objects.get_or_create(session=cohesion, speaker=speaker)
    return electives


def rank_and_allocate(edition, people, *, by, seed: int) -> None:
    """Each person ranks three electives they can follow (once), then each week is allocated and published."""
    rng = random.Random(seed)
    for round_ in AllocationRound.objects.filter(edition=edition):
        if round_.runs.exists():
            continue
        eligibility = services.Eligibility(round_, people)
        for person in people:
            open_to = sorted(eligibility.open_to(person))
            if not Preference.objects.filter(round=round_, user=person).exists() and open_to:
                ranked = rng.sample(open_to, min(3, len(open_to)))
                Preference.objects.bulk_create(
                    [Preference(round=round_, user=person, elective_id=pk, rank=r) for r, pk in enumerate(ranked, 1)]
                )
        services.run_allocation(round_=round_, by=by, seed=seed)
        services.publish(round_=round_, by=by)
