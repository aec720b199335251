"""Who issues, revokes and downloads certificates. Verifying one is public."""

import rules

from academy.programme.rules import manages_its_edition, takes_part_in


@rules.predicate
def holds(user, certificate) -> bool:
    """The participant's own certificate, while it is valid (a revoked one is for the record only)."""
    return certificate is not None and certificate.user_id == user.pk and certificate.revoked_at is None


rules.add_perm("certificates.manage_certificates", manages_its_edition)
rules.add_perm("certificates.view_own_certificate", takes_part_in)
rules.add_perm("certificates.download_certificate", holds | manages_its_edition)
