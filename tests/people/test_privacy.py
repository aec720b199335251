"""Everyone can take all their data away and delete their account; what others rely on stays."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from academy.applications import services as applications
from academy.applications.models import Application, Criterion, ReviewAssignment
from academy.attendance import services as attendance
from academy.brain import community, followups, marketplace, messaging
from academy.brain.models import Article, ArticleCall, ArticleStatus, DocumentKind, SearchDocument, Visibility
from academy.brain.profiles import profile_of
from academy.brain.search.engine import search
from academy.certificates.models import Certificate
from academy.editions.models import Membership, Role, Status
from academy.learning.models import Attempt, Course, Lesson, LessonDone, Module, Quiz
from academy.people.models import User
from academy.programme.models import AllocationRound, Placement, Preference, Signup
from tests.applications.conftest import CLOSES, DURING, OPENS, pdf
from tests.factories import PASSWORD, EditionFactory, UserFactory
from tests.programme.conftest import at, elective, plenary

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


@pytest.fixture
def edition():
    edition = EditionFactory()
    ArticleCall.objects.create(edition=edition, deadline=NOW + timedelta(days=30))
    return edition


def member(edition, **fields):
    person = UserFactory(**fields)
    Membership.objects.create(edition=edition, user=person, role=Role.PARTICIPANT)
    return person


def article(author, edition, title, status=ArticleStatus.ACCEPTED):
    return Article.objects.create(
        edition=edition, author=author, title=title, body="Text", language="en", status=status
    )


def test_export_holds_the_person_s_data_and_nobody_else_s(client, edition):
    person = member(edition, certificate_name="Rosa Quispe")
    other, third = member(edition), member(edition)
    messaging.send_message(sender=person, recipient=other, body="Hola", now=NOW)
    messaging.send_message(sender=other, recipient=third, body="Private between others", now=NOW)
    article(person, edition, "Cooperativas en Bolivia")
    client.force_login(person)
    response = client.get(reverse("people:my_data"))
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["people"]["account"][0]["certificate_name"] == "Rosa Quispe"
    assert "password" not in data["people"]["account"][0]
    assert data["editions"]["roles"][0]["role"] == "participant"
    assert [message["body"] for message in data["brain"]["messages_sent"]] == ["Hola"]
    assert data["brain"]["messages_received"] == []
    assert data["brain"]["articles"][0]["title"] == "Cooperativas en Bolivia"
    assert "Private between others" not in response.content.decode()


def test_deleting_keeps_accepted_articles_as_former_participant_and_certificates_verifiable(client, edition):
    person = member(edition, certificate_name="Rosa Quispe")
    kept = article(person, edition, "Accepted article")
    article_draft = Article.objects.create(
        edition=EditionFactory(), author=person, title="Draft", body="x", language="en"
    )
    certificate = Certificate.objects.create(edition=edition, user=person, code="ABCDEFGHJKMN", name="Rosa Quispe",
                                             language="en", hours=20, issued_at=NOW)  # fmt: skip
    post = marketplace.save_post(author=person, side="offer", category="training", title="Weaving courses",
                                 body="x", language="en", topics=[], countries=[])  # fmt: skip
    thread = community.start_thread(author=member(edition), title="Looms", body="Which looms?", language="en",
                                    topics=[], now=NOW)  # fmt: skip
    community.reply(thread=thread, author=person, body="Backstrap looms", now=NOW)
    client.force_login(person)
    response = client.post(reverse("people:delete_account"), {"password": PASSWORD, "keep_articles": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=person.pk).exists()
    kept.refresh_from_db()
    assert kept.author is None
    assert not Article.objects.filter(pk=article_draft.pk).exists()
    certificate.refresh_from_db()
    assert certificate.user is None
    assert "Rosa Quispe" in client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Former participant" in client.get(reverse("brain:article", args=[kept.pk])).content.decode()
    assert not SearchDocument.objects.filter(kind=DocumentKind.PERSON, object_id=person.pk).exists()
    assert not SearchDocument.objects.filter(kind=DocumentKind.POST, object_id=post.pk).exists()
    assert search("backstrap", clearance=Visibility.ALUMNI).total == 0
    assert search("looms", clearance=Visibility.ALUMNI).total == 1


def test_deleting_without_keeping_removes_the_articles(client, edition):
    person = member(edition)
    gone = article(person, edition, "Accepted article")
    client.force_login(person)
    client.post(reverse("people:delete_account"), {"password": PASSWORD})
    assert not Article.objects.filter(pk=gone.pk).exists()


def test_a_wrong_password_deletes_nothing(client, edition):
    person = member(edition)
    article(person, edition, "Stays")
    client.force_login(person)
    response = client.post(reverse("people:delete_account"), {"password": "not-it", "keep_articles": "on"})
    assert response.status_code == 200
    assert "password is not right" in response.content.decode()
    assert User.objects.filter(pk=person.pk).exists()
    assert Article.objects.get().author == person


def test_anonymous_visitors_are_sent_to_log_in(client):
    assert client.get(reverse("people:my_data")).status_code == 302
    assert client.get(reverse("people:delete_account")).status_code == 302


def test_export_of_someone_who_used_every_feature_is_json_with_every_part(client):
    """Application with documents and reviews, roles, attendance, certificate, electives, sign-up,
    article, marketplace post, follow-up, discussion, message, report, profile, course progress."""
    edition = EditionFactory(number=13, status=Status.APPLICATIONS_OPEN, applications_open_at=OPENS,
                             applications_close_at=CLOSES, start_date="2027-06-14", end_date="2027-06-25",
                             time_zone="Europe/Lisbon")  # fmt: skip
    ArticleCall.objects.create(edition=edition, deadline=NOW + timedelta(days=30))
    person = UserFactory(certificate_name="Rosa Quispe", country="BO")
    # The application, with its documents, reviewed by the committee.
    application = applications.save_draft(edition=edition, applicant=person, now=DURING, motivation="Cooperatives",
                                          cv=pdf(), support_letter=pdf("letter.pdf"))  # fmt: skip
    criterion = Criterion.objects.create(call=applications.call_for(edition), name={"en": "Overall"}, scale_max=10)
    review = ReviewAssignment.objects.create(application=application, reviewer=UserFactory())
    applications.save_review(review=review, scores={criterion.pk: 8}, comment="Strong", now=DURING)
    Application.objects.filter(pk=application.pk).update(status="confirmed")
    Membership.objects.create(edition=edition, user=person, role=Role.PARTICIPANT)
    edition.status = Status.FINISHED
    edition.save()
    organiser = UserFactory()
    Membership.objects.create(edition=edition, user=organiser, role=Role.ORGANISER)
    # The programme: a session attended, one excused, a sign-up, elective preferences and a placement.
    session, missed = plenary(edition), plenary(edition, code="P2", day=15)
    attendance.record_by_hand(session=session, person=person, minutes=60, reason="Sign-in sheet", by=organiser)
    attendance.excuse(session=missed, person=person, reason="Ill", by=organiser)
    Signup.objects.create(session=plenary(edition, code="V1", day=16), user=person)
    round_ = AllocationRound.objects.create(edition=edition, position=1, name={"en": "Week 1"},
                                            preferences_open_at=at(1, 0), preferences_close_at=at(2, 0),
                                            switch_deadline=at(15, 0))  # fmt: skip
    first, second = elective(edition, round_, "E1"), elective(edition, round_, "E2")
    Preference.objects.create(round=round_, user=person, elective=first, rank=1)
    Preference.objects.create(round=round_, user=person, elective=second, rank=None)
    Placement.objects.create(round=round_, user=person, elective=first, published=True)
    certificate = Certificate.objects.create(edition=edition, user=person, code="ABCDEFGHJKMN", name="Rosa Quispe",
                                             language="en", hours=20, issued_at=NOW)  # fmt: skip
    # The Collective Brain.
    profile = profile_of(person)
    other = member(edition)
    article(person, edition, "Cooperativas en Bolivia")
    marketplace.save_post(author=person, side="offer", category="training", title="Weaving courses", body="x",
                          language="en", topics=[], countries=["BO", "PE"])  # fmt: skip
    followups.save_follow_up(by=person, edition=edition, kind="network", title="Andean weavers", description="x",
                             language="es", countries=["BO", "PE"], partners="", started_on=NOW.date(),
                             ended_on=None, sdg_targets=[], topics=[], people=[person])  # fmt: skip
    community.start_thread(author=person, title="Looms", body="Which looms?", language="en", topics=[],
                                    now=NOW)  # fmt: skip
    others_thread = community.start_thread(author=other, title="Dyes", body="Natural dyes?", language="en", topics=[],
                                           now=NOW)  # fmt: skip
    community.reply(thread=others_thread, author=person, body="Cochineal", now=NOW)
    community.report(reporter=person, reason="Off topic", thread=others_thread)
    messaging.send_message(sender=person, recipient=other, body="Hola", now=NOW)
    # An online course: a lesson read and a quiz tried.
    course = Course.objects.create(
        edition=edition, title={"en": "Basics"}, opens_at=NOW, completion_rule="before_start"
    )
    module = Module.objects.create(course=course, title={"en": "What the SSE is"})
    lesson = Lesson.objects.create(module=module, title={"en": "Definitions"}, minutes=8, body={"en": "Text"})
    LessonDone.objects.create(lesson=lesson, user=person, done_at=NOW)
    quiz = Quiz.objects.create(module=module, title={"en": "Check yourself"}, pass_mark=100)
    Attempt.objects.create(quiz=quiz, user=person, answers={"1": [1]}, score=100, passed=True, submitted_at=NOW)

    client.force_login(person)
    response = client.get(reverse("people:my_data"))
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["people"]["account"][0]["country"] == "BO"
    [exported] = data["applications"]["applications"]
    assert (exported["cv"], exported["support_letter"]) == (application.cv.name, application.support_letter.name)
    assert "score_raw" not in exported
    assert "Strong" not in response.content.decode()
    assert [role["role"] for role in data["editions"]["roles"]] == ["participant"]
    assert [presence["session"] for presence in data["attendance"]["presences"]] == [session.pk]
    assert [excuse["reason"] for excuse in data["attendance"]["excuses"]] == ["Ill"]
    assert data["certificates"]["certificates"][0]["code"] == certificate.code
    assert len(data["programme"]["signups"]) == 1
    assert {item["elective"]: item["rank"] for item in data["programme"]["elective_preferences"]} == {
        first.pk: 1,
        second.pk: None,
    }
    assert [item["elective"] for item in data["programme"]["elective_placements"]] == [first.pk]
    brain = data["brain"]
    assert brain["alumni_profile"][0]["id"] == profile.pk
    assert brain["articles"][0]["title"] == "Cooperativas en Bolivia"
    assert brain["marketplace_posts"][0]["countries"] == ["BO", "PE"]
    assert brain["follow_ups_recorded"][0]["countries"] == ["BO", "PE"]
    assert brain["follow_ups_involved_in"][0]["title"] == "Andean weavers"
    assert [item["title"] for item in brain["discussions"]] == ["Looms"]
    assert [item["body"] for item in brain["replies"]] == ["Cochineal"]
    assert [item["reason"] for item in brain["reports_made"]] == ["Off topic"]
    assert [item["body"] for item in brain["messages_sent"]] == ["Hola"]
    assert [item["lesson"] for item in data["learning"]["lessons_read"]] == [lesson.pk]
    assert [item["score"] for item in data["learning"]["quiz_attempts"]] == [100]
