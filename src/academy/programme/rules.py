"""Who may see and change the programme, rank electives and run the allocation."""

import rules

from academy.editions.models import Edition
from academy.editions.rules import can_manage_edition, is_participant
from academy.programme.models import JOINABLE


def edition_of(obj):
    """The edition of a programme row: itself, or through its session, elective or round.

    Speakers belong to no edition: None, which the predicates read as "any edition"."""
    if obj is None or isinstance(obj, Edition):
        return obj
    for path in ("edition", "session", "round", "elective"):
        target = getattr(obj, path, None)
        if target is not None:
            return edition_of(target)
    return None


@rules.predicate
def manages_its_edition(user, obj=None) -> bool:
    """Manages the edition of this row; asked without one, manages any edition."""
    return can_manage_edition(user, edition_of(obj))


@rules.predicate
def takes_part_in(user, obj) -> bool:
    return obj is not None and is_participant(user, edition_of(obj))


@rules.predicate
def is_published_session(user, session) -> bool:
    return session is not None and session.published and session.edition.status != "draft"


@rules.predicate
def is_joinable_session(user, session) -> bool:
    """A study visit, marketplace or networking session: one that participants sign up for."""
    return session is not None and session.kind in JOINABLE


rules.add_perm("programme.see_session", is_published_session | manages_its_edition)
rules.add_perm("programme.manage_programme", manages_its_edition)
rules.add_perm("programme.rank_electives", takes_part_in)
rules.add_perm("programme.view_timetable", takes_part_in)
rules.add_perm("programme.join_session", is_joinable_session & takes_part_in)
for model in ("session", "elective", "allocationround", "material", "sessionspeaker", "speaker"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"programme.{action}_{model}", manages_its_edition)
