"""Messages to the cohort: organisers write, preview, schedule and cancel; everyone reads theirs; anyone with the link
leaves the announcements."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.scoping import across_editions
from academy.messaging import segments, services
from academy.messaging.forms import MessageForm
from academy.messaging.models import Message

PER_PAGE = 100
MESSAGES_PER_PAGE = 50


def _list(request, edition):
    mine = request.GET.get("by") == "me"
    written = services.written(edition=edition, by=request.user if mine else None)
    page = Paginator(written, MESSAGES_PER_PAGE).get_page(request.GET.get("page"))
    with timezone.override(edition.zone if edition is not None else "UTC"):
        return render(
            request,
            "messaging/list.html",
            {"edition": edition, "page": page, "lines": services.sent_lines(page.object_list), "mine": mine},
        )


def _compose(request, edition):
    form = MessageForm(request.POST or None, edition=edition)
    preview = None
    with timezone.override(edition.zone if edition is not None else "UTC"):
        if request.method == "POST" and form.is_valid():
            subject, body = form.texts()
            kind, filters = form.cleaned_data["kind"], form.filters()
            try:
                if request.POST.get("action") == "send":
                    message = services.schedule(
                        edition=edition,
                        by=request.user,
                        kind=kind,
                        filters=filters,
                        subject=subject,
                        body=body,
                        deadline=form.cleaned_data.get("deadline"),
                        send_at=form.cleaned_data.get("send_at"),
                    )
                    messages.success(request, _("The message is scheduled."))
                    return redirect(_message_url(message))
                services.check(
                    edition=edition,
                    kind=kind,
                    filters=filters,
                    subject=subject,
                    body=body,
                    deadline=form.cleaned_data.get("deadline"),
                )
                preview = services.preview(edition=edition, kind=kind, filters=filters)
            except ValidationError as error:
                show_errors(form, error)
        return render(request, "messaging/compose.html", {"edition": edition, "form": form, "preview": preview})


def _message_url(message) -> str:
    if message.edition is None:
        return reverse("messaging:alumni_message", args=[message.pk])
    return reverse("messaging:edition_message", args=[message.edition.number, message.pk])


def _detail(request, message):
    rows = services.recipients_of(message)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    zone = message.edition.zone if message.edition is not None else "UTC"
    with timezone.override(zone):
        return render(
            request,
            "messaging/detail.html",
            {
                "edition": message.edition,
                "message": message,
                "page": page,
                "counts": services.delivery_counts(message),
                "segment": segments.describe(segments.Filters.from_json(message.filters)),
                "texts": [(code, message.subject.get(code, ""), text) for code, text in message.body.items()],
            },
        )


def _cancel(request, message):
    try:
        services.cancel(message=message, by=request.user)
        messages.success(request, _("The message is cancelled: it will not be sent."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_message_url(message))


# An edition's messages, for its organisers ---------------------------------------------------------


@require("messaging.write_to_cohort")
def edition_messages(request):
    return _list(request, request.edition)


@require("messaging.write_to_cohort")
def edition_new(request):
    return _compose(request, request.edition)


def _edition_message(request, pk):
    return get_object_or_404(Message.objects.select_related("edition"), pk=pk, edition=request.edition)


@require("messaging.view_message", obj=_edition_message)
def edition_message(request, pk):
    return _detail(request, _edition_message(request, pk))


@require_POST
@require("messaging.view_message", obj=_edition_message)
def edition_cancel(request, pk):
    return _cancel(request, _edition_message(request, pk))


# Platform staff, to the alumni of every edition ---------------------------------------------------


@across_editions
@require("messaging.write_to_all_alumni")
def alumni_messages(request):
    return _list(request, None)


@across_editions
@require("messaging.write_to_all_alumni")
def alumni_new(request):
    return _compose(request, None)


def _alumni_message(request, pk):
    return get_object_or_404(Message, pk=pk, edition=None)


@across_editions
@require("messaging.view_message", obj=_alumni_message)
def alumni_message(request, pk):
    return _detail(request, _alumni_message(request, pk))


@require_POST
@across_editions
@require("messaging.view_message", obj=_alumni_message)
def alumni_cancel(request, pk):
    return _cancel(request, _alumni_message(request, pk))


# Everyone's own messages --------------------------------------------------------------------------


@login_required
@across_editions
def mine(request):
    page = Paginator(services.sent_to(request.user), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "messaging/mine.html",
        {"page": page, "read": [services.read(row, request.user) for row in page.object_list]},
    )


@login_required
@across_editions
def read(request, pk):
    recipient = services.sent_to(request.user).filter(message_id=pk).first()
    if recipient is None:
        raise Http404
    if not request.user.has_perm("messaging.read_message", recipient):
        raise PermissionDenied
    return render(request, "messaging/read.html", {"read": services.read(recipient, request.user)})


@csrf_exempt  # RFC 8058: mail providers POST "List-Unsubscribe=One-Click" without a session; the token is the proof
def unsubscribe(request, token):
    person = services.person_of_token(token)
    if person is None:
        return render(request, "messaging/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        unsubscribed = not request.POST.get("again")
        if unsubscribed:
            services.unsubscribe(person=person)
        else:
            services.resubscribe(person=person)
    else:
        unsubscribed = services.is_unsubscribed(person)
    return render(
        request,
        "messaging/unsubscribe.html",
        {"token": token, "unsubscribed": unsubscribed, "changed": request.method == "POST"},
    )
