import random
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from academy.applications.assignment import Applicant, Reviewer, assign_reviews, conflicted


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 1000),
    applications=st.integers(0, 40),
    reviewers=st.integers(1, 8),
    reviews_each=st.integers(1, 3),
)
def test_every_application_gets_its_reviews_and_loads_differ_by_at_most_one(
    seed, applications, reviewers, reviews_each
):
    rng = random.Random(seed)
    applicants = [Applicant(key=k, organisation=rng.choice(["ILO", "CASES", "Coop"])) for k in range(applications)]
    staff = [Reviewer(key=100 + k, organisation="") for k in range(reviewers)]
    result = assign_reviews(applicants, staff, reviews_each=reviews_each, seed=seed)
    per_application = Counter(a for a, _ in result.pairs)
    expected = min(reviews_each, reviewers)
    assert all(per_application[a.key] == expected for a in applicants)
    assert len(set(result.pairs)) == len(result.pairs)
    assert max(result.loads.values()) - min(result.loads.values()) <= 1
    assert result.short == ({a.key: reviews_each - expected for a in applicants} if expected < reviews_each else {})


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 1000), applications=st.integers(1, 30))
def test_nobody_reviews_their_own_organisation_or_country(seed, applications):
    rng = random.Random(seed)
    organisations, countries = ["ILO", "CASES", "ITCILO"], ["PT", "SN", "KR"]
    applicants = [
        Applicant(key=k, organisation=rng.choice(organisations), country=rng.choice(countries))
        for k in range(applications)
    ]
    staff = [Reviewer(key=100 + k, organisation=organisations[k % 3], country=countries[(k + 1) % 3]) for k in range(6)]
    result = assign_reviews(
        applicants, staff, reviews_each=2, avoid_same_organisation=True, avoid_same_country=True, seed=seed
    )
    by_key = {a.key: a for a in applicants} | {r.key: r for r in staff}
    for application, reviewer in result.pairs:
        assert not conflicted(by_key[application], by_key[reviewer], same_organisation=True, same_country=True)
    per_application = Counter(a for a, _ in result.pairs)
    assert all(per_application[a.key] + result.short.get(a.key, 0) == 2 for a in applicants)


def test_conflicts_match_organisation_case_insensitively():
    assert conflicted(
        Applicant(1, organisation="cases"),
        Reviewer(2, organisation="CASES"),
        same_organisation=True,
        same_country=False,
    )
    assert not conflicted(
        Applicant(1, organisation="cases"),
        Reviewer(2, organisation="CASES"),
        same_organisation=False,
        same_country=False,
    )
    assert not conflicted(
        Applicant(1, organisation=""), Reviewer(2, organisation=""), same_organisation=True, same_country=False
    )


def test_existing_reviews_are_kept_and_counted():
    applicants = [Applicant(k) for k in range(4)]
    staff = [Reviewer(10), Reviewer(11)]
    result = assign_reviews(applicants, staff, reviews_each=1, existing=[(0, 10), (1, 10)])
    assert result.pairs == [(2, 11), (3, 11)]
    assert result.loads == {10: 2, 11: 2}


def test_application_with_every_reviewer_in_conflict_is_reported_short():
    result = assign_reviews([Applicant(1, organisation="ILO")], [Reviewer(10, organisation="ILO")], reviews_each=2)
    assert (result.pairs, result.short) == ([], {1: 2})


def test_same_seed_same_assignment_other_seed_spreads_differently():
    applicants = [Applicant(k) for k in range(30)]
    staff = [Reviewer(100 + k) for k in range(5)]
    first = assign_reviews(applicants, staff, reviews_each=2, seed=1)
    assert first.pairs == assign_reviews(applicants, staff, reviews_each=2, seed=1).pairs
    assert first.pairs != assign_reviews(applicants, staff, reviews_each=2, seed=2).pairs
