"""Alumni profiles: who shows what to whom, and the person's document in the search index."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from academy.brain.models import DocumentKind, Network, NetworkMembership, Profile, ProfileField, Topic, Visibility
from academy.brain.rules import clearance, is_community_member
from academy.brain.search import index
from academy.brain.search.documents import person_document
from academy.editions.models import Role


def profile_of(person) -> Profile:
    profile, _created = Profile.objects.get_or_create(person=person)
    return profile


def visible_to(viewer, people) -> list:
    """Those of `people` whose profile the viewer may see (a person without a profile yet has the default)."""
    level = clearance(viewer)
    return [
        person
        for person in people.select_related("brain_profile")
        if person.pk == viewer.pk
        or level >= getattr(getattr(person, "brain_profile", None), "visibility", Profile.visibility.field.default)
    ]


def editions_attended(person) -> list[int]:
    return sorted(person.memberships.filter(role=Role.PARTICIPANT).values_list("edition__number", flat=True).distinct())


def refresh_person(*, person) -> None:
    """Index the person as their profile shows them, or take them out if they are not an alumnus."""
    if not is_community_member(person):
        forget_person(person_id=person.pk)
        return
    index.store([person_document(profile_of(person), editions_attended(person))])


def forget_person(*, person_id: int) -> None:
    index.remove(DocumentKind.PERSON, [person_id])


def save_profile(
    *,
    person,
    visibility: int,
    shown_fields: list[str],
    bio: str,
    expertise: list[Topic],
    networks: list[Network],
    accepts_messages: bool,
) -> Profile:
    if not is_community_member(person):
        raise ValidationError(_("Only people who took part in an edition have an alumni profile."))
    profile = profile_of(person)
    profile.visibility = Visibility(visibility)
    profile.shown_fields = [field for field in ProfileField.values if field in shown_fields]
    profile.bio = bio.strip()
    profile.accepts_messages = accepts_messages
    profile.full_clean()
    with transaction.atomic():
        profile.save()
        profile.expertise.set(expertise)
        NetworkMembership.objects.filter(person=person).exclude(network__in=networks).delete()
        for network in networks:
            NetworkMembership.objects.get_or_create(person=person, network=network)
        refresh_person(person=person)
    return profile
