from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from academy.demo.cohort import synthetic_cohort
from academy.people.models import Constituency
from academy.people.regions import country_facts


def test_cohort_looks_like_the_academy_audience():
    people = synthetic_cohort(size=300, seed=13, min_countries=60)
    assert len(people) == 300
    assert len({p.country for p in people}) >= 60
    assert {p.constituency for p in people} == set(Constituency.values)
    assert len({p.email for p in people}) == 300
    south = sum(country_facts(p.country).global_south for p in people)
    assert 0.5 <= south / 300 <= 0.85
    assert {"en", "fr", "es", "pt"} <= {p.language for p in people}


def test_cohort_names_come_in_several_scripts():
    names = " ".join(p.certificate_name for p in synthetic_cohort(size=300, seed=13, min_countries=60))
    for first, last in [("\uac00", "\ud7a3"), ("\u0600", "\u06ff"), ("\u0400", "\u04ff")]:  # Hangul, Arabic, Cyrillic
        assert any(first <= char <= last for char in names)


def test_cohort_same_seed_same_people():
    assert synthetic_cohort(size=50, seed=7, min_countries=20) == synthetic_cohort(size=50, seed=7, min_countries=20)


@settings(max_examples=25, deadline=None)
@given(size=st.integers(min_value=1, max_value=400), seed=st.integers(), min_countries=st.integers(0, 120))
def test_cohort_any_size_has_valid_countries_and_unique_emails(size, seed, min_countries):
    people = synthetic_cohort(size=max(size, min_countries), seed=seed, min_countries=min_countries)
    assert all(country_facts(p.country) is not None for p in people)
    assert max(Counter(p.email for p in people).values()) == 1
