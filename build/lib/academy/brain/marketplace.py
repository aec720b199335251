"""The SSE Marketplace: alumni post offers and needs; each post shows the best answers from the other side."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from academy.brain import matching
from academy.brain.models import DocumentKind, MarketplacePost, Topic
from academy.brain.rules import is_community_member
from academy.brain.search import index
from academy.brain.search.documents import post_document
from academy.brain.search.text import terms
from academy.common.markdown import to_text


def save_post(
    *,
    author,
    side: str,
    category: str,
    title: str,
    body: str,
    language: str,
    topics: list[Topic],
    countries: list[str],
    post: MarketplacePost | None = None,
) -> MarketplacePost:
    if not is_community_member(author):
        raise ValidationError(_("Only alumni post on the marketplace."), code="not_alumnus")
    if post is not None and post.author_id != author.pk:
        raise ValidationError(_("Only its author can change a post."), code="not_author")
    post = post or MarketplacePost(author=author)
    post.side, post.category, post.language = side, category, language
    post.title, post.body, post.countries = title.strip(), body.strip(), countries
    post.full_clean()
    with transaction.atomic():
        post.save()
        post.topics.set(topics)
        index.store([post_document(post)])
    return post


def close_post(*, post: MarketplacePost, by, now) -> None:
    if not by.has_perm("brain.close_marketplacepost", post):
        raise ValidationError(_("Only its author can close a post."), code="not_author")
    with transaction.atomic():
        post.closed_at = now
        post.save(update_fields=["closed_at"])
        index.remove(DocumentKind.POST, [post.pk])


def _facts(post: MarketplacePost) -> matching.PostFacts:
    return matching.PostFacts(
        id=post.pk,
        author_id=post.author_id,
        side=post.side,
        category=post.category,
        topics=frozenset(topic.pk for topic in post.topics.all()),
        countries=frozenset(country.code for country in post.countries),
        terms=frozenset(terms(f"{post.title} {to_text(post.body)}", post.language)),
    )


def open_posts():
    return MarketplacePost.objects.filter(closed_at=None).select_related("author").prefetch_related("topics")


def matches_for(post: MarketplacePost) -> list[MarketplacePost]:
    """The open posts from the other side that best answer this one."""
    others = {other.pk: other for other in open_posts().exclude(side=post.side).exclude(author=post.author_id)}
    ranked = matching.best_matches(_facts(post), [_facts(other) for other in others.values()])
    return [others[post_id] for post_id, _score in ranked]


def reasons_for(post: MarketplacePost, matches: list[MarketplacePost]) -> list[tuple[MarketplacePost, list[str]]]:
    """Each match with why it matches, in words: the topics, kind of help and countries the posts share."""
    facts = _facts(post)
    topics = {topic.pk: str(topic) for topic in post.topics.all()}
    countries = {country.code: str(country.name) for country in post.countries}
    explained = []
    for other in matches:
        common = matching.shared(facts, _facts(other))
        reasons = []
        if common.topics:
            names = ", ".join(sorted(topics[pk] for pk in common.topics))
            reasons.append(_("Topics: %(topics)s") % {"topics": names})
        if common.same_category:
            reasons.append(_("The same kind of help: %(kind)s") % {"kind": other.get_category_display()})
        if common.countries:
            names = ", ".join(sorted(countries[code] for code in common.countries))
            reasons.append(_("Countries: %(countries)s") % {"countries": names})
        if common.wording:
            reasons.append(_("Words in common"))
        explained.append((other, reasons))
    return explained
