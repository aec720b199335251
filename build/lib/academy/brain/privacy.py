"""The Collective Brain's part of a person's data, and what stays when their account goes.

Articles stay, credited to "former participant", if the person agrees (accepted ones only: they
are in a Reader); otherwise they go with the account. Everything else (profile, messages,
marketplace posts, discussions, replies, suggestions) goes, and leaves the search index. Follow-ups
they recorded are the edition's and stay, no longer linked to them."""

from academy.brain.community import refresh
from academy.brain.models import Article, ArticleStatus, DocumentKind, FollowUp, Message, Thread
from academy.brain.search import index
from academy.people.privacy import rows


def personal_data(person) -> dict:
    profile = getattr(person, "brain_profile", None)
    return {
        "alumni_profile": rows(type(profile).objects.filter(pk=profile.pk)) if profile else [],
        "topics_of_expertise": [str(topic.name) for topic in profile.expertise.all()] if profile else [],
        "networks": [str(network) for network in person.networks.all()],
        "messages_sent": rows(Message.objects.filter(sender=person)),
        "messages_received": rows(Message.objects.filter(recipient=person)),
        "marketplace_posts": rows(person.marketplace_posts.all()),
        "articles": rows(person.articles.all()),
        "discussions": rows(person.threads.all()),
        "replies": rows(person.replies.all()),
        "follows": rows(person.follows.all()),
        "suggested_peers": rows(person.suggestions.all()),
        "blocked": rows(person.blocks.all()),
        "reports_made": rows(person.reports_made.all()),
        "follow_ups_recorded": rows(FollowUp.objects.filter(recorded_by=person)),
        "follow_ups_involved_in": rows(person.follow_ups.all()),
    }


def before_deletion(person, *, keep_contributions: bool) -> None:
    articles = Article.objects.filter(author=person)
    if keep_contributions:
        articles.filter(status=ArticleStatus.ACCEPTED).update(author=None)
    leaving = list(articles.filter(author=person).values_list("pk", flat=True))
    index.remove(DocumentKind.ARTICLE, leaving)
    Article.objects.filter(pk__in=leaving).delete()
    index.remove(DocumentKind.POST, list(person.marketplace_posts.values_list("pk", flat=True)))
    index.remove(DocumentKind.THREAD, list(Thread.objects.filter(author=person).values_list("pk", flat=True)))
    # Discussions they replied to lose the replies: their documents are rebuilt without them.
    replied = list(Thread.objects.filter(replies__author=person).exclude(author=person).distinct())
    person.replies.all().delete()
    for thread in replied:
        refresh(thread=thread)
