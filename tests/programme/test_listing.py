"""The agenda is kept in the cache, yet a change to a session or its edition shows on the very next request."""

from datetime import timedelta

from academy.common import freshness
from academy.editions.models import SubTopic
from academy.programme.topics import PROGRAMME
from tests.factories import EditionFactory
from tests.programme.conftest import participant, plenary

AGENDA = "/en/editions/13/programme/"


def test_a_moved_renamed_or_cancelled_session_shows_on_the_next_request(client, edition, django_assert_num_queries):
    session = plenary(edition)
    assert "Monday 14 June 2027" in client.get(AGENDA).content.decode()
    with django_assert_num_queries(0):  # the edition, its sub-topics (for the filters) and the agenda are cached
        client.get(AGENDA)

    session.starts_at += timedelta(days=1)
    session.ends_at += timedelta(days=1)
    session.save()
    page = client.get(AGENDA).content.decode()
    assert "Tuesday 15 June 2027" in page
    assert "Monday 14 June 2027" not in page

    session.title = {"en": "Principles, revised"}
    session.cancelled = True
    session.save()
    page = client.get(AGENDA).content.decode()
    assert "Principles, revised" in page
    assert "Cancelled" in page

    edition.time_zone = "America/Bogota"
    edition.save()
    assert "(America/Bogota)" in client.get(AGENDA).content.decode()

    SubTopic.objects.create(edition=edition, position=1, name={"en": "Financing the SSE"})
    assert ">Financing the SSE</option>" in client.get(AGENDA).content.decode()  # a new topic to filter by


def test_a_change_to_one_edition_keeps_the_others_cached(edition):
    other = EditionFactory(number=14)
    mine, theirs = freshness.versions((PROGRAMME, edition.pk)), freshness.versions((PROGRAMME, other.pk))
    plenary(other, code="P9")
    assert freshness.versions((PROGRAMME, edition.pk)) == mine
    assert freshness.versions((PROGRAMME, other.pk)) != theirs


def test_each_reader_gets_the_agenda_for_their_language_zone_filters_and_role(client, edition, organiser):
    plenary(edition)
    plenary(edition, code="P2", published=False, title={"en": "Draft plenary"})
    client.force_login(organiser)
    assert "Draft plenary" in client.get(AGENDA).content.decode()  # cached for organisers
    client.logout()
    page = client.get(AGENDA).content.decode()
    assert "Draft plenary" not in page
    assert "data-local-range" in page  # no zone known: the browser shows the reader's own
    assert "lundi 14 juin 2027" in client.get("/fr/editions/13/programme/").content.decode().lower()
    assert "SSE principles" not in client.get(AGENDA + "?kind=elective").content.decode()
    client.force_login(participant(edition, time_zone="America/Bogota"))
    page = client.get(AGENDA).content.decode()
    assert "Your time (America/Bogota): Mon 14 Jun, 07:00–08:30 -05" in page
    assert "data-local-range" not in page


def test_a_session_page_is_cached_and_shows_a_change_on_the_next_request(client, edition, django_assert_num_queries):
    from academy.brain.models import Article
    from academy.programme.models import Material, SessionSpeaker, Speaker

    session = plenary(edition)
    page_of = f"/en/editions/13/programme/{session.code}/"
    client.get(page_of)
    with django_assert_num_queries(0):  # the edition, the session and its page are cached
        client.get(page_of)

    speaker = Speaker.objects.create(name="Simel Esim")
    SessionSpeaker.objects.create(session=session, speaker=speaker)
    assert "Simel Esim" in client.get(page_of).content.decode()

    speaker.name = "Simel Esim (ILO)"
    speaker.save()
    assert "Simel Esim (ILO)" in client.get(page_of).content.decode()

    Material.objects.create(session=session, title="Slides of the plenary", language="en", url="https://example.org/s")
    assert "Slides of the plenary" in client.get(page_of).content.decode()

    article = Article.objects.create(edition=edition, title="Cooperatives in Lisbon", body="Text.", language="en")
    assert "Cooperatives in Lisbon" not in client.get(page_of).content.decode()
    article.sessions.add(session)  # sends no post_save: the Collective Brain listens to m2m_changed
    assert "Cooperatives in Lisbon" in client.get(page_of).content.decode()

    session.published = False
    session.save()
    assert client.get(page_of).status_code == 404  # withdrawn: gone at once
    assert client.get("/en/editions/13/programme/NO-SUCH/").status_code == 404
