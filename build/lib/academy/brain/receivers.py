"""Keeps people's search documents in step with what other apps change about them.

Their own services know nothing of the Collective Brain (it depends on them, not they on it), so
the brain listens: a changed profile, a new or removed participant role, a deleted account.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from academy.brain import profiles
from academy.editions.models import Membership, Role
from academy.people.models import User

NOT_INDEXED = {"last_login", "password"}


@receiver(post_save, sender=User, dispatch_uid="brain_person_saved")
def person_saved(sender, instance: User, raw: bool = False, update_fields=None, **kwargs) -> None:
    # Logging in saves the last login time: nothing the index holds.
    if raw or (update_fields and set(update_fields) <= NOT_INDEXED):
        return
    profiles.refresh_person(person=instance)


@receiver(post_delete, sender=User, dispatch_uid="brain_person_deleted")
def person_deleted(sender, instance: User, **kwargs) -> None:
    profiles.forget_person(person_id=instance.pk)


@receiver([post_save, post_delete], sender=Membership, dispatch_uid="brain_membership_changed")
def membership_changed(sender, instance: Membership, raw: bool = False, **kwargs) -> None:
    if not raw and instance.role == Role.PARTICIPANT:
        profiles.refresh_person(person=instance.user)
