"""What the index holds of each searchable thing: the `Document` of a resource, a good practice, a person."""

from functools import cache

from django.conf import settings
from django.utils import translation
from django_countries import countries as all_countries

from academy.brain.models import (
    Article,
    DocumentKind,
    FollowUp,
    GoodPractice,
    MarketplacePost,
    Profile,
    ProfileField,
    Resource,
    Thread,
    Visibility,
)
from academy.brain.search.index import Document
from academy.common.markdown import to_text

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)


@cache
def country_labels(code: str) -> tuple[tuple[str, str], ...]:
    """The country's name in each language, so "Brasil" and "Brazil" both find it."""
    labels = []
    for language in LANGUAGE_CODES:
        with translation.override(language):
            labels.append((str(all_countries.name(code)), language))
    return tuple(labels)


def topic_labels(topics) -> tuple[tuple[str, str], ...]:
    return tuple((name, language) for topic in topics for language, name in (topic.name.data or {}).items() if name)


def _tag_facets(item, topics) -> tuple[dict[str, list[str]], tuple[tuple[str, str], ...]]:
    """Facets and labels of what knowledge and community content share: topics, language, edition,
    and the countries and SDG targets of what has them (`brain.models.knowledge.Tagged`)."""
    codes = [country.code for country in getattr(item, "countries", ())]
    facets = {
        "topic": [str(topic.pk) for topic in topics],
        "language": [item.language],
        "country": codes,
        "sdg": list(getattr(item, "sdg_targets", ())),
    }
    if getattr(item, "edition_id", None):
        facets["edition"] = [str(item.edition.number)]
    labels = topic_labels(topics) + tuple(label for code in codes for label in country_labels(code))
    return facets, labels


def resource_document(resource: Resource) -> Document:
    topics = list(resource.topics.all())
    facets, labels = _tag_facets(resource, topics)
    facets["language"] = [resource.language, *resource.other_languages]
    return Document(
        kind=DocumentKind.RESOURCE,
        object_id=resource.pk,
        language=resource.language,
        title=resource.title,
        body=f"{resource.summary}\n{resource.extracted_text}",
        summary=resource.summary,
        facets=facets,
        labels=labels,
    )


def practice_document(practice: GoodPractice) -> Document:
    topics = list(practice.topics.all())
    facets, labels = _tag_facets(practice, topics)
    facets["country"] = [practice.country.code, *facets["country"]]
    figures = " ".join(f"{figure.label} {figure.year} {figure.source}" for figure in practice.figures.all())
    return Document(
        kind=DocumentKind.PRACTICE,
        object_id=practice.pk,
        language=practice.language,
        title=practice.title,
        body=f"{practice.place}\n{practice.sector}\n{practice.description}\n{figures}",
        summary=practice.description,
        facets=facets,
        labels=labels + country_labels(practice.country.code),
    )


def article_document(article: Article) -> Document:
    """An accepted article, public as the Reader is; its author's country is part of its credit."""
    topics = list(article.topics.all())
    author = article.author
    countries = [author.country.code] if author is not None and author.country else []
    labels = topic_labels(topics) + tuple(label for code in countries for label in country_labels(code))
    return Document(
        kind=DocumentKind.ARTICLE,
        object_id=article.pk,
        language=article.language,
        title=article.title,
        body=f"{author.certificate_name if author else ''}\n{to_text(article.body)}",
        summary=to_text(article.body),
        facets={
            "topic": [str(topic.pk) for topic in topics],
            "country": countries,
            "language": [article.language],
            "edition": [str(article.edition.number)],
        },
        labels=labels,
    )


def _tagged_document(item, kind: DocumentKind, *, body: str, summary: str, audience: Visibility) -> Document:
    """A document of what is written in Markdown and tagged like the knowledge hub (`Tagged`)."""
    facets, labels = _tag_facets(item, list(item.topics.all()))
    return Document(
        kind=kind,
        object_id=item.pk,
        language=item.language,
        title=item.title,
        body=body,
        summary=summary,
        audience=audience,
        facets=facets,
        labels=labels,
    )


def thread_document(thread: Thread) -> Document:
    """A discussion with its visible replies, for the alumni network."""
    replies = "\n".join(to_text(answer.body) for answer in thread.replies.filter(hidden_at=None))
    text = to_text(thread.body)
    return _tagged_document(
        thread, DocumentKind.THREAD, body=f"{text}\n{replies}", summary=text, audience=Visibility.ALUMNI
    )


def post_document(post: MarketplacePost) -> Document:
    """Marketplace posts are for the alumni network."""
    text = to_text(post.body)
    return _tagged_document(post, DocumentKind.POST, body=text, summary=text, audience=Visibility.ALUMNI)


def follow_up_document(follow_up: FollowUp) -> Document:
    """What came of an edition: public, like the good practices it often becomes."""
    text = to_text(follow_up.description)
    return _tagged_document(
        follow_up, DocumentKind.FOLLOW_UP, body=f"{follow_up.partners}\n{text}", summary=text,
        audience=Visibility.EVERYONE,
    )  # fmt: skip


def person_document(profile: Profile, editions: list[int]) -> Document:
    """What a person's profile shows, indexed for those it shows it to, and nothing it hides."""
    person = profile.person
    facets: dict[str, list[str]] = {}
    labels: tuple[tuple[str, str], ...] = ()
    shown = []
    if profile.shows(ProfileField.ORGANISATION):
        shown.append(person.organisation)
    if profile.shows(ProfileField.JOB_TITLE):
        shown.append(person.job_title)
    if profile.shows(ProfileField.BIO):
        shown.append(profile.bio)
    if profile.shows(ProfileField.COUNTRY) and person.country:
        facets["country"] = [person.country.code]
        facets["region"] = [person.region]
        labels += country_labels(person.country.code)
    if profile.shows(ProfileField.CONSTITUENCY) and person.constituency:
        facets["constituency"] = [person.constituency]
    if profile.shows(ProfileField.NETWORKS):
        shown.extend(str(network) for network in person.networks.all())
    if profile.shows(ProfileField.LANGUAGES):
        facets["language"] = [person.language, *person.other_languages]
    if profile.shows(ProfileField.EXPERTISE):
        topics = list(profile.expertise.all())
        facets["topic"] = [str(topic.pk) for topic in topics]
        labels += topic_labels(topics)
    if profile.shows(ProfileField.EDITIONS):
        facets["edition"] = [str(number) for number in editions]
    return Document(
        kind=DocumentKind.PERSON,
        object_id=person.pk,
        language=person.language,
        title=person.certificate_name,
        body="\n".join(part for part in shown if part),
        summary=" · ".join(part for part in shown[:2] if part),
        audience=Visibility(profile.visibility),
        facets=facets,
        labels=labels,
    )
