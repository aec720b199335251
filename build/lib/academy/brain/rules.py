"""Who may do what in the Collective Brain. Every permission of the app is decided here, nowhere else."""

import rules
from django.db.models import Q

from academy.brain.models import Block, Profile, Visibility
from academy.editions.rules import can_manage_edition, is_organiser, is_participant
from academy.people.rules import is_platform_staff


@rules.predicate
def is_community_member(user) -> bool:
    """Took part in an edition, past or running: the alumni network spans all of them."""
    return is_participant(user)


@rules.predicate
def can_curate(user) -> bool:
    """Platform staff and organisers of any edition keep the knowledge hub, whatever the object."""
    return is_platform_staff(user) or is_organiser(user)


def clearance(user) -> Visibility:
    """The most private level of profile and content this person may see."""
    if can_curate(user):
        return Visibility.ORGANISERS
    if is_community_member(user):
        return Visibility.ALUMNI
    return Visibility.EVERYONE


@rules.predicate
def may_see_profile(user, profile) -> bool:
    return profile.person_id == user.pk or clearance(user) >= profile.visibility


@rules.predicate
def may_write_to(user, recipient) -> bool:
    """Both in the alumni network, the recipient accepts messages and is visible to the writer, and neither
    blocked the other."""
    if recipient is None or user.pk == recipient.pk:
        return False
    if not (is_community_member(user) and is_community_member(recipient)):
        return False
    # Someone who never saved a profile has the defaults, which need no row.
    profile = Profile.objects.filter(person=recipient).first() or Profile(person=recipient)
    blocked = Block.objects.filter(Q(blocker=user, blocked=recipient) | Q(blocker=recipient, blocked=user))
    return profile.accepts_messages and may_see_profile(user, profile) and not blocked.exists()


rules.add_perm("brain.view_profile", may_see_profile)
rules.add_perm("brain.write_to", may_write_to)
rules.add_perm("brain.change_own_profile", is_community_member)
rules.add_perm("brain.join_network", is_community_member)
rules.add_perm("brain.write_message", is_community_member)
# The marketplace is the alumni network's: alumni post, alumni and organisers read.
rules.add_perm("brain.view_marketplace", is_community_member | can_curate)
rules.add_perm("brain.add_marketplacepost", is_community_member)


@rules.predicate
def wrote_post(user, post) -> bool:
    return post is not None and post.author_id == user.pk


rules.add_perm("brain.close_marketplacepost", rules.is_authenticated & wrote_post)
# The community of practice likewise; organisers moderate it.
rules.add_perm("brain.view_community", is_community_member | can_curate)
rules.add_perm("brain.take_part", is_community_member)
rules.add_perm("brain.moderate", can_curate)
# Organisers keep the knowledge hub, the glossary, the networks and the topics in the back-office.
for model in ("resource", "goodpractice", "casefigure", "definition", "network", "topic", "flag"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"brain.{action}_{model}", can_curate)


@rules.predicate
def is_accepted(user, article) -> bool:
    return article is not None and article.is_accepted


@rules.predicate
def is_author(user, article) -> bool:
    return article is not None and article.author_id == user.pk


@rules.predicate
def manages_edition_of(user, obj=None) -> bool:
    """Manages the edition of this article or call; asked without one, manages any edition."""
    return can_manage_edition(user, obj.edition if obj is not None else None)


rules.add_perm("brain.write_article", is_participant)
rules.add_perm("brain.review_articles", can_manage_edition)
rules.add_perm("brain.view_article", is_accepted | is_author | (rules.is_authenticated & manages_edition_of))
rules.add_perm("brain.decide_article", rules.is_authenticated & manages_edition_of)
for action in ("view", "add", "change", "delete"):
    rules.add_perm(f"brain.{action}_articlecall", manages_edition_of)


@rules.predicate
def records_for_edition(user, edition=None) -> bool:
    """Took part in or manages this edition; asked without one, could record for some edition."""
    if edition is None:
        return is_community_member(user) or can_curate(user)
    return is_participant(user, edition) or can_manage_edition(user, edition)


@rules.predicate
def recorded_it_or_manages_its_edition(user, follow_up) -> bool:
    return follow_up is not None and (
        follow_up.recorded_by_id == user.pk or can_manage_edition(user, follow_up.edition)
    )


# What came of an edition: its alumni and organisers record it, anyone reads it.
rules.add_perm("brain.record_follow_up", rules.is_authenticated & records_for_edition)
rules.add_perm("brain.change_follow_up", rules.is_authenticated & recorded_it_or_manages_its_edition)
for action in ("view", "add", "change", "delete"):
    rules.add_perm(f"brain.{action}_followup", can_curate)
