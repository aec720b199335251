"""Hosting requests: proposed by a constituent, reviewed by the organisers, turned into a draft edition."""

from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from academy.audit.services import log_action
from academy.common.mail import mail_person
from academy.editions import services as editions
from academy.editions.models import Edition, Role, Status
from academy.hosting.models import HostingRequest, RequestStatus
from academy.people.models import User
from academy.people.regions import principal_time_zone

PROPOSED_FIELDS = (
    "organisation", "kind", "country", "city", "proposed_start", "proposed_end", "modality", "themes",
    "co_financing", "contact_name", "contact_email", "contact_phone",
)  # fmt: skip


@transaction.atomic
def submit_request(*, by: User, now: datetime | None = None, **fields) -> HostingRequest:
    """A new proposal to host an edition; the dates must lie ahead, the country must be a known one."""
    now = now or timezone.now()
    request = HostingRequest(submitted_by=by, submitted_at=now, **{name: fields[name] for name in PROPOSED_FIELDS})
    errors = {}
    if request.proposed_start and request.proposed_start <= timezone.localdate(now):
        errors["proposed_start"] = _("Propose dates in the future.")
    if request.proposed_start and request.proposed_end and request.proposed_end < request.proposed_start:
        errors["proposed_end"] = _("The last day cannot be before the first day.")
    try:
        request.full_clean(validate_constraints=False)
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)
    request.save()
    log_action(actor=by, action="hosting.submitted", obj=request)
    return request


@transaction.atomic
def decide(
    *, request: HostingRequest, status: str, notes: str, by: User, now: datetime | None = None
) -> HostingRequest:
    """Move a proposal on (under discussion, accepted, declined); the proposer is told in their language."""
    request = HostingRequest.objects.select_for_update().get(pk=request.pk)
    if status not in RequestStatus.values or status == RequestStatus.SUBMITTED:
        raise ValidationError({"status": _("Choose under discussion, accepted or declined.")})
    if request.edition_id and status != RequestStatus.ACCEPTED:
        raise ValidationError(_("A draft edition was made from this request: it stays accepted."))
    changed = status != request.status
    request.status, request.notes = status, notes.strip()
    request.decided_at = now or timezone.now() if status in (RequestStatus.ACCEPTED, RequestStatus.DECLINED) else None
    request.save(update_fields=["status", "notes", "decided_at"])
    log_action(actor=by, action=f"hosting.{status}", obj=request, reason=request.notes)
    if changed and request.submitted_by is not None:
        mail_person(request.submitted_by, "hosting/email/status", {"request": request, "site_url": settings.SITE_URL})
    return request


def in_every_language(text: str, **values) -> dict[str, str]:
    """A translatable text in each of the platform's languages, as translatable fields keep it."""
    result = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            result[code] = _(text) % values
    return result


@transaction.atomic
def make_draft_edition(*, request: HostingRequest, by: User) -> Edition:
    """An accepted proposal as a draft edition: host, dates, modality and themes filled in, the reviewer its organiser."""
    request = HostingRequest.objects.select_for_update().get(pk=request.pk)
    if request.status != RequestStatus.ACCEPTED:
        raise ValidationError(_("Accept the request before making an edition of it."))
    if request.edition_id:
        raise ValidationError(_("An edition was made from this request already."))
    edition = Edition(
        number=editions.next_edition_number(),
        title=in_every_language(gettext_noop("Academy on Social and Solidarity Economy, %(city)s"), city=request.city),
        theme={"en": request.themes[:400]},
        start_date=request.proposed_start,
        end_date=request.proposed_end,
        time_zone=principal_time_zone(request.country.code),
        host_city={"en": request.city},
        host_country=request.country,
        modality=request.modality,
        status=Status.DRAFT,
    )
    editions.save_edition(edition=edition, by=by)
    editions.grant_role(edition=edition, user=by, role=Role.ORGANISER, by=by)
    request.edition = edition
    request.save(update_fields=["edition"])
    log_action(actor=by, action="hosting.made_edition", obj=request, edition=edition)
    return edition
