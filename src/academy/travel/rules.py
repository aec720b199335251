"""Who asks for a visa letter, who decides, who reads the passport data. Verifying a letter is public."""

import rules

from academy.programme.rules import manages_its_edition, takes_part_in


@rules.predicate
def is_its_person(user, letter) -> bool:
    return letter is not None and letter.person_id == user.pk


rules.add_perm("travel.request_visa_letter", takes_part_in)
rules.add_perm("travel.manage_visa_letters", manages_its_edition)
# The letter and the passport data in it: the person and the organisers of its edition, nobody else.
rules.add_perm("travel.view_visa_letter", is_its_person | manages_its_edition)
