"""Who may import and correct attendance, and who sees whose participation."""

import rules

from academy.programme.rules import manages_its_edition, takes_part_in

rules.add_perm("attendance.manage_attendance", manages_its_edition)
rules.add_perm("attendance.view_own_attendance", takes_part_in)
