"""Participant articles: deadline, editorial review, sessions they feed, search, and the Reader PDF."""

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from freezegun import freeze_time
from pypdf import PdfReader

from academy.audit.models import ActionLog
from academy.brain import articles
from academy.brain.forms import DecisionForm
from academy.brain.models import ArticleCall, ArticleStatus, ReaderBuild, Visibility
from academy.brain.search.engine import search
from academy.editions.models import Membership, Role, Status
from academy.programme.models import Kind, Session
from tests.common.test_markdown import Elements
from tests.factories import EditionFactory, UserFactory

pytestmark = pytest.mark.django_db

DEADLINE = datetime(2027, 6, 1, 12, 0, tzinfo=UTC)
BEFORE, AFTER = DEADLINE - timedelta(days=1), DEADLINE + timedelta(days=1)


@pytest.fixture
def edition():
    edition = EditionFactory(number=13, status=Status.RUNNING, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25))
    ArticleCall.objects.create(edition=edition, deadline=DEADLINE, reader_introduction={"en": "Welcome to the Reader."})
    return edition


def member(edition, role=Role.PARTICIPANT, **fields):
    person = UserFactory(**fields)
    Membership.objects.create(edition=edition, user=person, role=role)
    return person


def session(edition, code="P7"):
    return Session.objects.create(edition=edition, code=code, kind=Kind.PLENARY, title={"en": f"Plenary {code}"},
                                  starts_at=datetime(2027, 6, 15, 9, tzinfo=UTC),
                                  ends_at=datetime(2027, 6, 15, 11, tzinfo=UTC), published=True)  # fmt: skip


def write(author, edition, title="South-South cooperation and youth employment", body="Text.", now=BEFORE, **extra):
    return articles.save_draft(author=author, edition=edition, title=title, body=body, language=extra.get("language", "en"),
                               topics=[], now=now)  # fmt: skip


def submitted(author, edition, **fields):
    article = write(author, edition, **fields)
    return articles.submit(article=article, by=author, now=BEFORE)


def test_only_participants_write_and_only_before_the_deadline(edition):
    with pytest.raises(ValidationError):
        write(UserFactory(), edition)
    with pytest.raises(ValidationError) as late:
        write(member(edition), edition, now=AFTER)
    assert late.value.code == "late"
    with pytest.raises(ValidationError) as no_call:
        write(member(EditionFactory()), EditionFactory())
    assert no_call.value.code in ("not_participant", "no_call")


def test_a_submitted_article_is_locked_until_the_editors_ask_for_a_revision(edition):
    author, organiser = member(edition), member(edition, Role.ORGANISER)
    article = submitted(author, edition)
    with pytest.raises(ValidationError):
        write(author, edition, title="Changed")
    with pytest.raises(ValidationError) as no_comments:
        articles.decide(
            article=article, by=organiser, decision=ArticleStatus.REVISION, comments="", sessions=[], now=AFTER
        )
    assert "comments" in no_comments.value.message_dict
    articles.decide(article=article, by=organiser, decision=ArticleStatus.REVISION, comments="Add figures.",
                    sessions=[], now=AFTER)  # fmt: skip
    # After the deadline, a revision is still possible.
    revised = write(author, edition, title="Revised", now=AFTER)
    articles.submit(article=revised, by=author, now=AFTER)
    assert revised.status == ArticleStatus.SUBMITTED
    assert ActionLog.objects.filter(action="article_revision").exists()


def test_accepting_links_sessions_indexes_and_tells_the_author(edition, client):
    author = member(edition, email="author@example.org", language="pt")
    organiser = member(edition, Role.ORGANISER)
    elective = session(edition)
    article = submitted(author, edition, title="Cooperativas e juventude", language="pt")
    with pytest.raises(ValidationError):
        articles.decide(article=article, by=organiser, decision=ArticleStatus.ACCEPTED, comments="",
                        sessions=[session(EditionFactory())], now=AFTER)  # fmt: skip
    articles.decide(article=article, by=organiser, decision=ArticleStatus.ACCEPTED, comments="", sessions=[elective],
                    now=AFTER)  # fmt: skip
    assert [hit.object_id for hit in search("cooperativa", clearance=Visibility.EVERYONE).hits] == [article.pk]
    [email] = mail.outbox
    assert email.to == ["author@example.org"]
    assert "aceite" in email.subject
    page = client.get(elective.get_absolute_url()).content.decode()
    assert "Cooperativas e juventude" in page


def test_declining_or_sending_back_takes_the_article_out_of_search(edition):
    author, organiser = member(edition), member(edition, Role.ORGANISER)
    article = submitted(author, edition, title="Mutual health insurance")
    articles.decide(article=article, by=organiser, decision=ArticleStatus.DECLINED, comments="", sessions=[], now=AFTER)
    assert search("mutual", clearance=Visibility.ORGANISERS).total == 0
    with pytest.raises(ValidationError):
        articles.decide(
            article=article, by=organiser, decision=ArticleStatus.ACCEPTED, comments="", sessions=[], now=AFTER
        )


def test_reader_contains_every_accepted_article_title_in_any_script(
    edition, client, django_capture_on_commit_callbacks
):
    organiser = member(edition, Role.ORGANISER)
    titles = ["Cooperação Sul-Sul e emprego jovem", "L'économie sociale au Maroc", "Economía solidaria en Bolivia"]
    names = ["Nguyễn Thị Hà", "Amadou Diallo", "Лариса Петрова"]
    for title, name in zip(titles, names, strict=True):
        article = submitted(
            member(edition, certificate_name=name), edition, title=title, body=f"# {title}\n\nText **bold**."
        )
        articles.decide(
            article=article, by=organiser, decision=ArticleStatus.ACCEPTED, comments="", sessions=[], now=AFTER
        )
    left_out = submitted(member(edition), edition, title="Not accepted yet")
    assert left_out.status == ArticleStatus.SUBMITTED
    client.force_login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("brain:build_reader", args=[edition.number]))
    build = ReaderBuild.objects.get()
    assert build.articles == 3
    assert build.finished_at is not None
    response = client.get(reverse("brain:reader_file", args=[edition.number]))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(b"".join(response.streaming_content))).pages)
    for title in titles:
        assert text.count(title) >= 2  # in the contents and on its first page
    for name in names:
        assert name in text
    assert "Welcome to the Reader." in text
    assert "Not accepted yet" not in text


def test_my_article_page_saves_submits_and_refuses_after_the_deadline(edition, client):
    author = member(edition)
    client.force_login(author)
    url = reverse("brain:my_article", args=[edition.number])
    data = {"title": "Youth", "language": "en", "body": "Text"}
    with freeze_time(BEFORE):
        client.force_login(author)
        assert client.post(url, {**data, "submit": "1"}).status_code == 302
    assert articles.article_of(author, edition).status == ArticleStatus.SUBMITTED
    other = member(edition)
    with freeze_time(AFTER):
        client.force_login(other)
        response = client.post(url, data)
    assert response.status_code == 200
    assert "deadline for articles has passed" in response.content.decode()
    assert articles.article_of(other, edition) is None


def test_who_sees_what(edition, client):
    author, organiser = member(edition), member(edition, Role.ORGANISER)
    article = submitted(author, edition)
    matrix = [
        (reverse("brain:article", args=[article.pk]), {None: 404, "author": 200, "organiser": 200, "other": 404}),
        (
            reverse("brain:edition_articles", args=[edition.number]),
            {None: 302, "author": 403, "organiser": 200, "other": 403},
        ),
        (
            reverse("brain:my_article", args=[edition.number]),
            {None: 302, "author": 200, "organiser": 403, "other": 200},
        ),
    ]
    people = {None: None, "author": author, "organiser": organiser, "other": member(edition)}
    for url, expected in matrix:
        for name, person in people.items():
            client.logout()
            if person:
                client.force_login(person)
            assert client.get(url).status_code == expected[name], (url, name)
    assert client.post(reverse("brain:build_reader", args=[edition.number])).status_code == 403
    articles.decide(article=article, by=organiser, decision=ArticleStatus.ACCEPTED, comments="", sessions=[], now=AFTER)
    client.logout()
    assert client.get(reverse("brain:article", args=[article.pk])).status_code == 200


def test_article_text_is_sanitised_on_its_page_and_in_the_reader(edition, client):
    author, organiser = member(edition), member(edition, Role.ORGANISER)
    body = '<script>alert(1)</script> [x](javascript:alert(1)) <a href="#" onclick="steal()">y</a> **fine**'
    article = submitted(author, edition, title="Safe", body=body)
    articles.decide(article=article, by=organiser, decision=ArticleStatus.ACCEPTED, comments="", sessions=[], now=AFTER)
    page = client.get(reverse("brain:article", args=[article.pk])).content.decode()
    elements = Elements(page).found
    assert "<strong>fine</strong>" in page
    assert not [name for _tag, attributes in elements for name in attributes if name.startswith("on")]
    assert not [attributes for tag, attributes in elements if tag == "a" and "javascript" in attributes.get("href", "")]
    assert "<script>alert(1)" not in page


def test_without_a_call_for_articles_there_is_no_form_and_no_link_and_what_was_typed_is_kept(client):
    edition = EditionFactory(number=14, status=Status.RUNNING, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25))
    author = member(edition)
    client.force_login(author)
    url = reverse("brain:my_article", args=[edition.number])
    page = client.get(url).content.decode()
    assert "This edition does not ask for articles." in page
    assert 'name="body"' not in page
    assert url not in client.get(edition.get_absolute_url()).content.decode()
    typed = {"title": "Cooperatives in Dakar", "language": "en", "body": "Three months of notes", "save": "1"}
    response = client.post(url, typed)
    assert response.status_code == 200
    page = response.content.decode()
    assert "This edition does not ask for articles." in page
    assert 'value="Cooperatives in Dakar"' in page
    assert "Three months of notes</textarea>" in page
    assert articles.article_of(author, edition) is None
    ArticleCall.objects.create(edition=edition, deadline=DEADLINE)
    assert url in client.get(edition.get_absolute_url()).content.decode()


def test_a_submission_refused_after_the_deadline_keeps_what_was_typed(edition, client):
    author = member(edition)
    url = reverse("brain:my_article", args=[edition.number])
    with freeze_time(AFTER):
        client.force_login(author)
        page = client.get(url).content.decode()
        assert 'name="body"' in page
        response = client.post(url, {"title": "Late", "language": "en", "body": "Written all night", "submit": "1"})
    page = response.content.decode()
    assert "The deadline for articles has passed." in page
    assert 'value="Late"' in page
    assert "Written all night</textarea>" in page
    assert articles.article_of(author, edition) is None


def test_the_editors_choose_the_sessions_an_article_feeds_by_their_titles(edition):
    session(edition, code="P7")
    form = DecisionForm(edition=edition)
    assert [label for _value, label in form.fields["sessions"].choices] == ["P7 · Plenary P7"]
