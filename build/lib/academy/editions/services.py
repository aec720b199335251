"""Business rules for editions: creating, changing, cloning, and the roles people hold in them."""

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.utils.translation import gettext as _

from academy.audit.services import log_action
from academy.editions.models import (
    LAST_POSSIBLE_DAY,
    DailySlot,
    Edition,
    EditionPartner,
    FaqEntry,
    KeyFeature,
    LearningOutcome,
    Membership,
    Role,
    Status,
    SubTopic,
)
from academy.people.models import User

# The ordered parts that make up an edition's structure, copied by clone_edition.
STRUCTURE_PARTS = (KeyFeature, SubTopic, LearningOutcome, DailySlot, FaqEntry)
# Everything an edition is, but not who runs it or takes part, nor what happened in it.
STRUCTURE_FIELDS = (
    "title",
    "theme",
    "summary",
    "background",
    "audience",
    "why_join",
    "programme_outline",
    "learning_modality",
    "interpretation",
    "costs",
    "how_to_apply",
    "time_zone",
    "host_city",
    "host_country",
    "modality",
    "main_language",
    "languages",
    "daily_commitment_hours",
    "attendance_threshold_percent",
    "attendance_rule",
    "session_counts_at_percent",
    "electives_to_rank",
    "evaluation_before_certificate",
)


# The long translated texts only the edition's own page shows: a page that reads an edition for its title or
# dates defers them (each translated field read is a JSON document decoded).
PAGE_TEXTS = (
    "summary",
    "background",
    "audience",
    "why_join",
    "programme_outline",
    "learning_modality",
    "interpretation",
    "costs",
    "how_to_apply",
)


def history() -> QuerySet[Edition]:
    """The published editions, oldest first, with what the history table shows (and no other field: each
    translated field read is a JSON document decoded per edition)."""
    shown = ("number", "start_date", "host_city", "host_country", "theme", "modality", "is_demo", "main_language")
    return Edition.objects.exclude(status=Status.DRAFT).order_by("number").only(*shown, "status", "time_zone")


def participants(edition: Edition) -> QuerySet:
    """The people who take part in the edition: the query form of `rules.is_participant`."""
    return User.objects.filter(memberships__edition=edition, memberships__role=Role.PARTICIPANT).distinct()


def with_page_parts(edition: Edition) -> Edition:
    """The edition with every part its public page shows, loaded in a fixed number of queries."""
    prefetch_related_objects(
        [edition],
        "key_features",
        "sub_topics",
        "learning_outcomes",
        "daily_slots",
        "faq_entries",
        Prefetch("partnerships", queryset=EditionPartner.objects.select_related("organisation")),
    )
    return edition


@transaction.atomic
def save_edition(*, edition: Edition, by) -> Edition:
    """Validate and save an edition (new or changed); a bad one raises ValidationError and writes nothing."""
    created = edition.pk is None
    edition.full_clean()
    edition.save()
    log_action(
        actor=by,
        action="edition.created" if created else "edition.changed",
        obj=edition,
        edition=edition,
    )
    return edition


@transaction.atomic
def clone_edition(*, source: Edition, number: int, start_date: date, by) -> Edition:
    """A new draft edition with the source's structure (texts, parts, partners), none of its people.

    Dates keep the source's length; the application window is left for the organisers to set.
    The person who clones becomes an organiser of the new edition.
    """
    length = source.end_date - source.start_date
    if start_date > LAST_POSSIBLE_DAY - length:
        raise ValidationError(
            {"start_date": _("The new edition would end after %(year)s.") % {"year": LAST_POSSIBLE_DAY.year}}
        )
    clone = Edition(
        number=number,
        start_date=start_date,
        end_date=start_date + length,
        status=Status.DRAFT,
        **{field: getattr(source, field) for field in STRUCTURE_FIELDS},
    )
    clone.full_clean()
    clone.save()
    for part_model in STRUCTURE_PARTS:
        parts = list(part_model.objects.filter(edition=source))
        for part in parts:
            part.pk = None
            part.edition = clone
        part_model.objects.bulk_create(parts)
    EditionPartner.objects.bulk_create(
        EditionPartner(edition=clone, organisation_id=partner.organisation_id, role=partner.role)
        for partner in source.partnerships.all()
    )
    if by is not None and by.is_authenticated:
        Membership.objects.create(edition=clone, user=by, role=Role.ORGANISER)
    log_action(
        actor=by,
        action="edition.cloned",
        obj=clone,
        edition=clone,
        data={"source": source.number},
    )
    return clone


def next_edition_number() -> int:
    last = Edition.objects.order_by("-number").values_list("number", flat=True).first()
    return (last or 0) + 1


def suggested_clone_start(source: Edition) -> date:
    return source.start_date + timedelta(days=365)


@transaction.atomic
def grant_role(*, edition: Edition, user, role: str, organisation=None, by) -> Membership:
    """Give a person a role in an edition (idempotent); committee members name the partner they represent."""
    membership = Membership(edition=edition, user=user, role=role, organisation=organisation)
    membership.full_clean(validate_unique=False, validate_constraints=False)
    membership, created = Membership.objects.update_or_create(
        edition=edition, user=user, role=role, defaults={"organisation": organisation}
    )
    if created:
        log_action(
            actor=by,
            action="role.granted",
            obj=membership,
            edition=edition,
            data={"role": role},
        )
    return membership


@transaction.atomic
def revoke_role(*, membership: Membership, by) -> None:
    log_action(
        actor=by,
        action="role.revoked",
        obj=membership,
        edition=membership.edition,
        data={"role": membership.role, "user": membership.user_id},
    )
    membership.delete()
