"""Who may see and change the programme, rank electives and run the allocation."""

import rules
from django.db.models import Q
from django_scopes import scopes_disabled

from academy.editions.models import Edition, Status
from academy.editions.rules import can_manage_edition, is_organiser, is_participant, managed_editions
from academy.people.rules import is_platform_staff
from academy.programme.models import JOINABLE, Speaker


def edition_of(obj):
    """The edition of a programme row: itself, or through its session, elective or round.

    Speakers belong to no edition (their own predicates below): None, which the predicates read as "any edition"."""
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
    return session is not None and session.published and session.edition.status != Status.DRAFT


@rules.predicate
def is_joinable_session(user, session) -> bool:
    """A study visit, marketplace or networking session: one that participants sign up for."""
    return session is not None and session.kind in JOINABLE


def speakers_managed_by(user):
    """The speaker profiles this person may change: every one for staff; for an organiser, those who speak at an
    edition they manage and those not yet in any session (someone has just added them)."""
    speakers = Speaker.objects.all()
    if is_platform_staff(user):
        return speakers
    if not is_organiser(user):
        return speakers.none()
    managed = managed_editions(user, Edition.objects.all())
    return speakers.filter(Q(sessions__edition__in=managed) | Q(sessions=None)).distinct()


PUBLIC_SPEAKER = Q(sessions__published=True) & ~Q(sessions__edition__status=Status.DRAFT)


def speakers_seen_by(user):
    """The speakers the back-office lists to this person: those they may change, and every speaker with a public
    page, so that an organiser links someone who spoke at another edition instead of adding them twice."""
    if is_platform_staff(user):
        return Speaker.objects.all()
    return Speaker.objects.filter(Q(pk__in=speakers_managed_by(user).values("pk")) | PUBLIC_SPEAKER).distinct()


@rules.predicate
def organises_any_edition(user) -> bool:
    return is_organiser(user)


@rules.predicate
def has_public_page(user, speaker=None) -> bool:
    return speaker is not None and Speaker.objects.filter(PUBLIC_SPEAKER, pk=speaker.pk).exists()


@rules.predicate
def speaks_at_a_managed_edition(user, speaker=None) -> bool:
    """Speaks at an edition this person manages, or at none yet; asked without a speaker, manages any edition.

    A speaker's profile is shared by every edition they speak at, so the organisers of each of those editions
    may correct it, and nobody else."""
    if speaker is None:
        return is_organiser(user)
    return speakers_managed_by(user).filter(pk=speaker.pk).exists()


@rules.predicate
def speaks_only_at_managed_editions(user, speaker=None) -> bool:
    """Deleting a speaker takes them out of every session: only when all of them are in editions this person manages."""
    if speaker is None:
        return is_organiser(user)
    managed = managed_editions(user, Edition.objects.all())
    with scopes_disabled():  # the sessions of every edition count, whatever the page's scope
        return not speaker.sessions.exclude(edition__in=managed).exists()


rules.add_perm("programme.see_session", is_published_session | manages_its_edition)
rules.add_perm("programme.manage_programme", manages_its_edition)
rules.add_perm("programme.rank_electives", takes_part_in)
rules.add_perm("programme.view_timetable", takes_part_in)
rules.add_perm("programme.join_session", is_joinable_session & takes_part_in)
for model in ("session", "elective", "allocationround", "material", "sessionspeaker"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"programme.{action}_{model}", manages_its_edition)
rules.add_perm("programme.add_speaker", is_platform_staff | organises_any_edition)
rules.add_perm(
    "programme.view_speaker",
    is_platform_staff | (organises_any_edition & has_public_page) | speaks_at_a_managed_edition,
)
rules.add_perm("programme.change_speaker", is_platform_staff | speaks_at_a_managed_edition)
rules.add_perm(
    "programme.delete_speaker", is_platform_staff | (speaks_at_a_managed_edition & speaks_only_at_managed_editions)
)
# Linking a profile to an account means choosing among everyone's accounts.
rules.add_perm("programme.link_speaker_account", is_platform_staff)
