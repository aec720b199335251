"""Pages of the community of practice: the discussions, a discussion with its replies, moderation."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.brain import community
from academy.brain.forms import ReplyForm, ThreadForm
from academy.brain.models import Reply, Thread
from academy.common.forms import show_errors
from academy.common.permissions import require


@require("brain.view_community")
def threads(request):
    listed = community.visible_threads(request.user)
    topic, edition = request.GET.get("topic", ""), request.GET.get("edition", "")
    if topic.isdigit():
        listed = listed.filter(topics=int(topic))
    if edition.isdigit():
        listed = listed.filter(edition__number=int(edition))
    return render(request, "brain/threads.html", {"threads": listed[:100]})


@require("brain.take_part")
def thread_new(request):
    form = ThreadForm(request.POST or None, person=request.user, initial={"language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            thread = community.start_thread(author=request.user, title=data["title"], body=data["body"],
                                            language=data["language"], topics=list(data["topics"]),
                                            edition=data["edition"], now=timezone.now())  # fmt: skip
        except ValidationError as error:
            show_errors(form, error)
        else:
            return redirect(thread)
    return render(request, "brain/thread_form.html", {"form": form})


@require("brain.view_community")
def thread(request, pk: int):
    item = get_object_or_404(community.visible_threads(request.user), pk=pk)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and request.user.has_perm("brain.take_part") and form.is_valid():
        try:
            community.reply(thread=item, author=request.user, body=form.cleaned_data["body"], now=timezone.now())
        except ValidationError as error:
            show_errors(form, error)
        else:
            return redirect(item)
    return render(
        request,
        "brain/thread.html",
        {
            "thread": item,
            "replies": community.visible_replies(item, request.user),
            "form": form,
            "following": item.follows.filter(person=request.user).exists(),
        },
    )


@require_POST
@require("brain.take_part")
def thread_follow(request, pk: int):
    item = get_object_or_404(Thread, pk=pk, hidden_at=None)
    if request.POST.get("stop"):
        community.unfollow(thread=item, person=request.user)
    else:
        community.follow(thread=item, person=request.user, now=timezone.now())
    return redirect(item)


@require_POST
@require("brain.take_part")
def thread_report(request, pk: int):
    item = get_object_or_404(Thread, pk=pk, hidden_at=None)
    answer = Reply.objects.filter(thread=item, pk=request.POST.get("reply") or 0).first()
    try:
        community.report(reporter=request.user, reason=request.POST.get("reason", ""), thread=item, answer=answer)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("Thank you: the organisers will look at your report."))
    return redirect(item)


@require_POST
@require("brain.moderate")
def thread_moderate(request, pk: int):
    item = get_object_or_404(Thread, pk=pk)
    answer = Reply.objects.filter(thread=item, pk=request.POST.get("reply") or 0).first()
    try:
        community.moderate(by=request.user, now=timezone.now(), thread=item, answer=answer,
                           action=request.POST.get("action", ""))  # fmt: skip
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect(item)
