"""Who may see and change a person's profile, and who counts as platform staff everywhere."""

import rules
from django.db.models import Q, QuerySet

from academy.people.models import User


@rules.predicate
def is_platform_staff(user) -> bool:
    return user.is_active and (user.is_staff or user.is_superuser)


def platform_staff() -> QuerySet:
    """Everyone who counts as platform staff: the query form of `is_platform_staff`."""
    return User.objects.filter(Q(is_staff=True) | Q(is_superuser=True), is_active=True)


@rules.predicate
def is_self(user, person) -> bool:
    return person is not None and user.is_authenticated and user.pk == person.pk


rules.add_perm("people.change_own_profile", rules.is_authenticated)
rules.add_perm("people.view_user", is_self | is_platform_staff)
rules.add_perm("people.change_user", is_self | is_platform_staff)
rules.add_perm("people.add_user", is_platform_staff)
