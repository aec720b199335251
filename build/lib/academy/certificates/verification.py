"""What the public verification page says of a code, kept in the cache until a certificate or an edition changes.

Embassies, employers and the holders' own contacts check codes one at a time, and a published list of
participants makes a burst: each look-up would read the certificate with its edition (dozens of translated
fields) and render the facts. Revoking, reissuing or correcting a certificate, or saving an edition, shows on
the next look-up on every server (`common.freshness`).
"""

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from academy.certificates import credentials
from academy.certificates.models import Certificate
from academy.common import freshness
from academy.common.codes import normalise_code
from academy.editions.topics import EDITIONS

VERIFICATIONS = "certificate-verifications"  # the freshness topic; update() callers announce it (`services.reissue`)
freshness.depends(VERIFICATIONS, Certificate)

# Anyone can type any code: the answers for codes that are no certificate are kept this long at most.
KEPT_FOR = 3600


def forms_html(form=None, credential_form=None) -> SafeString:
    """The look-up forms; empty, they are the same for every visitor in a language (the Open Badge check takes no
    CSRF token: `views.check_credential`), so they are made once per release and language and kept."""
    from academy.certificates.forms import CodeForm, CredentialForm

    def make(form=None, credential_form=None) -> str:
        return render_to_string(
            "certificates/_verify_forms.html",
            {"form": form or CodeForm(), "credential_form": credential_form or CredentialForm()},
        )

    if form or credential_form:
        return mark_safe(make(form, credential_form))  # noqa: S308 (rendered by our own template, escaped there)
    return mark_safe(freshness.cached("verify-forms", [], make, vary_on=(get_language(),)))  # noqa: S308


def verdict_html(code: str) -> SafeString:
    """Valid, revoked (and by what replaced) or unknown, with the certificate's facts."""

    def make() -> str:
        return render_to_string("certificates/_verdict.html", {"certificate": credentials.look_up(code)})

    html = freshness.cached(
        "verdict",
        [(VERIFICATIONS, None), (EDITIONS, None)],
        make,
        vary_on=(normalise_code(code), get_language()),
        kept_for=KEPT_FOR,
    )
    return mark_safe(html)  # noqa: S308 (rendered by our own template, escaped there)
