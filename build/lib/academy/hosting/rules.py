"""Who proposes to host an edition and who reviews the proposals. Every permission of the app is here."""

import rules

from academy.editions.rules import is_organiser
from academy.people.rules import is_platform_staff


@rules.predicate
def reviews_requests(user) -> bool:
    """Platform staff and the organisers of any edition weigh the proposals together."""
    return is_platform_staff(user) or is_organiser(user)


@rules.predicate
def submitted_it(user, request) -> bool:
    return request is not None and request.submitted_by_id == user.pk


rules.add_perm("hosting.propose", rules.is_authenticated)
rules.add_perm("hosting.review_requests", reviews_requests)
rules.add_perm("hosting.view_request", rules.is_authenticated & (submitted_it | reviews_requests))
