"""The pure counting of the reports: funnels, breakdowns, countries over the years, repeat participants."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from academy.reports import figures
from academy.reports.figures import STAGES, PersonFacts, Taking

PEOPLE = {
    1: PersonFacts(country="BR", region="Americas", gender="woman", constituency="workers", global_south=True),
    2: PersonFacts(country="GH", region="Africa", gender="man", constituency="government", global_south=True),
    3: PersonFacts(country="FR", region="Europe", gender="woman", constituency="academia", global_south=False),
}


def test_funnel_counts_each_stage():
    stages = {"applied": {1, 2, 3}, "reviewed": {1, 2}, "confirmed": {1}}
    assert figures.funnel(stages) == [3, 2, 0, 1, 0, 0]


def test_funnel_by_puts_the_largest_first_then_by_name():
    stages = {"applied": {1, 2, 3}, "reviewed": {1, 3}, "selected": {3}}
    assert figures.funnel_by(stages, PEOPLE, lambda person: person.gender) == [
        ("woman", [2, 2, 1, 0, 0, 0]),
        ("man", [1, 0, 0, 0, 0, 0]),
    ]
    assert [value for value, _counts in figures.funnel_by(stages, PEOPLE, lambda person: person.region)] == [
        "Europe", "Americas", "Africa",
    ]  # fmt: skip


@given(st.dictionaries(st.sampled_from(STAGES), st.sets(st.sampled_from(sorted(PEOPLE)))))
def test_funnel_by_adds_up_to_the_funnel(stages):
    rows = figures.funnel_by(stages, PEOPLE, lambda person: person.region)
    totals = [sum(counts[index] for _value, counts in rows) for index in range(len(STAGES))]
    assert totals == figures.funnel(stages)


TAKINGS = [
    Taking(person=1, edition=1, year=2010, country="IT", region="Europe"),
    Taking(person=2, edition=1, year=2010, country="BR", region="Americas"),
    Taking(person=1, edition=2, year=2011, country="IT", region="Europe"),
    Taking(person=3, edition=2, year=2011, country="CA", region="Americas"),
    Taking(person=4, edition=3, year=2013, country="BR", region="Americas"),
    Taking(person=1, edition=3, year=2013, country="IT", region="Europe"),
]


def test_new_countries_by_year_counts_a_country_once_the_first_year_it_came():
    assert figures.new_countries_by_year(TAKINGS) == [(2010, 2, 2), (2011, 1, 3), (2013, 0, 3)]


def test_countries_by_region():
    assert figures.countries_by_region(TAKINGS) == {"Europe": {"IT"}, "Americas": {"BR", "CA"}}


def test_repeat_participants_counts_people_by_how_many_editions_they_took_part_in():
    assert figures.repeat_participants(TAKINGS) == {1: 3, 3: 1}


def test_participants_by_edition_and_region():
    assert figures.participants_by_edition_and_region(TAKINGS, ["Americas", "Europe"]) == {
        1: [1, 1], 2: [1, 1], 3: [1, 1],
    }  # fmt: skip


def test_share_rounds_down_and_survives_nothing():
    assert (figures.share(2, 3), figures.share(1, 0)) == (66, 0)


@pytest.mark.parametrize("chart", list(figures.Chart))
def test_table_has_chart_unless_chart_none(chart):
    table = figures.Table(name="t", title="T", header=("a", "b"), rows=(), chart=chart)

    assert table.has_chart is (chart != figures.Chart.NONE)


def test_a_stage_none_reached_before_one_people_reached_was_not_recorded():
    assert figures.unrecorded([0, 0, 0, 41, 40, 38]) == [True, True, True, False, False, False]
    assert figures.unrecorded([5, 4, 3, 3, 0, 0]) == [False] * 6  # nobody attended yet: a true zero
    assert figures.unrecorded([0, 0, 0, 0, 0, 0]) == [False] * 6
    assert figures.unrecorded([3, 0, 2, 2, 0, 1]) == [False, True, False, False, True, False]
