"""The community of practice: discussions, replies, following and its digest, moderation."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from academy.brain import community
from academy.brain.models import Flag, Thread, Visibility
from academy.brain.search.engine import search
from academy.editions.models import Role
from tests.brain.test_profiles import alumnus
from tests.common.test_markdown import Elements
from tests.factories import EditionFactory, MembershipFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


def start(author, title="How do you finance a new cooperative?", body="Ideas welcome.", **extra):
    return community.start_thread(author=author, title=title, body=body, language=extra.get("language", "en"),
                                  topics=extra.get("topics", []), edition=extra.get("edition"), now=NOW)  # fmt: skip


def organiser():
    return MembershipFactory(role=Role.ORGANISER).user


def test_discussions_and_their_replies_are_searchable_by_alumni_only():
    topic = TopicFactory()
    thread = start(alumnus(), "Microcrédito para cooperativas", language="pt", topics=[topic])
    community.reply(thread=thread, author=alumnus(), body="Revolving funds worked for us.", now=NOW)
    assert [hit.object_id for hit in search("revolving", clearance=Visibility.ALUMNI).hits] == [thread.pk]
    assert search("microcredito", clearance=Visibility.ALUMNI, filters={"topic": str(topic.pk)}).total == 1
    assert search("microcredito", clearance=Visibility.EVERYONE).total == 0


def test_only_alumni_start_and_reply_and_edition_discussions_are_for_its_people():
    with pytest.raises(ValidationError):
        start(UserFactory())
    thread = start(alumnus())
    with pytest.raises(ValidationError):
        community.reply(thread=thread, author=UserFactory(), body="Hi", now=NOW)
    with pytest.raises(ValidationError):
        start(alumnus(), edition=EditionFactory())
    with pytest.raises(ValidationError):
        community.reply(thread=thread, author=alumnus(), body="   ", now=NOW)
    assert thread.replies.count() == 0


def test_locked_discussions_take_no_replies_and_hidden_ones_leave_search():
    thread = start(alumnus(), "Fair trade coffee")
    moderator = organiser()
    community.moderate(by=moderator, now=NOW, thread=thread, action="lock")
    with pytest.raises(ValidationError) as refused:
        community.reply(thread=thread, author=alumnus(), body="Late", now=NOW)
    assert refused.value.code == "locked"
    community.moderate(by=moderator, now=NOW, thread=thread, action="hide")
    assert search("coffee", clearance=Visibility.ORGANISERS).total == 0
    with pytest.raises(ValidationError):
        community.moderate(by=alumnus(), now=NOW, thread=thread, action="show")


def test_hidden_replies_disappear_for_alumni_not_for_organisers(client):
    thread = start(alumnus())
    answer = community.reply(thread=thread, author=alumnus(), body="Buy my course!!!", now=NOW)
    moderator = organiser()
    community.moderate(by=moderator, now=NOW, answer=answer, action="hide")
    assert search("course", clearance=Visibility.ALUMNI).total == 0
    client.force_login(alumnus())
    assert "Buy my course" not in client.get(thread.get_absolute_url()).content.decode()
    client.force_login(moderator)
    assert "Buy my course" in client.get(thread.get_absolute_url()).content.decode()


def test_script_and_javascript_links_are_neutralised_in_discussions(client):
    thread = start(alumnus(), body='<script>alert(1)</script>[x](javascript:alert(1)) <b onclick="x">b</b>')
    community.reply(thread=thread, author=alumnus(), body="<img src=x onerror=alert(1)>", now=NOW)
    client.force_login(alumnus())
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert 'href="javascript:' not in page
    elements = Elements(page).found
    assert not [tag for tag, _attributes in elements if tag == "img"]
    assert not [name for _tag, attributes in elements for name in attributes if name.startswith("on")]


def test_digest_tells_followers_of_new_replies_once_in_their_language():
    author = alumnus(email="author@example.org", language="es")
    thread = start(author, "Economía solidaria en Bolivia")
    follower = alumnus(email="follower@example.org")
    community.follow(thread=thread, person=follower, now=NOW)
    community.reply(thread=thread, author=follower, body="Great", now=NOW + timedelta(hours=1))
    community.reply(thread=thread, author=alumnus(), body="Indeed", now=NOW + timedelta(hours=2))
    mail.outbox.clear()
    assert community.send_digests(now=NOW + timedelta(days=1)) == 2
    by_person = {email.to[0]: email for email in mail.outbox}
    assert "2 respuestas nuevas" in by_person["author@example.org"].body
    assert "1 new reply" in by_person["follower@example.org"].body
    assert f"/es/brain/community/{thread.pk}/" in by_person["author@example.org"].body
    mail.outbox.clear()
    assert community.send_digests(now=NOW + timedelta(days=2)) == 0
    assert not mail.outbox


def test_reply_follow_and_report_through_the_pages(client):
    thread = start(alumnus())
    someone = alumnus()
    client.force_login(someone)
    response = client.post(thread.get_absolute_url(), {"body": "We used a *revolving fund*."})
    assert response.status_code == 302
    assert thread.follows.filter(person=someone).exists()
    client.post(reverse("brain:thread_follow", args=[thread.pk]), {"stop": "1"})
    assert not thread.follows.filter(person=someone).exists()
    client.post(reverse("brain:thread_report", args=[thread.pk]), {"reason": "Off topic"})
    assert Flag.objects.get().thread == thread
    refused = client.post(thread.get_absolute_url(), {"body": ""})
    assert refused.status_code == 200
    assert thread.replies.count() == 1


@pytest.mark.parametrize(
    ("who", "list_status", "new_status"),
    [("anonymous", 302, 302), ("outsider", 403, 403), ("alumnus", 200, 200), ("organiser", 200, 403)],
)
def test_who_may_open_the_discussions(client, who, list_status, new_status):
    thread = start(alumnus())
    people = {"outsider": UserFactory, "alumnus": alumnus, "organiser": organiser}
    if who in people:
        client.force_login(people[who]())
    assert client.get(reverse("brain:threads")).status_code == list_status
    assert client.get(thread.get_absolute_url()).status_code == list_status
    assert client.get(reverse("brain:thread_new")).status_code == new_status


def test_hidden_discussions_are_not_found_by_alumni(client):
    thread = start(alumnus())
    community.moderate(by=organiser(), now=NOW, thread=thread, action="hide")
    client.force_login(alumnus())
    assert client.get(thread.get_absolute_url()).status_code == 404
    assert Thread.objects.get().hidden_at == NOW


def test_only_organisers_moderate_from_the_discussion_page(client):
    thread = start(alumnus())
    url = reverse("brain:thread_moderate", args=[thread.pk])
    assert client.post(url, {"action": "lock"})["Location"].startswith("/en/accounts/login/")
    for not_a_moderator in (UserFactory(), alumnus(), thread.author):
        client.force_login(not_a_moderator)
        assert client.post(url, {"action": "lock"}).status_code == 403
    thread.refresh_from_db()
    assert thread.locked_at is None
    client.force_login(organiser())
    assert client.post(url, {"action": "lock"}).status_code == 302
    thread.refresh_from_db()
    assert thread.locked_at is not None
