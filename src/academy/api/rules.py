"""Who may hold API tokens and what a token reads. Every permission of the app is decided here."""

import rules

from academy.editions.rules import is_organiser

# Organisers of any edition hold personal tokens; a token reads an edition while its owner organises it.
rules.add_perm("api.hold_tokens", is_organiser)
rules.add_perm("api.read_edition", is_organiser)
