"""Loads the demo: the real editions, a fictional upcoming one, demo accounts and a synthetic cohort.

The real editions come from the editions' own history (`academy.editions.history`, which production
loads with `academy load_history`); everything after them is demo-only.

Everything goes through the apps' service functions, as a user's action would, and is idempotent:
loading twice leaves the database as loading once.
"""

import zoneinfo
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.db import transaction

from academy.demo.attendance import load_attendance, load_certificates
from academy.demo.brain import load_brain
from academy.demo.call import load_call
from academy.demo.cohort import synthetic_cohort
from academy.demo.learning import load_learning
from academy.demo.messages import load_messages
from academy.demo.outcomes import load_outcomes
from academy.demo.programme import load_programme, rank_and_allocate
from academy.demo.surveys import load_surveys
from academy.demo.travel import load_travel
from academy.editions import services as editions
from academy.editions.history import (
    HISTORY_DIR,
    load_edition,
    load_history,
    load_organisations,
    read_edition,
    read_organisations,
)
from academy.editions.models import Edition, Organisation, Role
from academy.people import services as people
from academy.people.regions import principal_time_zone

DEMO_PASSWORD = "solidarity-demo"
COHORT_SIZE = 300
COHORT_SEED = 13
COHORT_MIN_COUNTRIES = 60
DEMO_EDITION = 13
ALUMNI_EDITION = 12
ALUMNI_COUNT = 40


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    name: str
    country: str
    language: str


DEMO_ACCOUNTS = (
    DemoAccount("staff", "staff@demo.example.org", "Ana Lúcia Ferreira", "PT", "pt"),
    DemoAccount("organiser", "organiser@demo.example.org", "Moussa Diop", "SN", "fr"),
    DemoAccount("committee", "committee@demo.example.org", "María José Núñez", "CR", "es"),
    DemoAccount("speaker", "speaker@demo.example.org", "김지영", "KR", "en"),
    DemoAccount("participant", "participant@demo.example.org", "Nguyễn Thị Hương", "VN", "en"),
    DemoAccount("alumnus", "alumnus@demo.example.org", "Fatima Zahra El Amrani", "MA", "fr"),
)

DEMO_DATA = Path(__file__).resolve().parent / "data"


def load_demo_edition(*, by) -> Edition:
    """The fictional 13th edition (data/edition-13.toml), loaded as the real ones are, with its fictional host."""
    organisations = load_organisations(
        read_organisations(HISTORY_DIR / "organisations.toml") + read_organisations(DEMO_DATA / "organisations.toml")
    )
    return load_edition(read_edition(DEMO_DATA / f"edition-{DEMO_EDITION:02d}.toml"), organisations, by)


def load_accounts() -> dict[str, object]:
    accounts = {}
    for account in DEMO_ACCOUNTS:
        accounts[account.role] = people.register_person(
            email=account.email,
            certificate_name=account.name,
            password=DEMO_PASSWORD,
            is_demo=True,
            country=account.country,
            language=account.language,
            time_zone=principal_time_zone(account.country),
        )
    staff = accounts["staff"]
    if not staff.is_staff:
        staff.is_staff = True
        staff.save(update_fields=["is_staff"])
    return accounts


def load_cohort() -> list:
    return register_cohort(size=COHORT_SIZE, seed=COHORT_SEED, min_countries=COHORT_MIN_COUNTRIES)


def register_cohort(*, size: int, seed: int, min_countries: int, domain: str = "", is_demo: bool = True) -> list:
    """Accounts for a synthetic cohort (`demo.cohort`), at their generated addresses or at `domain`'s."""
    return [
        people.register_person(
            email=person.email.replace("@demo.example.org", f"@{domain}") if domain else person.email,
            certificate_name=person.certificate_name,
            is_demo=is_demo,
            country=person.country,
            constituency=person.constituency,
            gender=person.gender,
            language=person.language,
            other_languages=person.other_languages,
            organisation=person.organisation,
            job_title=person.job_title,
            time_zone=principal_time_zone(person.country),
        )
        for person in synthetic_cohort(size=size, seed=seed, min_countries=min_countries)
    ]


@transaction.atomic
def load_demo() -> dict:
    """Load everything; returns the demo accounts by role."""
    alumni_edition = load_history()[ALUMNI_EDITION]
    accounts = load_accounts()
    staff = accounts["staff"]
    demo_edition = load_demo_edition(by=staff)
    committee_partner = next(p.organisation for p in demo_edition.partnerships.all())
    grants = [
        (demo_edition, accounts["organiser"], Role.ORGANISER, None),
        (demo_edition, accounts["committee"], Role.COMMITTEE, committee_partner),
        (demo_edition, accounts["speaker"], Role.SPEAKER, None),
        (demo_edition, accounts["participant"], Role.PARTICIPANT, None),
        (alumni_edition, accounts["alumnus"], Role.PARTICIPANT, None),
    ]
    # Synthetic alumni so that the alumni network has people in it; all marked as demo data.
    cohort = load_cohort()
    grants += [(alumni_edition, person, Role.PARTICIPANT, None) for person in cohort[:ALUMNI_COUNT]]
    for edition, user, role, organisation in grants:
        editions.grant_role(edition=edition, user=user, role=role, organisation=organisation, by=staff)
    # The rest of the cohort applies to the demo edition; three of them join its committee.
    partners = list(Organisation.objects.filter(acronym__in=["ILO", "ITCILO", "CASES"]).order_by("acronym"))
    # The 12th edition's programme as it ran, allocated for its alumni; the next one open for choices.
    utc = zoneinfo.ZoneInfo("UTC")
    load_programme(
        alumni_edition,
        zone_name="Europe/Paris",
        windows=(datetime(2021, 10, 25, tzinfo=utc), datetime(2021, 11, 10, tzinfo=utc)),
    )
    alumni = [accounts["alumnus"], *cohort[:ALUMNI_COUNT]]
    rank_and_allocate(alumni_edition, alumni, by=accounts["organiser"], seed=COHORT_SEED)
    # Its attendance as Zoom reported it, and the certificates issued at its close.
    load_attendance(alumni_edition, alumni, steady=[accounts["alumnus"]], by=staff, seed=COHORT_SEED)
    load_certificates(alumni_edition, by=staff)
    # The Collective Brain: knowledge from the Academy's own material, and the alumni's profiles.
    load_brain(alumni, seed=COHORT_SEED, edition=alumni_edition, by=staff)
    load_programme(
        demo_edition,
        zone_name=demo_edition.time_zone,
        windows=(datetime(2026, 11, 1, tzinfo=utc), datetime(2027, 5, 31, tzinfo=utc)),
    )
    # The distance-learning course the 12th edition's alumni took, copied for the 13th.
    load_learning(alumni_edition=alumni_edition, demo_edition=demo_edition, alumni=alumni, seed=COHORT_SEED, by=staff)
    load_call(
        edition=demo_edition,
        committee_partners=partners,
        committee_people=cohort[ALUMNI_COUNT : ALUMNI_COUNT + len(partners)],
        applicants=cohort[ALUMNI_COUNT + len(partners) :],
        by=staff,
    )
    # The 13th is hybrid, in Dakar: three scholarship holders come in person and ask for visa letters (one approved).
    load_travel(edition=demo_edition, participant=accounts["participant"], organiser=accounts["organiser"], by=staff)
    # What came of the 12th edition, and two constituents' proposals to host a later one.
    load_outcomes(edition=alumni_edition, alumnus=accounts["alumnus"], alumni=cohort[:ALUMNI_COUNT],
                  proposers=cohort[-2:], organiser=accounts["organiser"], by=staff)  # fmt: skip
    # The 12th edition's evaluation, session feedback and impact answers (after its follow-ups: two answers add theirs).
    load_surveys(edition=alumni_edition, participants=alumni, organiser=staff, seed=COHORT_SEED)
    # Messages from the 13th edition's organisers: one sent to its participants, one scheduled to its applicants.
    load_messages(edition=demo_edition, organiser=accounts["organiser"])
    return accounts
