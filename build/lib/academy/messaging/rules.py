"""Who writes to the cohort and who reads what was written. Every permission of the app is decided here."""

import rules

from academy.editions.rules import can_manage_edition
from academy.people.rules import is_platform_staff


@rules.predicate
def manages_its_edition(user, message) -> bool:
    """Manages the message's edition; a message to the alumni of every edition belongs to platform staff."""
    if message is None:
        return False
    if message.edition_id is None:
        return is_platform_staff(user)
    return can_manage_edition(user, message.edition)


@rules.predicate
def is_its_recipient(user, recipient) -> bool:
    return recipient is not None and user.is_authenticated and recipient.person_id == user.pk


# Organisers write to their edition's people; platform staff to theirs and to the alumni of every edition.
rules.add_perm("messaging.write_to_cohort", can_manage_edition)
rules.add_perm("messaging.write_to_all_alumni", is_platform_staff)
rules.add_perm("messaging.view_message", manages_its_edition)
rules.add_perm("messaging.read_message", is_its_recipient)
