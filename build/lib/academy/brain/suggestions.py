"""South-South introductions as stored suggestions: refreshed by a task, shown to each alumnus, dismissable."""

from collections import defaultdict
from dataclasses import asdict

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from academy.brain import introductions
from academy.brain.models import Block, Message, Profile, ProfileField, Suggestion, Topic
from academy.brain.rules import clearance
from academy.common import freshness
from academy.editions.models import Role
from academy.editions.topics import PERSON
from academy.people.models import User
from academy.people.regions import REGION_NAMES


def _alumni() -> tuple[dict[int, introductions.Alumnus], dict[int, int]]:
    """Every alumnus as the introductions see them (only what their profile shows), and who sees whom."""
    people = (
        User.objects.filter(memberships__role=Role.PARTICIPANT, is_active=True)
        .distinct()
        .select_related("brain_profile")
        .prefetch_related("brain_profile__expertise", "marketplace_posts")
    )
    facts, visibility = {}, {}
    for person in people:
        profile = getattr(person, "brain_profile", None) or Profile(person=person)
        shows = set(profile.shown_fields)
        posts = [post for post in person.marketplace_posts.all() if post.closed_at is None]
        country = person.country.code if ProfileField.COUNTRY in shows and person.country else ""
        facts[person.pk] = introductions.Alumnus(
            id=person.pk,
            country=country,
            region=person.region if country else "",
            global_south=bool(country) and person.is_global_south,
            languages=frozenset([person.language, *person.other_languages]) if ProfileField.LANGUAGES in shows else frozenset(),
            topics=frozenset(topic.pk for topic in profile.expertise.all()) if profile.pk and ProfileField.EXPERTISE in shows else frozenset(),
            offers=tuple(introductions.Post(post.pk, post.title, post.category) for post in posts if post.side == "offer"),
            needs=tuple(introductions.Post(post.pk, post.title, post.category) for post in posts if post.side == "need"),
        )  # fmt: skip
        visibility[person.pk] = profile.visibility
    return facts, visibility


def _in_touch() -> dict[int, set[int]]:
    """Who already knows whom: a message either way, a block either way, a dismissed suggestion."""
    pairs = defaultdict(set)
    for one, other in Message.objects.values_list("sender", "recipient").distinct():
        pairs[one].add(other)
        pairs[other].add(one)
    for one, other in Block.objects.values_list("blocker", "blocked"):
        pairs[one].add(other)
        pairs[other].add(one)
    for person, peer in Suggestion.objects.exclude(dismissed_at=None).values_list("person", "peer"):
        pairs[person].add(peer)
    return pairs


def refresh_all(*, now) -> int:
    """Suggest peers to every alumnus afresh (dismissed suggestions stay); returns how many were made."""
    facts, visibility = _alumni()
    in_touch = _in_touch()
    people = User.objects.in_bulk(list(facts))
    made = []
    for person_id, person in facts.items():
        level = clearance(people[person_id])
        visible = [peer for peer_id, peer in facts.items() if visibility[peer_id] <= level]
        for suggestion in introductions.suggest(person, visible, excluded=frozenset(in_touch[person_id])):
            made.append(
                Suggestion(
                    person_id=person_id,
                    peer_id=suggestion.peer,
                    score=suggestion.score,
                    reasons=[asdict(reason) for reason in suggestion.reasons],
                    created_at=now,
                )
            )
    with transaction.atomic():
        Suggestion.objects.filter(dismissed_at=None).delete()
        Suggestion.objects.bulk_create(made, ignore_conflicts=True)
        freshness.changed(PERSON, None)  # bulk_create sends no signal
    return len(made)


def current(person) -> list[Suggestion]:
    """The person's suggestions still standing: not dismissed, peer still visible to them."""
    level = clearance(person)
    suggestions = (
        Suggestion.objects.filter(person=person, dismissed_at=None)
        .select_related("peer__brain_profile")
        .filter(Q(peer__brain_profile__visibility__lte=level) | Q(peer__brain_profile=None))
    )
    return list(suggestions)


def dismiss(*, person, suggestion_id: int, now) -> None:
    Suggestion.objects.filter(person=person, pk=suggestion_id).update(dismissed_at=now)
    freshness.changed(PERSON, person.pk)  # update() sends no signal


def described(suggestions: list[Suggestion]) -> list[tuple[Suggestion, list[str]]]:
    """Each suggestion with its reasons in plain words, in the active language (the topics' names read once)."""
    topic_ids = {
        topic_id
        for suggestion in suggestions
        for reason in suggestion.reasons
        if reason["kind"] == "topics"
        for topic_id in reason["values"]
    }
    topics = {topic.pk: str(topic.name) for topic in Topic.objects.filter(pk__in=topic_ids)} if topic_ids else {}
    return [(suggestion, describe(suggestion.reasons, topics)) for suggestion in suggestions]


def describe(reasons: list[dict], topics: dict[int, str]) -> list[str]:
    """The reasons of a suggestion in plain words, `topics` naming the topics they cite."""
    language_names = {code: str(name) for code, name in settings.LANGUAGES}
    lines = []
    for reason in reasons:
        values = reason["values"]
        if reason["kind"] == "their_offer":
            lines.append(
                _("Their offer “%(offer)s” answers your need “%(need)s”.") % {"need": values[0], "offer": values[1]}
            )
        elif reason["kind"] == "your_offer":
            lines.append(
                _("Your offer “%(offer)s” answers their need “%(need)s”.") % {"need": values[0], "offer": values[1]}
            )
        elif reason["kind"] == "topics":
            names = ", ".join(topics[topic_id] for topic_id in values if topic_id in topics)
            lines.append(_("You both work on %(topics)s.") % {"topics": names})
        elif reason["kind"] == "south_south":
            regions = [str(REGION_NAMES.get(region, region)) for region in values]
            if regions[0] == regions[1]:
                lines.append(_("You are both in the Global South, in %(region)s.") % {"region": regions[0]})
            else:
                lines.append(
                    _("South-South: you are in %(yours)s, they are in %(theirs)s.")
                    % {"yours": regions[0], "theirs": regions[1]}
                )
        elif reason["kind"] == "language":
            names = ", ".join(language_names.get(code, code) for code in values)
            lines.append(_("You both speak %(languages)s.") % {"languages": names})
    return lines
