"""Visa letters: the participant asks and downloads, organisers decide, anyone verifies a code."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from academy.common.downloads import attachment
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.common.ratelimit import within_limit
from academy.editions.scoping import across_editions
from academy.travel import services
from academy.travel.document import letter_pdf
from academy.travel.forms import CodeForm, RefusalForm, VisaLetterForm
from academy.travel.models import LetterStatus, VisaLetter

manage = require("travel.manage_visa_letters")


@require("travel.request_visa_letter")
def mine(request):
    """The participant's request: the form while it is not approved, the letter once it is."""
    edition, person = request.edition, request.user
    letter = services.letter_of(edition, person)
    languages = services.letter_languages(edition)
    eligible = services.in_person_place(edition, person) is not None
    if request.method == "POST":
        form = VisaLetterForm(request.POST, languages=languages)
        if form.is_valid():
            try:
                services.request_letter(edition=edition, person=person, **form.cleaned_data)
            except ValidationError as error:
                show_errors(form, error)
            else:
                messages.success(
                    request, _("Your request is sent; the organisers will tell you when the letter is ready.")
                )
                return redirect("travel:mine", edition.number)
        status = 400
    else:
        initial = {"full_name": person.certificate_name, "language": translation.get_language()}
        if letter is not None:
            initial |= {
                field: getattr(letter, field) for field in ("full_name", "consulate", "language", "passport_number")
            }
            initial |= {field: getattr(letter, field) for field in ("passport_expiry", "date_of_birth")}
            initial["nationality"] = letter.nationality.code
        form = VisaLetterForm(initial=initial, languages=languages)
        status = 200
    return render(
        request,
        "travel/mine.html",
        {"edition": edition, "letter": letter, "form": form, "eligible": eligible},
        status=status,
    )


@manage
def overview(request):
    edition = request.edition
    letters = list(VisaLetter.objects.filter(edition=edition).select_related("person").order_by("status", "full_name"))
    return render(
        request,
        "travel/overview.html",
        {
            "edition": edition,
            "letters": letters,
            "waiting": sum(letter.status == LetterStatus.REQUESTED for letter in letters),
            "refusal_form": RefusalForm(),
        },
    )


def _decision(request, pk: int):
    return get_object_or_404(VisaLetter, edition=request.edition, pk=pk)


@manage
@require_POST
def approve(request, pk: int):
    letter = _decision(request, pk)
    try:
        services.approve(letter=letter, by=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Letter approved for %(name)s.") % {"name": letter.full_name})
    return redirect("travel:overview", request.edition.number)


@manage
@require_POST
def refuse(request, pk: int):
    letter = _decision(request, pk)
    form = RefusalForm(request.POST)
    try:
        services.refuse(letter=letter, by=request.user, reason=form.data.get("reason", "") if form.is_valid() else "")
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Request of %(name)s refused.") % {"name": letter.full_name})
    return redirect("travel:overview", request.edition.number)


@across_editions  # a person's own letter, of any edition
@login_required
def download(request, pk: int):
    letter = get_object_or_404(VisaLetter.objects.select_related("edition", "person"), pk=pk)
    if not request.user.has_perm("travel.view_visa_letter", letter):
        raise Http404
    if not letter.is_approved or letter.passport_data_erased:
        raise Http404
    return attachment(
        letter_pdf(letter),
        content_type="application/pdf",
        filename=f"visa-letter-edition-{letter.edition.number}-{letter.code}.pdf",
    )


def too_many(request):
    return render(request, "travel/too_many.html", status=429)


def lookups_allowed(request) -> bool:
    """The certificates' limit, counted together with theirs: one address, one budget of look-ups."""
    return within_limit(request, "verification", limit=settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR)


@never_cache
def verify(request):
    form = CodeForm(request.GET or None)
    if form.is_valid():
        return redirect("travel:verify_code", form.cleaned_data["code"])
    return render(request, "travel/verify.html", {"form": form if form.is_bound else CodeForm()})


@across_editions  # a letter of any edition, found by its code
@never_cache
def verify_code(request, code: str):
    """Only the name, the edition, its dates and whether the letter is valid: never the passport data."""
    if not lookups_allowed(request):
        return too_many(request)
    letter = services.look_up(code)
    return render(
        request,
        "travel/verified.html",
        {
            "letter": letter,
            "valid": letter is not None and services.is_valid(letter),
            "today": timezone.localdate(),
            "form": CodeForm(),
        },
    )


@across_editions
def letter_link(request, code: str):
    """The address in the QR code: the verification page in the visitor's language."""
    with translation.override(translation.get_language_from_request(request)):
        return redirect(reverse("travel:verify_code", kwargs={"code": code}))
