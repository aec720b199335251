"""Who reads the outbox: platform staff every e-mail; an edition's organisers the e-mails of their edition (offers,
decisions, certificates), not those of people's accounts (sign-up, password reset)."""

import rules

from academy.editions.models import Edition
from academy.editions.rules import can_manage_edition, is_organiser, managed_editions
from academy.outbox.models import Email
from academy.people.rules import is_platform_staff


@rules.predicate
def manages_its_edition(user, email=None) -> bool:
    """Manages the edition the e-mail concerns; asked without an e-mail, manages any edition."""
    if email is None:
        return is_organiser(user)
    return email.edition_id is not None and can_manage_edition(user, email.edition)


def emails_seen_by(user):
    if is_platform_staff(user):
        return Email.objects.all()
    return Email.objects.filter(edition__in=managed_editions(user, Edition.objects.all()))


can_read_outbox = is_platform_staff | manages_its_edition

rules.add_perm("outbox.view_email", can_read_outbox)
rules.add_perm("outbox.send_email_again", can_read_outbox)
