"""Two app servers (gunicorn, production settings) on one database: what one process keeps in memory
(the Collective Brain's facet table) or in the shared cache (the agenda, the edition page, the dashboard's
figures) never shows the other server's page as it was before a write."""

import html
import re
from datetime import date

import pytest
from django.db import connection
from django.utils import timezone

from academy.applications.models import Application
from academy.applications.models import Status as ApplicationStatus
from academy.brain import marketplace
from academy.editions.models import Role, Status
from tests.factories import PASSWORD, EditionFactory, MembershipFactory, TopicFactory, UserFactory
from tests.processes import Visitor, can_log_in_on_production
from tests.programme.conftest import LISBON, plenary

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="several processes share one database: PostgreSQL"),
]


def results(page: str) -> tuple[int, list[str], str]:
    """The number of results, the titles found and the count of the "Marketplace post" facet."""
    total = int(re.search(r'role="status">\s*(\d+) results?', page)[1])
    titles = [html.unescape(title) for title in re.findall(r'<li lang="\w+"><a href="[^"]+">([^<]+)</a>', page)]
    facet = re.search(r">Marketplace post</a> \((\d+)\)", page)
    return total, titles, facet[1] if facet else "0"


def test_a_post_written_on_one_server_is_found_at_once_on_the_other_and_gone_once_closed(production):
    topic = TopicFactory(name={"en": "Recycling"})
    ana = UserFactory(email="ana@example.org", language="en")
    amina = UserFactory(email="amina@example.org", language="en")
    for person in (ana, amina):
        MembershipFactory(user=person, role=Role.PARTICIPANT)
    can_log_in_on_production(ana)
    marketplace.save_post(
        author=amina, side="offer", category="training", title="Training for waste pickers' cooperatives",
        body="Management training.", language="en", topics=[topic], countries=["MZ"],
    )  # fmt: skip
    writer, reader = production.app_server("a"), production.app_server("b")
    search = "/en/brain/?q=cooperatives"

    ana_browser = Visitor()
    ana_browser.log_in(writer, ana.email, PASSWORD)
    # Both servers have loaded their facet table: the warm state a long-running process has.
    for server in (reader, writer):
        assert results(ana_browser.get(server.url + search)) == (1, ["Training for waste pickers' cooperatives"], "1")

    landed = ana_browser.post(
        f"{writer.url}/en/brain/marketplace/new/",
        {"side": "need", "category": "training", "title": "Cooperatives of waste pickers need training",
         "body": "For 30 members.", "language": "en", "topics": [str(topic.pk)]},
    )  # fmt: skip
    assert "Cooperatives of waste pickers need training" in landed
    post = re.search(r'action="/en/brain/marketplace/(\d+)/close/"', landed)[1]

    total, titles, facet = results(ana_browser.get(reader.url + search))
    assert (total, sorted(titles), facet) == (
        2,
        ["Cooperatives of waste pickers need training", "Training for waste pickers' cooperatives"],
        "2",
    )

    ana_browser.post(
        f"{writer.url}/en/brain/marketplace/{post}/close/", {}, form=f"{writer.url}/en/brain/marketplace/{post}/"
    )
    assert results(ana_browser.get(reader.url + search)) == (1, ["Training for waste pickers' cooperatives"], "1")


def test_a_programme_moved_through_one_server_shows_moved_on_the_other_at_once(production):
    """The agenda is cached in Redis under its programme's version (common.freshness): the import on one server
    replaces the version, so the other server's next request makes the agenda again."""
    edition = EditionFactory(
        number=13, status=Status.RUNNING, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25), time_zone=LISBON
    )
    organiser = UserFactory(email="olga@example.org", language="en")
    MembershipFactory(user=organiser, edition=edition, role=Role.ORGANISER)
    can_log_in_on_production(organiser)
    ana = MembershipFactory(edition=edition, role=Role.PARTICIPANT, user__email="ana@example.org").user
    can_log_in_on_production(ana)
    plenary(edition)
    writer, reader = production.app_server("a"), production.app_server("b")
    agenda = "/en/editions/13/programme/"
    visitor = Visitor()
    for _twice in range(2):  # made, then read from the cache
        assert "Monday 14 June 2027" in visitor.get(reader.url + agenda)
    participant = Visitor()
    participant.log_in(reader, ana.email, PASSWORD)
    for _twice in range(2):  # My Academy's next sessions, made then kept (home.page)
        assert "Mon 14 Jun, 12:00" in participant.get(reader.url + "/en/me/")  # 13:00 in Lisbon, in UTC

    olga = Visitor()
    olga.log_in(writer, organiser.email, PASSWORD)
    moved = (
        "code,kind,title,start,end,languages,interpretation,published\n"
        "P1,plenary,SSE principles,2027-06-15 13:00,2027-06-15 14:30,en,fr es pt,yes\n"
    )
    landed = olga.post(
        f"{writer.url}/en/editions/13/programme/import/", {}, files={"file": ("programme.csv", moved.encode())}
    )
    assert "0 sessions created, 1 updated." in landed

    page = visitor.get(reader.url + agenda)
    assert "Tuesday 15 June 2027" in page
    assert "Monday 14 June 2027" not in page
    my_academy = participant.get(reader.url + "/en/me/")
    assert "Tue 15 Jun, 12:00" in my_academy
    assert "Mon 14 Jun" not in my_academy


def test_sessions_are_read_from_redis_yet_a_login_outlives_an_emptied_redis(production, redis_url):
    from redis import Redis

    ana = UserFactory(email="ana@example.org", language="en")
    can_log_in_on_production(ana)
    server = production.app_server("a")
    browser = Visitor()
    browser.log_in(server, ana.email, PASSWORD)
    client = Redis.from_url(redis_url)
    assert client.keys("*django.contrib.sessions.cached_db*")  # kept in Redis: no query to read it
    client.flushdb()  # Redis restarted: it keeps nothing on disk
    assert "/accounts/logout/" in browser.get(server.url + "/en/me/")


def test_a_role_given_through_one_server_shows_on_the_other_at_once(production):
    """Roles are kept in Redis between requests (editions.rules.roles_of): accepting a seat on one server makes
    the person a participant on the other at their next request."""
    edition = EditionFactory(
        number=13, status=Status.RUNNING, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25), time_zone=LISBON
    )
    plenary(edition)
    ana = UserFactory(email="ana@example.org", language="en")
    can_log_in_on_production(ana)
    offer = Application.objects.create(
        edition=edition, applicant=ana, status=ApplicationStatus.SELECTED, submitted_at=timezone.now()
    )
    writer, reader = production.app_server("a"), production.app_server("b")
    browser = Visitor()
    browser.log_in(writer, ana.email, PASSWORD)
    for _twice in range(2):  # read, then from the cache
        assert "SSE principles and values" not in browser.get(reader.url + "/en/me/")

    browser.post(f"{writer.url}/en/applications/{offer.pk}/respond/", {"answer": "accept"}, form=f"{writer.url}/en/me/")
    assert "SSE principles and values" in browser.get(reader.url + "/en/me/")  # the next sessions of a participant


def test_attendance_recorded_through_one_server_counts_on_the_others_dashboard_at_once(production):
    """The edition's figures are cached in Redis under the version of its records (common.freshness): recording a
    presence on one server replaces the version, so the other server's next dashboard counts it."""
    edition = EditionFactory(
        number=13, status=Status.RUNNING, start_date=date(2027, 6, 14), end_date=date(2027, 6, 25), time_zone=LISBON
    )
    organiser = UserFactory(email="olga@example.org", language="en")
    MembershipFactory(user=organiser, edition=edition, role=Role.ORGANISER)
    kofi = MembershipFactory(edition=edition, role=Role.PARTICIPANT, user__certificate_name="Kofi Mensah").user
    can_log_in_on_production(organiser)
    plenary(edition)
    writer, reader = production.app_server("a"), production.app_server("b")
    olga = Visitor()
    olga.log_in(writer, organiser.email, PASSWORD)
    dashboard = f"{reader.url}/en/editions/13/dashboard/"
    for _twice in range(2):  # counted, then read from the cache
        assert attended_at_the_plenary(olga.get(dashboard)) == ("1", "0")

    recorded = f"{writer.url}/en/editions/13/attendance/sessions/P1/"
    olga.post(recorded, {"action": "hand", "hand-person": kofi.pk, "hand-minutes": "", "hand-reason": "Sign-in sheet"})

    assert attended_at_the_plenary(olga.get(dashboard)) == ("1", "1")


def attended_at_the_plenary(page: str) -> tuple[str, str]:
    """Expected and attended, in the dashboard's attendance table's row of the plenary P1."""
    row = re.search(r"· P1</t[hd]>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*>(\d+)</td>", page)
    assert row, page[page.find("Attendance per session") :][:1500]
    return row[1], row[2]


def test_a_follow_up_recorded_through_one_server_shows_on_the_others_edition_page_at_once(production):
    """The edition page is cached in Redis under the version of its parts (common.freshness): a follow-up saved on
    one server replaces the version, so the other server's next request renders the page again."""
    edition = EditionFactory(
        number=13, status=Status.FINISHED, start_date=date(2025, 6, 16), end_date=date(2025, 6, 27), time_zone=LISBON
    )
    organiser = UserFactory(email="olga@example.org", language="en")
    MembershipFactory(user=organiser, edition=edition, role=Role.ORGANISER)
    can_log_in_on_production(organiser)
    writer, reader = production.app_server("a"), production.app_server("b")
    page = "/en/editions/13/"
    visitor = Visitor()
    for _twice in range(2):  # made, then read from the cache
        assert "A network of waste pickers" not in visitor.get(reader.url + page)

    olga = Visitor()
    olga.log_in(writer, organiser.email, PASSWORD)
    follow_up = {
        "kind": "network",
        "title": "A network of waste pickers",
        "description": "Founded by alumni.",
        "language": "en",
        "started_on": "2025-09-01",
        "countries": "BR",
    }
    landed = olga.post(f"{writer.url}/en/brain/editions/13/follow-ups/new/", follow_up)
    assert "The follow-up is recorded." in landed, re.findall(r'class="errorlist[^>]*>(.*?)</ul>', landed)

    assert "A network of waste pickers" in visitor.get(reader.url + page)


def test_a_password_changed_through_one_server_logs_out_the_persons_other_sessions_on_the_other_at_once(production):
    """Each server keeps the logged-in person's account in Redis under its version (people.backends): the change
    on one server replaces the version, so the other server reads the new password's hash and ends the session
    that the old one signed."""
    ana = UserFactory(email="ana@example.org", language="en")
    can_log_in_on_production(ana)
    writer, reader = production.app_server("a"), production.app_server("b")
    laptop, phone = Visitor(), Visitor()
    laptop.log_in(writer, ana.email, PASSWORD)
    phone.log_in(reader, ana.email, PASSWORD)
    for _twice in range(2):  # read, then kept
        assert "/accounts/logout/" in phone.get(reader.url + "/en/me/")

    new_password = "a-new-solidarity-passphrase"
    changed = laptop.post(
        f"{writer.url}/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new_password, "password2": new_password},
    )
    assert "/accounts/logout/" in changed  # the session that changed it holds

    assert "/accounts/logout/" not in phone.get(reader.url + "/en/me/")  # sent to log in
    assert "/accounts/logout/" in laptop.get(reader.url + "/en/me/")
