"""Who may do what with editions. Every permission of the app is decided here, nowhere else."""

import rules
from django.db.models import QuerySet

from academy.editions.models import Membership, Role, Status
from academy.people.rules import is_platform_staff


def _holds_role(user, edition, role: str) -> bool:
    if not user.is_authenticated:
        return False
    memberships = Membership.objects.filter(user=user, role=role)
    if edition is not None:
        memberships = memberships.filter(edition=edition)
    return memberships.exists()


@rules.predicate
def is_organiser(user, edition=None) -> bool:
    """Organiser of this edition; asked without an edition, organiser of any."""
    return _holds_role(user, edition, Role.ORGANISER)


@rules.predicate
def is_committee_member(user, edition=None) -> bool:
    return _holds_role(user, edition, Role.COMMITTEE)


@rules.predicate
def is_speaker(user, edition=None) -> bool:
    return _holds_role(user, edition, Role.SPEAKER)


@rules.predicate
def is_participant(user, edition=None) -> bool:
    return _holds_role(user, edition, Role.PARTICIPANT)


@rules.predicate
def is_alumnus(user) -> bool:
    """Took part in an edition that has finished."""
    return (
        user.is_authenticated
        and Membership.objects.filter(user=user, role=Role.PARTICIPANT, edition__status=Status.FINISHED).exists()
    )


@rules.predicate
def is_published(user, edition) -> bool:
    return edition is not None and edition.status != Status.DRAFT


can_manage_edition = is_platform_staff | is_organiser

rules.add_perm("editions.view_edition", is_published | can_manage_edition)
rules.add_perm("editions.change_edition", can_manage_edition)
rules.add_perm("editions.clone_edition", can_manage_edition)
# Organisers of an edition may start another (they become its organisers).
rules.add_perm("editions.add_edition", can_manage_edition)
rules.add_perm("editions.delete_edition", is_platform_staff)
# Edition parts are edited from their edition's page in the back-office.
for model in ("editionpartner", "keyfeature", "subtopic", "learningoutcome", "dailyslot", "faqentry"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"editions.{action}_{model}", can_manage_edition)
# Roles: organisers see who holds which; only staff grant them, as that means choosing among everyone.
rules.add_perm("editions.view_membership", can_manage_edition)
for action in ("add", "change", "delete"):
    rules.add_perm(f"editions.{action}_membership", is_platform_staff)
rules.add_perm("editions.view_organisation", can_manage_edition)
for action in ("add", "change", "delete"):
    rules.add_perm(f"editions.{action}_organisation", is_platform_staff)
rules.add_perm("editions.use_backoffice", can_manage_edition)


def managed_editions(user, editions: QuerySet) -> QuerySet:
    """The editions among `editions` this person may manage: the query form of can_manage_edition."""
    if is_platform_staff(user):
        return editions
    return editions.filter(memberships__user=user, memberships__role=Role.ORGANISER).distinct()
