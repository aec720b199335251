"""Audit records are read by platform staff; nobody edits them."""

import rules

from academy.people.rules import is_platform_staff

rules.add_perm("audit.view_actionlog", is_platform_staff)
