"""Who reads the figures. Every permission of the app is decided here."""

import rules

from academy.editions.rules import can_manage_edition, is_organiser
from academy.people.rules import is_platform_staff


@rules.predicate
def runs_any_edition(user) -> bool:
    return is_platform_staff(user) or is_organiser(user)


# An edition's dashboard and report: its organisers and platform staff.
rules.add_perm("reports.view_edition_figures", can_manage_edition)
# Figures across all editions (counts only, no names): whoever runs an edition.
rules.add_perm("reports.view_all_figures", runs_any_edition)
