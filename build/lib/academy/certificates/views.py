"""Certificate pages: organisers issue and correct, participants download, anyone verifies."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import condition, require_GET, require_POST, require_safe

from academy.certificates import credentials, services
from academy.certificates.badge import badge_png
from academy.certificates.document import certificate_pdf
from academy.certificates.forms import CodeForm, CredentialForm, IssueForm, SignatoryForm
from academy.certificates.models import Certificate, Signatory, StatusList
from academy.certificates.verification import forms_html, verdict_html
from academy.common import resumable
from academy.common.codes import normalise_code
from academy.common.downloads import attachment
from academy.common.permissions import require
from academy.common.ratelimit import within_limit
from academy.editions.models import Edition, Status
from academy.editions.scoping import across_editions
from academy.learning.services import course_required_for_certificate
from academy.people.models import User

manage = require("certificates.manage_certificates")


@manage
def overview(request):
    edition = request.edition
    certificates = list(
        Certificate.objects.filter(edition=edition)
        .select_related("edition", "replaced_by")
        .order_by("revoked_at", "name")
    )
    run = edition.certificate_runs.first()
    waiting = services.without_certificate(edition)
    return render(
        request,
        "certificates/overview.html",
        {
            "edition": edition,
            "certificates": certificates,
            "valid_count": sum(certificate.is_valid for certificate in certificates),
            "waiting": waiting.qualifying,
            "lacking_course": waiting.lacking_course,
            "run": run,
            "running": run is not None and run.finished_at is None,
            "resuming": run is not None and resumable.is_resuming(run),
            "signatories": edition.signatories.all(),
            "signatory_form": SignatoryForm(),
        },
    )


def refused(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


@manage
@require_POST
def close_and_issue(request):
    edition = request.edition
    if not edition.is_finished and request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm: closing the edition cannot be undone."))
        return redirect("certificates:overview", edition.number)
    try:
        services.close_and_issue(edition=edition, by=request.user)
    except ValidationError as error:
        refused(request, error)
    else:
        messages.success(request, _("The edition is closed; certificates are being issued and sent."))
    return redirect("certificates:overview", edition.number)


@manage
@require_POST
def issue_one(request):
    edition = request.edition
    form = IssueForm(request.POST)
    person = User.objects.filter(pk=form.cleaned_data["person"]).first() if form.is_valid() else None
    if person is None:
        messages.error(request, _("Choose a participant of this edition."))
        return redirect("certificates:overview", edition.number)
    try:
        certificate = services.issue(edition=edition, person=person, by=request.user)
    except ValidationError as error:
        refused(request, error)
    else:
        messages.success(request, _("Certificate issued to %(name)s and sent by e-mail.") % {"name": certificate.name})
    return redirect("certificates:overview", edition.number)


def managed_certificate(request, code: str) -> Certificate:
    edition = request.edition
    return get_object_or_404(Certificate, edition=edition, code=normalise_code(code))


@manage
@require_POST
def revoke(request, code: str):
    certificate = managed_certificate(request, code)
    try:
        services.revoke(certificate=certificate, reason=request.POST.get("reason", ""), by=request.user)
    except ValidationError as error:
        refused(request, error)
    else:
        messages.success(request, _("Certificate %(code)s revoked.") % {"code": certificate.code})
    return redirect("certificates:overview", request.edition.number)


@manage
@require_POST
def reissue(request, code: str):
    certificate = managed_certificate(request, code)
    try:
        replacement = services.reissue(certificate=certificate, by=request.user)
    except ValidationError as error:
        refused(request, error)
    else:
        messages.success(
            request,
            _("Certificate re-issued as %(code)s for %(name)s and sent by e-mail.")
            % {"code": replacement.code, "name": replacement.name},
        )
    return redirect("certificates:overview", request.edition.number)


@manage
def all_certificates(request):
    edition = request.edition
    return attachment(
        services.all_certificates_zip(edition),
        content_type="application/zip",
        filename=f"certificates-edition-{edition.number}.zip",
    )


@manage
@require_POST
def add_signatory(request):
    edition = request.edition
    form = SignatoryForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        services.add_signatory(
            edition=edition,
            name=data["name"],
            position=data["position"],
            organisation=data["organisation"],
            by=request.user,
        )
        messages.success(request, _("Signatory added: certificates issued from now on carry the name."))
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect("certificates:overview", edition.number)


@manage
@require_POST
def remove_signatory(request, pk: int):
    edition = request.edition
    services.remove_signatory(signatory=get_object_or_404(Signatory, edition=edition, pk=pk), by=request.user)
    return redirect("certificates:overview", edition.number)


@require("certificates.view_own_certificate")
def mine(request):
    edition = request.edition
    return render(
        request,
        "certificates/mine.html",
        {
            "edition": edition,
            "certificate": services.valid_certificate(edition, request.user),
            "course_required": course_required_for_certificate(edition),
            "evaluations_awaited": services.evaluations_awaited(edition, request.user),
        },
    )


def downloadable(request, code: str) -> Certificate:
    """The certificate, for its holder (while valid) and the organisers of its edition; 404 for anyone else."""
    certificate = get_object_or_404(Certificate.objects.select_related("edition", "user"), code=normalise_code(code))
    if not request.user.has_perm("certificates.download_certificate", certificate):
        raise Http404
    return certificate


def held_back(request, certificate: Certificate):
    """Back to the certificate page, saying why, when its holder has yet to send the edition's evaluation."""
    if certificate.user_id != request.user.pk or not services.evaluations_awaited(certificate.edition, request.user):
        return None
    messages.error(
        request,
        _("Send the evaluation of the edition first: your certificate can be downloaded as soon as you have."),
    )
    return redirect("certificates:mine", certificate.edition.number)


@across_editions  # a person's own certificate, of any edition
@login_required
def download_pdf(request, code: str):
    certificate = downloadable(request, code)
    if refusal := held_back(request, certificate):
        return refusal
    return attachment(
        certificate_pdf(certificate), content_type="application/pdf", filename=services.file_name(certificate, "pdf")
    )


@across_editions  # a person's own certificate, of any edition
@login_required
def download_credential(request, code: str):
    certificate = downloadable(request, code)
    if refusal := held_back(request, certificate):
        return refusal
    return attachment(
        json.dumps(credentials.envelope(credentials.signed(certificate)), indent=2),
        content_type="application/json",
        filename=services.file_name(certificate, "json"),
    )


def too_many(request):
    return render(request, "certificates/too_many.html", status=429)


def lookups_allowed(request) -> bool:
    return within_limit(request, "verification", limit=settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR)


@across_editions  # a certificate of any edition, found by its code
@never_cache
def verify(request):
    """The public verification page: a code to type (what the certificate prints), or an Open Badge to check."""
    form = CodeForm(request.GET or None)
    if form.is_valid():
        return redirect("certificates:verify_code", form.cleaned_data["code"])
    return render(request, "certificates/verify.html", {"forms": forms_html(form if form.is_bound else None)})


@across_editions  # a certificate of any edition, found by its code
@never_cache
def verify_code(request, code: str):
    """What a certificate says, from our records; a malformed code is answered as an unknown one."""
    if not lookups_allowed(request):
        return too_many(request)
    return render(
        request,
        "certificates/verified.html",
        {"verdict": verdict_html(code), "forms": forms_html()},
    )


@across_editions  # a certificate of any edition, found by its code
@never_cache
@csrf_exempt  # it changes nothing: anyone may ask from anywhere (and the empty forms are the same for everyone)
@require_POST
def check_credential(request):
    if not lookups_allowed(request):
        return too_many(request)
    form = CredentialForm(request.POST, request.FILES)
    verdict = credentials.verify(form.cleaned_data["credential"]) if form.is_valid() else None
    return render(
        request,
        "certificates/credential_checked.html",
        {"verdict": verdict, "forms": forms_html(credential_form=form if verdict is None else None)},
        status=200 if verdict else 400,
    )


@across_editions  # a certificate of any edition, found by its code
def certificate_link(request, code: str):
    """The address in the QR code and the credential: the verification page in the visitor's language."""
    with translation.override(translation.get_language_from_request(request)):
        return redirect(reverse("certificates:verify_code", kwargs={"code": code}))


@require_GET
def openbadges_issuer(request):
    return JsonResponse(credentials.issuer_profile(), content_type="application/ld+json")


@require_GET
def openbadges_keys(request):
    return JsonResponse(credentials.key_set(), content_type="application/jwk-set+json")


def status_list_etag(request, number: str) -> str | None:
    status_list = StatusList.objects.filter(number=int(number)).first()
    return credentials.status_list_version(status_list) if status_list else None


@require_safe
@cache_control(public=True, max_age=300)  # wallets and verifiers check often; a revocation shows within minutes
@condition(etag_func=status_list_etag)  # unchanged since the client's copy: 304, nothing signed
def openbadges_status(request, number: str):
    """The revocation list (W3C Bitstring Status List) as a VC-JWT signed with the credentials' key."""
    status_list = get_object_or_404(StatusList, number=int(number))
    return HttpResponse(credentials.status_list_token(status_list), content_type="application/vc+jwt")


@require_safe
@cache_control(public=True, max_age=86400)
def openbadges_badge(request, number: str):
    """The image of an edition's achievement in the Open Badges (none for a draft, which has no certificates)."""
    editions = Edition.objects.exclude(status=Status.DRAFT).only("number", "start_date")
    edition = get_object_or_404(editions, number=int(number))
    return HttpResponse(badge_png(year=edition.start_date.year, number=edition.number), content_type="image/png")


@across_editions  # a certificate of any edition, found by its code
@csrf_exempt  # a public API without cookies: nothing to forge
@require_POST
def openbadges_verify(request):
    """POST the JSON download or the JWT; answers whether it is valid now (signature, then revocation)."""
    if not lookups_allowed(request):
        return JsonResponse(
            {"valid": False, "message": _("Too many look-ups from your address; try later.")}, status=429
        )
    text = request.body[: CredentialForm.MAX_BYTES].decode("utf-8", errors="replace")
    verdict = credentials.verify(text)
    certificate = verdict.certificate
    answer = {"valid": verdict.valid, "message": verdict.message}
    if certificate is not None:
        answer |= {
            "status": "valid" if certificate.is_valid else "revoked",
            "revoked_at": certificate.revoked_at.isoformat() if certificate.revoked_at else None,
            "replaced_by": credentials.verification_url(certificate.replaced_by) if certificate.replaced_by else None,
            "certificate": credentials.verification_url(certificate),
        }
    return JsonResponse(answer)
