"""Which marketplace posts answer one another: an offer for a need (pure: plain data in, scores out).

A pair scores for each topic they share (3), the same kind of help (2), each country they share
(1), and for how much of their wording they share (up to 4: the Jaccard index of their stemmed
terms, so "formação de cooperativas" meets "training for cooperatives" through shared stems only
when the words are the same, and topics carry across languages). A pair with none of topic, kind or
wording in common does not match at all.
"""

from collections.abc import Iterable
from dataclasses import dataclass

TOPIC_WEIGHT = 3
CATEGORY_WEIGHT = 2
COUNTRY_WEIGHT = 1
WORDING_WEIGHT = 4
MOST_MATCHES = 5


@dataclass(frozen=True)
class PostFacts:
    id: int
    author_id: int
    side: str
    category: str
    topics: frozenset[int]
    countries: frozenset[str]
    terms: frozenset[str]


@dataclass(frozen=True)
class Shared:
    """What two posts have in common: why they match, for the reader."""

    topics: frozenset[int]
    same_category: bool
    countries: frozenset[str]
    wording: bool


def shared(post: PostFacts, other: PostFacts) -> Shared:
    return Shared(
        topics=post.topics & other.topics,
        same_category=post.category == other.category,
        countries=post.countries & other.countries,
        wording=bool(post.terms & other.terms),
    )


def score(post: PostFacts, other: PostFacts) -> float:
    if post.side == other.side or post.author_id == other.author_id:
        return 0.0
    shared_topics = len(post.topics & other.topics)
    same_category = post.category == other.category
    union = post.terms | other.terms
    wording = len(post.terms & other.terms) / len(union) if union else 0.0
    if not (shared_topics or same_category or wording):
        return 0.0
    return (
        TOPIC_WEIGHT * shared_topics
        + CATEGORY_WEIGHT * same_category
        + COUNTRY_WEIGHT * len(post.countries & other.countries)
        + WORDING_WEIGHT * wording
    )


def best_matches(post: PostFacts, others: Iterable[PostFacts], most: int = MOST_MATCHES) -> list[tuple[int, float]]:
    """The ids and scores of the best answers to `post`, best first (ties: the newer post, higher id)."""
    scored = [(other.id, score(post, other)) for other in others]
    return sorted(((id_, value) for id_, value in scored if value > 0), key=lambda pair: (-pair[1], -pair[0]))[:most]
