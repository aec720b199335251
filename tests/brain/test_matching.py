from hypothesis import given
from hypothesis import strategies as st

from academy.brain.matching import PostFacts, best_matches, score


def facts(id_, side, category="training", topics=(), countries=(), terms=(), author=None):
    return PostFacts(id_, author if author is not None else id_ + 100, side, category, frozenset(topics),
                     frozenset(countries), frozenset(terms))  # fmt: skip


def test_an_offer_answers_a_need_of_the_same_kind_on_the_same_topics_best():
    need = facts(1, "need", "training", topics={7}, countries={"MZ"}, terms={"cooper", "form"})
    exact = facts(2, "offer", "training", topics={7}, countries={"MZ"}, terms={"cooper", "form"})
    same_topic = facts(3, "offer", "funding", topics={7})
    same_kind = facts(4, "offer", "training")
    unrelated = facts(5, "offer", "products", topics={9}, terms={"coffe"})
    another_need = facts(6, "need", "training", topics={7})
    assert best_matches(need, [unrelated, same_kind, same_topic, exact, another_need]) == [
        (2, 3 + 2 + 1 + 4.0), (3, 3.0), (4, 2.0),
    ]  # fmt: skip


def test_own_posts_never_match():
    assert score(facts(1, "need", author=9), facts(2, "offer", author=9)) == 0


def test_at_most_five_newest_first_on_ties():
    need = facts(1, "need")
    offers = [facts(number, "offer") for number in range(2, 10)]
    assert [id_ for id_, _score in best_matches(need, offers)] == [9, 8, 7, 6, 5]


posts = st.builds(
    facts,
    st.integers(1, 50),
    st.sampled_from(["offer", "need"]),
    st.sampled_from(["training", "funding"]),
    st.sets(st.integers(1, 4), max_size=3),
    st.sets(st.sampled_from(["BR", "MZ", "PT"]), max_size=2),
    st.sets(st.sampled_from(["cooper", "form", "financ"]), max_size=3),
)


@given(posts, posts)
def test_score_is_symmetric_and_zero_within_a_side(one, other):
    assert score(one, other) == score(other, one)
    if one.side == other.side:
        assert score(one, other) == 0
