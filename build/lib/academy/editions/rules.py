"""Who may do what with editions. Every permission of the app is decided here, nowhere else."""

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

import rules
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save

from academy.common import freshness
from academy.editions.models import Edition, Membership, Role, Status
from academy.people.rules import is_platform_staff

ALUMNUS = "alumnus"  # not a role one is given: a participant of an edition that has finished
# The freshness topic of people's roles: one person's (scope: their id), or everyone's (scope EVERYONE: an
# edition's status makes alumni; memberships written in bulk announce themselves so).
ROLES, EVERYONE = "roles", "everyone"
freshness.depends(ROLES, Membership, scope=lambda membership: membership.user_id)
freshness.depends(ROLES, Edition, scope=lambda edition: EVERYONE)
# Within a request, each person's roles are read once (a page asks them dozens of times); None outside a request.
_roles_in_request: ContextVar[dict | None] = ContextVar("roles_in_request", default=None)


@contextmanager
def roles_read_once():
    """Around a request (`EditionMiddleware`): every rule asks the roles read at its first question; a role given or
    taken during the request (a signal) makes the next question read them again."""
    token = _roles_in_request.set({})
    try:
        yield
    finally:
        _roles_in_request.reset(token)


def _forget_roles(**kwargs) -> None:
    remembered = _roles_in_request.get()
    if remembered is not None:
        remembered.clear()


post_save.connect(_forget_roles, sender=Membership, dispatch_uid="editions.forget_roles_on_save")
post_delete.connect(_forget_roles, sender=Membership, dispatch_uid="editions.forget_roles_on_delete")
post_save.connect(_forget_roles, sender=Edition, dispatch_uid="editions.forget_roles_on_edition")  # finished: alumni


def roles_of(user) -> dict[str, set[int]]:
    """Role -> the editions this person holds it in, and "alumnus" -> the finished editions they took part in.

    Read once per request, and kept in the cache between requests until one of their memberships or any
    edition (its status makes alumni) is saved or deleted (`common.freshness`)."""
    remembered = _roles_in_request.get()
    if remembered is not None and user.pk in remembered:
        return remembered[user.pk]

    def read() -> tuple[tuple[str, frozenset[int]], ...]:  # immutable: each process may keep a copy
        roles: dict[str, set[int]] = defaultdict(set)
        for role, edition_id, status in Membership.objects.filter(user=user).values_list(
            "role", "edition_id", "edition__status"
        ):
            roles[role].add(edition_id)
            if role == Role.PARTICIPANT and status == Status.FINISHED:
                roles[ALUMNUS].add(edition_id)
        return tuple((role, frozenset(editions)) for role, editions in roles.items())

    roles = {
        role: set(editions)
        for role, editions in freshness.cached("role-sets", [(ROLES, user.pk), (ROLES, EVERYONE)], read)
    }
    if remembered is not None:
        remembered[user.pk] = roles
    return roles


def _holds_role(user, edition, role: str) -> bool:
    if not user.is_authenticated:
        return False
    editions = roles_of(user).get(role, set())
    return bool(editions) if edition is None else getattr(edition, "pk", edition) in editions


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
    return user.is_authenticated and bool(roles_of(user).get(ALUMNUS))


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
    return editions.filter(pk__in=roles_of(user).get(Role.ORGANISER, set()))
