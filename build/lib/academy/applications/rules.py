"""Who may apply, who may see an application, and who runs an edition's call."""

import rules

from academy.editions.rules import can_manage_edition, is_committee_member, is_published


@rules.predicate
def is_applicant(user, application) -> bool:
    return application is not None and user.is_authenticated and application.applicant_id == user.pk


def edition_of(obj):
    """The edition a row of this app belongs to, directly or through its application."""
    if obj is None:
        return None
    return obj.edition if hasattr(obj, "edition") else obj.application.edition


@rules.predicate
def manages_its_edition(user, obj=None) -> bool:
    """Manages the edition of this row; asked without one, manages any edition."""
    return can_manage_edition(user, edition_of(obj))


rules.add_perm("applications.apply", rules.is_authenticated & is_published)
rules.add_perm("applications.review", is_committee_member)
# The selection committee reviews a proposal beside the pool and confirms it, with the organisers.
rules.add_perm("applications.decide_selection", can_manage_edition | is_committee_member)


@rules.predicate
def reviews_it_openly(user, application) -> bool:
    """Assigned to review it, and the call is not blind (a CV names its author)."""
    return (
        application is not None
        and user.is_authenticated
        and not application.edition.call.blind_review
        and application.assignments.filter(reviewer=user).exists()
    )


rules.add_perm("applications.view_application", is_applicant | manages_its_edition)
rules.add_perm("applications.read_documents", is_applicant | manages_its_edition | reviews_it_openly)
# The call, its questions and rubric are set by those who run the edition (inlines get the call).
for model in (
    "call",
    "question",
    "criterion",
    "fundingsource",
    "travelcost",
    "pin",
    "selectionrun",
    "reviewassignment",
    "scholarship",
):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"applications.{action}_{model}", manages_its_edition)
