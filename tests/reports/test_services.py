"""The dashboards' figures on the fixed cohort of fixtures.py, against numbers counted by hand."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from academy.applications.models import Application
from academy.applications.models import Status as ApplicationStatus
from academy.editions.models import Membership, Role, Status
from academy.learning import services as learning
from academy.programme.models import Session
from academy.reports import services
from academy.reports.services import table_named
from tests.certificates.fixtures import attend
from tests.factories import EditionFactory, UserFactory
from tests.learning.fixtures import WHILE_OPEN, lessons, quiz_of, right_answers

pytestmark = pytest.mark.django_db


def rows(figures, name):
    return list(table_named(figures.tables, name).rows)


def test_funnel_hand_counted(edition, cohort):
    figures = services.edition_figures(edition)
    assert figures.funnel == [5, 4, 3, 3, 3, 1]
    assert rows(figures, "funnel") == [
        ("Applied", 5), ("Reviewed", 4), ("Selected", 3), ("Confirmed", 3), ("Attended", 3), ("Certified", 1),
    ]  # fmt: skip


def test_funnel_by_region_gender_constituency_and_global_south(edition, cohort):
    figures = services.edition_figures(edition)
    assert rows(figures, "funnel-region") == [
        ("Europe", 2, 1, 0, 1, 1, 0),  # Marie, João applied; Marie reviewed; Inés took part without applying
        ("Americas", 1, 1, 1, 1, 1, 1),
        ("Africa", 1, 1, 1, 1, 1, 0),
        ("Asia", 1, 1, 1, 0, 0, 0),
    ]
    assert rows(figures, "funnel-gender") == [
        ("Woman", 3, 3, 2, 1, 1, 1),
        ("Man", 2, 1, 1, 1, 1, 0),
        ("Not stated", 0, 0, 0, 1, 1, 0),
    ]
    assert rows(figures, "funnel-global_south") == [
        ("Global South", 3, 3, 3, 2, 2, 1),
        ("Rest of the world", 2, 1, 0, 1, 1, 0),
    ]
    assert ("Not stated", 1, 0, 0, 1, 1, 0) in rows(figures, "funnel-constituency")  # João and Inés
    assert ("Ghana", 1, 1, 1, 1, 1, 0) in rows(figures, "funnel-country")


def test_scholarships_attendance_electives_and_articles(edition, cohort):
    figures = services.edition_figures(edition)
    assert rows(figures, "scholarships") == [("SSTC", Decimal(5000), Decimal(1800), Decimal(1500), Decimal(3200))]
    assert rows(figures, "attendance") == [("14 Jun · P1", 3, 2, 66), ("15 Jun · P2", 3, 2, 66)]
    assert rows(figures, "electives") == [("E1 · Elective E1", 2, 20, 10), ("E2 · Elective E2", 0, 10, 0)]
    assert rows(figures, "articles") == [("Submitted", 2), ("Accepted", 1), ("Revision asked", 0), ("Declined", 0)]


def test_distance_learning_completion(edition, cohort, course):
    ana, kofi = cohort["ana"], cohort["kofi"]
    for lesson in lessons(course):
        learning.complete_lesson(lesson=lesson, person=ana, now=WHILE_OPEN)
    quiz = quiz_of(course)
    learning.answer_quiz(quiz=quiz, person=ana, chosen=right_answers(quiz), now=WHILE_OPEN)
    learning.complete_lesson(lesson=lessons(course)[2], person=kofi, now=WHILE_OPEN)
    assert rows(services.edition_figures(edition), "learning") == [
        ("What the SSE is", 1, 3), ("Policies", 2, 3), ("The whole course", 1, 3),
    ]  # fmt: skip


def test_figures_in_the_readers_language(edition, cohort):
    with translation.override("pt"):
        figures = services.edition_figures(edition)
    assert rows(figures, "funnel")[0] == ("Candidataram-se", 5)
    assert rows(figures, "funnel-region")[0][0] == "Europa"


def test_an_edition_with_no_data_has_empty_but_valid_figures(db):
    empty = EditionFactory(number=50)
    figures = services.edition_figures(empty)
    assert figures.funnel == [0, 0, 0, 0, 0, 0]
    assert all(table.is_empty for table in figures.tables if table.name not in ("funnel", "articles"))


def test_figures_are_kept_until_something_they_count_changes(edition, cohort, django_assert_num_queries):
    assert services.edition_figures(edition).funnel[3] == 3
    with django_assert_num_queries(0):
        assert services.edition_figures(edition).funnel[3] == 3
    Membership.objects.filter(edition=edition, user=cohort["ines"]).delete()
    assert services.edition_figures(edition).funnel[3] == 2


def test_figures_show_attendance_recorded_at_once(edition, cohort, organiser):
    """Presences send no signal the figures listen to (imports write them in bulk): the service announces them."""
    second = Session.objects.get(edition=edition, code="P2")
    assert rows(services.edition_figures(edition), "attendance")[1][1:3] == (3, 2)
    attend(second, cohort["kofi"], None, organiser)
    assert rows(services.edition_figures(edition), "attendance")[1][1:3] == (3, 3)


def test_figures_of_another_edition_are_kept_when_one_changes(edition, cohort, django_assert_num_queries):
    other = EditionFactory(number=40)
    services.edition_figures(other)
    Membership.objects.filter(edition=edition, user=cohort["ines"]).delete()
    with django_assert_num_queries(0):
        services.edition_figures(other)


def test_signing_in_keeps_the_figures_a_new_country_counts_again(edition, cohort, django_assert_num_queries):
    services.edition_figures(edition)
    person = cohort["ines"]
    person.last_login = timezone.now()
    person.save(update_fields=["last_login"])
    with django_assert_num_queries(0):
        services.edition_figures(edition)
    person.country = "BR"
    person.save()
    assert services.edition_figures(edition).tables == services.count_edition(edition).tables


def test_all_editions_participants_countries_and_repeats(edition, cohort):
    earlier = EditionFactory(number=12, status=Status.FINISHED, start_date=date(2021, 6, 1), end_date=date(2021, 6, 12))
    Membership.objects.create(edition=earlier, user=cohort["ana"], role=Role.PARTICIPANT)
    Membership.objects.create(edition=earlier, user=cohort["marie"], role=Role.PARTICIPANT)
    tables = services.all_editions_figures()
    assert list(table_named(tables, "participants").header) == [
        "Edition",
        "Participants",
        "Africa",
        "Americas",
        "Europe",
    ]
    assert list(table_named(tables, "participants").rows) == [
        ("12. Lisbon 2021", 2, 0, 1, 1),
        ("13. Lisbon 2027", 3, 1, 1, 1),
    ]
    assert list(table_named(tables, "countries").rows) == [(2021, 2, 2), (2027, 2, 4)]
    assert list(table_named(tables, "repeat").rows) == [(1, 3), (2, 1)]
    assert ("Europe", 2, "France, Spain") in table_named(tables, "countries-by-region").rows


def test_counting_an_edition_takes_the_same_queries_for_more_people(edition, cohort, django_assert_num_queries):
    with CaptureQueriesContext(connection) as before:
        services.count_edition(edition)
    for person in UserFactory.create_batch(3, country="KE"):
        Membership.objects.create(edition=edition, user=person, role=Role.PARTICIPANT)
        Application.objects.create(
            edition=edition, applicant=person, status=ApplicationStatus.CONFIRMED, submitted_at=timezone.now()
        )
    cache.clear()  # the published sessions, kept in the cache since the first count
    with django_assert_num_queries(len(before.captured_queries)):
        figures = services.count_edition(edition)
    assert figures.funnel[:4] == [8, 4, 6, 6]


def test_alumni_activity_has_the_twelve_months_up_to_now_in_utc(cohort):
    from datetime import UTC, datetime

    from academy.brain.models import Message

    Message.objects.create(
        sender=cohort["ana"], recipient=cohort["kofi"], body="Olá", sent_at=datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    )
    Message.objects.create(
        sender=cohort["ana"], recipient=cohort["kofi"], body="Old", sent_at=datetime(2025, 11, 30, tzinfo=UTC)
    )
    table = table_named(services.all_editions_figures(now=datetime(2026, 11, 15, tzinfo=UTC)), "alumni-activity")
    months = [row[0] for row in table.rows]
    assert (len(months), months[0], months[-1]) == (12, "Dec 2025", "Nov 2026")
    assert {row[0]: row[1] for row in table.rows}["Mar 2026"] == 1
    assert sum(row[1] for row in table.rows) == 1
