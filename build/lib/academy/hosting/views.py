"""Hosting requests: a constituent proposes, organisers review and make a draft edition of an accepted one."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.hosting import services
from academy.hosting.forms import DecisionForm, HostingRequestForm
from academy.hosting.models import HostingRequest, RequestStatus


@require("hosting.propose")
def propose(request):
    form = HostingRequestForm(request.POST or None, initial={"contact_email": request.user.email})
    if request.method == "POST" and form.is_valid():
        try:
            proposal = services.submit_request(by=request.user, **form.cleaned_data)
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("Thank you: your proposal is with the organisers, who will be in touch."))
            return redirect(proposal)
    return render(request, "hosting/propose.html", {"form": form})


@require("hosting.propose")
def mine(request):
    return render(request, "hosting/mine.html", {"requests": HostingRequest.objects.filter(submitted_by=request.user)})


@require("hosting.review_requests")
def requests(request):
    listed = HostingRequest.objects.select_related("edition")
    status = request.GET.get("status", "")
    if status in RequestStatus.values:
        listed = listed.filter(status=status)
    return render(request, "hosting/requests.html", {"requests": listed, "statuses": RequestStatus.choices})


def _request(request, pk: int) -> HostingRequest:
    return get_object_or_404(HostingRequest.objects.select_related("edition", "submitted_by"), pk=pk)


@require("hosting.view_request", obj=_request)
def detail(request, pk: int):
    proposal = _request(request, pk)
    reviewer = request.user.has_perm("hosting.review_requests")
    form = None
    if reviewer:
        form = DecisionForm(request.POST or None, initial={"status": proposal.status, "notes": proposal.notes})
        if request.method == "POST" and form.is_valid():
            try:
                services.decide(request=proposal, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                show_errors(form, error)
            else:
                messages.success(request, _("The request is updated."))
                return redirect(proposal)
    return render(request, "hosting/request.html", {"proposal": proposal, "form": form, "reviewer": reviewer})


@require_POST
@require("hosting.review_requests")
def make_edition(request, pk: int):
    proposal = _request(request, pk)
    try:
        edition = services.make_draft_edition(request=proposal, by=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(proposal)
    messages.success(request, _("A draft edition is ready: complete it in the back-office before announcing it."))
    return redirect(edition)
