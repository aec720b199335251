from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.applications import decisions, services
from academy.applications.forms import ApplicationForm, ReviewForm
from academy.applications.models import Application, ReviewAssignment
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.scoping import across_editions


@require("applications.apply")
def apply(request):
    edition = request.edition
    call = services.call_for(edition)
    application = Application.objects.filter(edition=edition, applicant=request.user).first()
    form = ApplicationForm(
        request.POST or None,
        request.FILES or None,
        instance=application or Application(edition=edition, applicant=request.user),
        call=call,
        language=get_language(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.save_draft(edition=edition, applicant=request.user, **form.changes())
            if "submit" in request.POST:
                services.submit(application=saved)
        except ValidationError as error:
            show_errors(form, error)
        else:
            if request.headers.get("X-Autosave"):
                return HttpResponse(status=204)
            if "submit" in request.POST:
                messages.success(request, _("Your application is submitted. We sent you a confirmation by e-mail."))
                return redirect("applications:mine")
            messages.success(request, _("Your draft is saved. You can come back and change it until the deadline."))
            return redirect("applications:apply", edition=request.edition.number)
    if request.headers.get("X-Autosave"):
        return HttpResponse(status=400)
    return render(
        request,
        "applications/apply.html",
        {
            "edition": edition,
            "call": call,
            "form": form,
            "application": application,
            "open": edition.applications_are_open(),
        },
    )


@across_editions  # a person's own applications, in every edition
@require("people.change_own_profile")
def mine(request):
    applications = (
        Application.objects.filter(applicant=request.user)
        .select_related("edition__call", "scholarship")
        .order_by("-edition__number")
    )
    return render(request, "applications/mine.html", {"applications": applications})


@across_editions  # a person's own applications, in every edition
@require_POST
@require("people.change_own_profile")
def respond(request, pk: int):
    application = get_object_or_404(Application, pk=pk, applicant=request.user)
    accept = request.POST.get("answer") == "accept"
    try:
        decisions.respond(application=application, accept=accept)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you: see you at the Academy!") if accept else _("Thank you for telling us."))
    return redirect("applications:mine")


@across_editions  # a person's own applications, in every edition
@require_POST
@require("people.change_own_profile")
def withdraw(request, pk: int):
    application = get_object_or_404(Application, pk=pk, applicant=request.user)
    try:
        decisions.withdraw(application=application)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your application is withdrawn."))
    return redirect("applications:mine")


@across_editions  # a committee member's reviews, in every edition
@require("people.change_own_profile")
def my_reviews(request):
    reviews = (
        ReviewAssignment.objects.filter(reviewer=request.user)
        .select_related("application__edition__call", "application__applicant")
        .order_by("-application__edition__number", "reviewed_at", "pk")
    )
    return render(request, "applications/my_reviews.html", {"reviews": reviews})


@across_editions  # a committee member's reviews, in every edition
@require("people.change_own_profile")
def review(request, pk: int):
    # Only the reviewer it is assigned to may open a review: anyone else gets 404.
    assigned = get_object_or_404(
        ReviewAssignment.objects.select_related("application__edition", "application__applicant"),
        pk=pk,
        reviewer=request.user,
    )
    edition = assigned.application.edition
    call = services.call_for(edition)
    form = ReviewForm(
        request.POST or None,
        criteria=call.criteria.all(),
        language=get_language(),
        fallback=edition.main_language,
        initial_scores=assigned.scores,
        initial={"comment": assigned.comment},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save_review(review=assigned, scores=form.scores(), comment=form.cleaned_data["comment"])
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("Your review is saved. You can change it until the review deadline."))
            return redirect("applications:my_reviews")
    return render(
        request,
        "applications/review.html",
        {"review": assigned, "application": assigned.application, "call": call, "edition": edition, "form": form},
    )


def documents_of(request, pk: int, **_kwargs):
    return get_object_or_404(Application.objects.select_related("edition__call"), pk=pk)


@across_editions  # an application's documents, found by the application
@require("applications.read_documents", obj=documents_of)
def document(request, pk: int, kind: str):
    """An applicant's CV or letter, only for them, their open reviewers and the edition's organisers."""
    application = documents_of(request, pk)
    upload = {"cv": application.cv, "letter": application.support_letter}.get(kind)
    if not upload:
        raise Http404
    return FileResponse(upload.open("rb"), content_type="application/pdf", filename=f"{kind}-{application.pk}.pdf")
