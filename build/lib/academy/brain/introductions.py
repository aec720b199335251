"""South-South introductions: for each alumnus, a few peers worth meeting, and why (pure, no Django).

A peer qualifies when they live in another country, share at least one language, are not already
in touch (no message either way, no block, no dismissed suggestion) and have something in common:
topics of expertise, or a marketplace need of one that an offer of the other answers (same kind of
help). Among those, shared topics count 2 each, a need met 3 each (two at most), and the South-South
bonus: both in the Global South and in different regions 2, in the same region 1. Only what each
profile shows is used, so a hidden country or language cannot be inferred from a suggestion.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

TOPIC_WEIGHT = 2
NEED_MET_WEIGHT = 3
MOST_NEEDS_COUNTED = 2
OTHER_SOUTHERN_REGION = 2
SAME_SOUTHERN_REGION = 1
MOST_SUGGESTIONS = 3


@dataclass(frozen=True)
class Post:
    id: int
    title: str
    category: str


@dataclass(frozen=True)
class Alumnus:
    id: int
    country: str
    region: str
    global_south: bool
    languages: frozenset[str]
    topics: frozenset[int]
    offers: tuple[Post, ...] = ()
    needs: tuple[Post, ...] = ()


@dataclass(frozen=True)
class Reason:
    """Why two people should meet, as data a page words in the reader's language.

    kind: "topics" (values: topic ids), "their_offer" / "your_offer" (values: the need's and the
    offer's titles), "south_south" (values: the two regions), "language" (values: language codes).
    """

    kind: str
    values: tuple = ()


@dataclass(frozen=True)
class Suggestion:
    peer: int
    score: int
    reasons: tuple[Reason, ...] = field(default=())


def _needs_met(needs: tuple[Post, ...], offers: tuple[Post, ...]) -> list[tuple[str, str]]:
    return [(need.title, offer.title) for need in needs for offer in offers if need.category == offer.category]


def assess(person: Alumnus, peer: Alumnus) -> Suggestion | None:
    """Whether `peer` is worth suggesting to `person`, with the score and the reasons; None if not."""
    if not person.country or not peer.country or person.country == peer.country:
        return None
    languages = person.languages & peer.languages
    if not languages:
        return None
    topics = person.topics & peer.topics
    their_offers = _needs_met(person.needs, peer.offers)
    your_offers = _needs_met(peer.needs, person.offers)
    if not (topics or their_offers or your_offers):
        return None
    reasons = [Reason("their_offer", pair) for pair in their_offers[:MOST_NEEDS_COUNTED]]
    reasons += [Reason("your_offer", pair) for pair in your_offers[:MOST_NEEDS_COUNTED]]
    score = NEED_MET_WEIGHT * min(len(their_offers) + len(your_offers), MOST_NEEDS_COUNTED)
    if topics:
        reasons.append(Reason("topics", tuple(sorted(topics))))
        score += TOPIC_WEIGHT * len(topics)
    if person.global_south and peer.global_south:
        score += SAME_SOUTHERN_REGION if person.region == peer.region else OTHER_SOUTHERN_REGION
        reasons.append(Reason("south_south", (person.region, peer.region)))
    reasons.append(Reason("language", tuple(sorted(languages))))
    return Suggestion(peer.id, score, tuple(reasons))


def suggest(
    person: Alumnus, peers: Iterable[Alumnus], *, excluded: frozenset[int] = frozenset(), most: int = MOST_SUGGESTIONS
) -> list[Suggestion]:
    """The best few peers for `person`, best first (ties: the lower id, so the result is stable)."""
    found = [
        suggestion
        for peer in peers
        if peer.id != person.id and peer.id not in excluded
        for suggestion in [assess(person, peer)]
        if suggestion is not None
    ]
    return sorted(found, key=lambda suggestion: (-suggestion.score, suggestion.peer))[:most]
