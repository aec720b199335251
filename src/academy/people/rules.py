"""Who may see and change a person's profile, and who counts as platform staff everywhere."""

import rules


@rules.predicate
def is_platform_staff(user) -> bool:
    return user.is_active and (user.is_staff or user.is_superuser)


@rules.predicate
def is_self(user, person) -> bool:
    return person is not None and user.is_authenticated and user.pk == person.pk


rules.add_perm("people.change_own_profile", rules.is_authenticated)
rules.add_perm("people.view_user", is_self | is_platform_staff)
rules.add_perm("people.change_user", is_self | is_platform_staff)
rules.add_perm("people.add_user", is_platform_staff)
