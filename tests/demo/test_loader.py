from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.management import call_command

from academy.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD
from academy.editions.models import Edition, Membership, Role, Status
from academy.editions.rules import is_alumnus
from academy.people.models import User
from tests.editions.test_history import REAL_EDITIONS

# Every test here sees the demo loaded once for the module (tests/demo/conftest.py), each in its own savepoint.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_accounts")]


def snapshot() -> str:
    out = StringIO()
    call_command(
        "dumpdata",
        "people",
        "editions",
        "audit",
        "account",
        "programme",
        "attendance",
        "certificates",
        "brain",
        "learning",
        "hosting",
        "travel",
        "surveys",
        # The index is rebuilt as people are saved: same content, new row ids and token.
        exclude=["brain.searchdocument", "brain.searchindexstate"],
        stdout=out,
    )
    return out.getvalue()


def test_demo_command_twice_changes_nothing_and_prints_logins():
    # The first load is the module's; the command loads a second time on top of it.
    first = snapshot()
    out = StringIO()
    call_command("demo", force=True, stdout=out)
    assert snapshot() == first
    assert "organiser@demo.example.org" in out.getvalue()
    assert DEMO_PASSWORD in out.getvalue()


def test_demo_content_editions_people_and_roles():
    real = Edition.objects.filter(is_demo=False).order_by("number")
    assert [(e.number, e.start_date.year, e.host_country.code) for e in real] == REAL_EDITIONS
    assert all(e.status == Status.FINISHED for e in real)
    demo = Edition.objects.get(is_demo=True)
    assert (demo.number, demo.status) == (13, Status.APPLICATIONS_OPEN)
    assert all("(demo)" in text for text in demo.title.data.values())

    for number in (8, 12):
        edition = Edition.objects.get(number=number)
        for field in ("title", "theme", "summary", "background", "audience", "costs", "how_to_apply"):
            assert set(getattr(edition, field).data) == {"en", "fr", "es", "pt"}, (number, field)
        assert edition.sub_topics.count() >= 8
        assert edition.learning_outcomes.count() >= 3
        assert edition.faq_entries.exists()

    assert User.objects.filter(is_demo=True).count() == 306
    assert len(set(User.objects.filter(is_demo=True).values_list("country", flat=True))) >= 60
    for account in DEMO_ACCOUNTS:
        assert User.objects.get(email=account.email).check_password(DEMO_PASSWORD), account.role
    roles = {m.user.email: m.role for m in Membership.objects.filter(user__email__endswith="@demo.example.org")}
    assert roles["organiser@demo.example.org"] == Role.ORGANISER
    assert roles["committee@demo.example.org"] == Role.COMMITTEE
    assert roles["speaker@demo.example.org"] == Role.SPEAKER
    assert User.objects.get(email="staff@demo.example.org").is_staff
    assert is_alumnus(User.objects.get(email="alumnus@demo.example.org"))


def test_demo_programmes_the_12th_allocated_and_published_the_13th_open_for_choices():
    from academy.programme.models import AllocationRound, Placement, Session

    alumni = Edition.objects.get(number=12)
    assert alumni.sessions.filter(kind="plenary").count() == 10
    assert Session.objects.get(edition=alumni, code="E7-1").speakers.filter(name="Guy Tchami").exists()
    for round_ in AllocationRound.objects.filter(edition=alumni):
        placements = Placement.objects.filter(round=round_)
        assert round_.published_at
        assert placements.count() == 41
        assert placements.filter(published=True).count() == 41
    demo = Edition.objects.get(number=13)
    assert demo.allocation_rounds.count() == 2
    assert not Placement.objects.filter(round__edition=demo).exists()


def test_demo_the_12th_has_zoom_reports_and_certificates_for_those_who_attended_enough():
    from academy.attendance.models import WebinarReport
    from academy.attendance.services import participation
    from academy.certificates.credentials import look_up
    from academy.certificates.models import Certificate

    alumni = Edition.objects.get(number=12)
    plenaries = alumni.sessions.filter(kind="plenary")
    assert WebinarReport.objects.filter(session__in=plenaries).count() == plenaries.count() == 10
    rates = {line.person.email: line for line in participation(alumni)}
    certified = set(Certificate.objects.filter(edition=alumni, revoked_at=None).values_list("user__email", flat=True))
    assert certified == {email for email, line in rates.items() if line.meets_threshold}
    assert "alumnus@demo.example.org" in certified
    assert 0 < len(certified) < len(rates)  # some people attended too little
    certificate = Certificate.objects.get(edition=alumni, user__email="alumnus@demo.example.org")
    assert look_up(certificate.code) == certificate
    assert [signatory["name"] for signatory in certificate.signatories] == ["Maria Pereira", "Kofi Mensah"]


def test_demo_collective_brain_from_the_academy_material():
    from pypdf import PdfReader

    from academy.brain.models import (
        Article,
        Definition,
        GoodPractice,
        MarketplacePost,
        Network,
        Profile,
        ReaderBuild,
        Visibility,
    )
    from academy.brain.search.engine import search
    from academy.brain.suggestions import current

    assert set(Network.objects.values_list("acronym", flat=True)) >= {"RIPESS", "MERCOSUR Solidario", "ASEC", "GSEF"}
    assert set(Definition.objects.values_list("slug", flat=True)) == {"cooperative", "social-and-solidarity-economy"}
    seoul = GoodPractice.objects.get(country="KR")
    assert [(figure.year, int(figure.value)) for figure in seoul.figures.all()] == [
        (2011, 718),
        (2015, 3054),
        (2015, 17900),
    ]
    # A search in Portuguese finds the Portuguese case and Spanish and French material too.
    results = search("cooperativas", clearance=Visibility.EVERYONE)
    assert {"pt", "es", "fr"} <= set(results.facets["language"])
    assert "practice" in results.facets["type"]
    visibilities = set(Profile.objects.filter(person__is_demo=True).values_list("visibility", flat=True))
    assert visibilities == {Visibility.EVERYONE, Visibility.ALUMNI, Visibility.ORGANISERS}
    alumnus = User.objects.get(email="alumnus@demo.example.org")
    assert search(alumnus.certificate_name, clearance=Visibility.ALUMNI, filters={"type": "person"}).total == 1
    assert search(alumnus.certificate_name, clearance=Visibility.EVERYONE, filters={"type": "person"}).total == 0
    assert current(alumnus)
    assert MarketplacePost.objects.filter(side="offer").exists()
    twelfth = Edition.objects.get(number=12)
    accepted = Article.objects.filter(edition=twelfth, status="accepted")
    assert sorted(accepted.values_list("language", flat=True)) == ["en", "es", "fr", "pt"]
    assert all(article.sessions.filter(code__startswith="E6").exists() for article in accepted)
    assert search("fundos rotativos", clearance=Visibility.ALUMNI, filters={"type": "thread"}).total == 1
    reader = PdfReader(ReaderBuild.objects.get(edition=twelfth).file.open("rb"))
    text = "".join(page.extract_text() for page in reader.pages)
    assert all(article.title in text for article in accepted)


def test_demo_distance_learning_copied_from_the_12th_and_open_for_the_13th():
    from academy.learning.models import CompletionRule, Course, LessonDone
    from academy.learning.services import is_open, progress_of_everyone

    twelfth, thirteenth = Course.objects.get(edition__number=12), Course.objects.get(edition__number=13)
    assert twelfth.title.data == thirteenth.title.data
    assert set(twelfth.title.data) == {"en", "fr", "es", "pt"}
    assert (is_open(thirteenth, datetime(2026, 12, 1, tzinfo=UTC)), thirteenth.completion_rule) == (
        True, CompletionRule.BEFORE_START,
    )  # fmt: skip
    done = progress_of_everyone(twelfth)
    assert 0 < sum(line.complete for line in done.values()) < len(done)
    assert not LessonDone.objects.filter(lesson__module__course=thirteenth).exists()


def test_demo_follow_ups_and_hosting_requests_are_marked_as_fiction():
    from academy.brain.models import FollowUp
    from academy.hosting.models import HostingRequest

    # Three recorded by hand, two from impact answers whose authors agreed (their own words, marked too).
    assert FollowUp.objects.filter(edition__number=12).count() == 5
    assert FollowUp.objects.filter(survey_response__isnull=False).count() == 2
    assert all(item.title.endswith("(demo)") or "(demo)" in item.description for item in FollowUp.objects.all())
    assert sorted(HostingRequest.objects.values_list("status", flat=True)) == ["discussion", "submitted"]
    assert all("(demo)" in request.organisation for request in HostingRequest.objects.all())


def test_demo_messages_one_sent_to_the_13th_participants_one_scheduled_to_its_applicants():
    from academy.messaging import services as messaging
    from academy.messaging.models import Kind, Message, MessageStatus

    participant = User.objects.get(email="participant@demo.example.org")
    [shown] = messaging.latest_for(participant, 5)
    assert shown.subject.startswith("Practical information for ")
    assert shown.subject.endswith(" (demo)")
    assert "/editions/13/timetable/" in shown.body
    scheduled = Message.objects.get(status=MessageStatus.SCHEDULED)
    assert (scheduled.kind, scheduled.filters["groups"], scheduled.edition.number) == (
        Kind.ANNOUNCEMENT,
        ["applicants"],
        13,
    )


def test_demo_the_13th_has_in_person_scholarship_holders_with_visa_letters_one_approved():
    from academy.applications.models import Application
    from academy.applications.models import Status as ApplicationStatus
    from academy.travel.models import LetterStatus, VisaLetter

    demo = Edition.objects.get(number=13)
    confirmed = Application.objects.filter(edition=demo, status=ApplicationStatus.CONFIRMED).select_related("edition")
    assert confirmed.count() == 3
    assert all(application.in_person and application.scholarship.travel > 0 for application in confirmed)
    letters = VisaLetter.objects.filter(edition=demo)
    assert sorted(letters.values_list("status", flat=True)) == [LetterStatus.APPROVED] + [LetterStatus.REQUESTED] * 2
    approved = letters.get(status=LetterStatus.APPROVED)
    assert approved.person.email == "participant@demo.example.org"
    assert approved.signatory["name"] == "Aïssatou Diop"
    submitted = Application.objects.filter(edition=demo, status=ApplicationStatus.SUBMITTED)
    assert {"in_person", "online"} == set(submitted.values_list("attendance", flat=True))
    assert not submitted.filter(attendance="online", scholarship_travel=True).exists()


def test_demo_the_12th_has_its_evaluation_session_feedback_and_impact_answers():
    from academy.surveys import services as surveys
    from academy.surveys.models import Completion, Response, Survey, SurveyKind

    twelfth = Edition.objects.get(number=12)
    by_kind = {survey.kind: survey for survey in Survey.objects.filter(edition=twelfth)}
    assert set(by_kind) == {SurveyKind.EVALUATION, SurveyKind.SESSION, SurveyKind.IMPACT}
    assert all(str(survey.title).endswith("(demo)") for survey in by_kind.values())
    evaluation = surveys.results(by_kind[SurveyKind.EVALUATION])
    assert evaluation.eligible == 41
    assert 25 <= evaluation.respondents < 41
    overall = evaluation.distributions[evaluation.questions[0].pk]
    assert 2 < overall.mean < 5
    assert evaluation.by_session == {}
    feedback = surveys.results(by_kind[SurveyKind.SESSION])
    assert feedback.respondents > 30
    assert any(feedback.by_session.values())
    assert Response.objects.filter(survey=by_kind[SurveyKind.IMPACT], submitted_at__isnull=False).count() == 4
    assert by_kind[SurveyKind.IMPACT].is_open()
    alumnus = User.objects.get(email="alumnus@demo.example.org")
    assert not Completion.objects.filter(survey=by_kind[SurveyKind.IMPACT], person=alumnus).exists()
    assert Completion.objects.filter(survey=by_kind[SurveyKind.EVALUATION]).count() == evaluation.respondents
