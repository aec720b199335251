"""Everyone can take all their data away and delete their account; what others rely on stays."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from academy.brain import community, marketplace, messaging
from academy.brain.models import Article, ArticleCall, ArticleStatus, DocumentKind, SearchDocument, Visibility
from academy.brain.search.engine import search
from academy.certificates.models import Certificate
from academy.editions.models import Membership, Role
from academy.people.models import User
from tests.factories import PASSWORD, EditionFactory, UserFactory

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
