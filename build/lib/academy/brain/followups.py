"""What came of an edition, recorded by its organisers and its alumni; public, searchable, counted in the reports."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from academy.brain.models import DocumentKind, FollowUp, Topic
from academy.brain.rules import is_community_member
from academy.brain.search import index
from academy.brain.search.documents import follow_up_document
from academy.editions.models import Edition, Status
from academy.people.models import User


def may_record(person: User, edition: Edition) -> bool:
    return person.has_perm("brain.record_follow_up", edition)


@transaction.atomic
def save_follow_up(
    *,
    by: User,
    edition: Edition,
    kind: str,
    title: str,
    description: str,
    language: str,
    countries: list[str],
    partners: str,
    started_on: date,
    ended_on: date | None,
    sdg_targets: list[str],
    topics: list[Topic],
    people: list[User],
    link: str = "",
    follow_up: FollowUp | None = None,
) -> FollowUp:
    """Record or correct a follow-up; refused as a whole (nothing written) when any part is wrong."""
    if follow_up is not None and not by.has_perm("brain.change_follow_up", follow_up):
        raise ValidationError(_("Only whoever recorded it and the organisers of its edition can change it."))
    if not edition.is_published:
        raise ValidationError({"edition": _("Follow-ups are recorded for editions that have been announced.")})
    if not may_record(by, edition):
        raise ValidationError({"edition": _("Choose an edition you took part in or organise.")}, code="not_of_edition")
    if not countries:
        raise ValidationError({"countries": _("Say in which country or countries it happens.")})
    if ended_on and ended_on < started_on:
        raise ValidationError({"ended_on": _("It cannot end before it started.")})
    if any(not is_community_member(person) for person in people):
        raise ValidationError({"people": _("Link only people who took part in an edition.")})
    follow_up = follow_up or FollowUp(recorded_by=by)
    fields = {
        "edition": edition, "kind": kind, "title": title.strip(), "description": description.strip(),
        "language": language, "countries": countries, "partners": partners.strip(), "started_on": started_on,
        "ended_on": ended_on, "sdg_targets": sdg_targets, "link": link,
    }  # fmt: skip
    for name, value in fields.items():
        setattr(follow_up, name, value)
    follow_up.full_clean()
    follow_up.save()
    follow_up.topics.set(topics)
    follow_up.people.set(people)
    index.store([follow_up_document(follow_up)])
    return follow_up


@transaction.atomic
def delete_follow_up(*, follow_up: FollowUp, by: User) -> None:
    if not by.has_perm("brain.change_follow_up", follow_up):
        raise ValidationError(_("Only whoever recorded it and the organisers of its edition can change it."))
    index.remove(DocumentKind.FOLLOW_UP, [follow_up.pk])
    follow_up.delete()


def follow_ups(edition: Edition | None = None):
    """What came of the editions (of one, when given), newest first; never of a draft edition."""
    found = (
        FollowUp.objects.exclude(edition__status=Status.DRAFT).select_related("edition").order_by("-started_on", "-pk")
    )
    return found.filter(edition=edition) if edition is not None else found
