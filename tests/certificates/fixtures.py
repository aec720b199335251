"""The certificates tests' world: an edition of two plenaries, three participants, two signatories."""

from datetime import datetime, timedelta

import pytest

from academy.attendance import services as attendance
from academy.certificates import services
from academy.certificates.models import Signatory
from academy.editions.models import Modality
from tests.programme.conftest import at, participant, plenary

AFTER_THE_EDITION = datetime(2027, 7, 1, 12, 0, tzinfo=at(14, 0).tzinfo)


@pytest.fixture
def sessions(edition):
    """Two plenaries of 90 minutes: 3 hours expected of everyone."""
    edition.theme = {"en": "SSE and the future of work", "fr": "L'ESS et l'avenir du travail"}
    edition.host_city = {"en": "Lisbon", "pt": "Lisboa"}
    edition.host_country = "PT"
    edition.modality = Modality.IN_PERSON
    edition.save()
    return [plenary(edition, "P1", day=14), plenary(edition, "P2", day=15)]


def attend(session, person, minutes, by):
    return attendance.record_by_hand(session=session, person=person, minutes=minutes, reason="Sign-in sheet", by=by)


@pytest.fixture
def cohort(edition, sessions, organiser):
    """Ana attended everything, Lan 2 h 40 (89%), Ivan 2 h (67%, below 80%)."""
    ana = participant(edition, email="ana@example.org", certificate_name="Ana Conceição", language="pt")
    lan = participant(edition, email="lan@example.vn", certificate_name="Nguyễn Thị Lan", language="fr")
    ivan = participant(edition, email="ivan@example.org", certificate_name="Иван Петров", language="es")
    for session in sessions:
        attend(session, ana, None, organiser)
    attend(sessions[0], lan, None, organiser)
    attend(sessions[1], lan, 70, organiser)
    attend(sessions[0], ivan, 90, organiser)
    attend(sessions[1], ivan, 30, organiser)
    return ana, lan, ivan


@pytest.fixture
def signatories(edition):
    Signatory.objects.create(
        edition=edition,
        order=1,
        name="Simel Esim",
        position={"en": "Head of the Cooperatives Unit", "fr": "Cheffe du Service des coopératives"},
        organisation="ILO",
    )
    Signatory.objects.create(edition=edition, order=2, name="Roberto Di Meglio", position={"en": "Senior Specialist"})


@pytest.fixture
def issued(edition, cohort, organiser, signatories, django_capture_on_commit_callbacks):
    """Ana's certificate, issued and e-mailed."""
    with django_capture_on_commit_callbacks(execute=True):
        return services.issue(edition=edition, person=cohort[0], by=organiser, now=AFTER_THE_EDITION)


def later(minutes: int) -> datetime:
    return AFTER_THE_EDITION + timedelta(minutes=minutes)
