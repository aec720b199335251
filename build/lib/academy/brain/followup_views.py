"""Pages of the follow-ups: what came of each edition, for anyone to read; alumni and organisers record them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.brain import followups, profiles
from academy.brain.forms import FollowUpForm
from academy.brain.models import FollowUp, FollowUpKind
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.services import participants
from academy.people.models import User


def follow_up_list(request):
    listed = followups.follow_ups().prefetch_related("topics")
    edition, kind = request.GET.get("edition", ""), request.GET.get("kind", "")
    if edition.isdigit():
        listed = listed.filter(edition__number=int(edition))
    if kind in FollowUpKind.values:
        listed = listed.filter(kind=kind)
    return render(request, "brain/follow_ups.html", {"follow_ups": listed[:200], "kinds": FollowUpKind.choices})


def follow_up(request, pk: int):
    item = get_object_or_404(followups.follow_ups().select_related("recorded_by"), pk=pk)
    return render(
        request,
        "brain/follow_up.html",
        {
            "follow_up": item,
            "topics": item.topics.all(),
            "people": profiles.visible_to(request.user, item.people.all()),
            "can_change": request.user.has_perm("brain.change_follow_up", item),
        },
    )


def _edit(request, edition, item: FollowUp | None):
    """The form of a new or an existing follow-up; saved through the service, which checks everything."""
    linkable = [person.pk for person in profiles.visible_to(request.user, participants(edition))]
    # People linked whom this editor may not see stay linked: the form cannot show them to be unticked.
    unseen = [person for person in item.people.all() if person.pk not in linkable] if item else []
    form = FollowUpForm(
        request.POST or None,
        instance=item,
        people=User.objects.filter(pk__in=linkable).order_by("certificate_name"),
        initial={"language": request.LANGUAGE_CODE},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            saved = followups.save_follow_up(
                by=request.user, edition=edition, follow_up=item, topics=list(data.pop("topics")),
                people=[*data.pop("people"), *unseen], countries=list(data.pop("countries")), **data,
            )  # fmt: skip
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("The follow-up is recorded."))
            return redirect(saved)
    return render(request, "brain/follow_up_form.html", {"form": form, "edition": edition, "follow_up": item})


@require("brain.record_follow_up")
def follow_up_new(request):
    return _edit(request, request.edition, None)


def _follow_up(request, pk: int) -> FollowUp:
    return get_object_or_404(FollowUp.objects.select_related("edition"), pk=pk)


@require("brain.change_follow_up", obj=_follow_up)
def follow_up_edit(request, pk: int):
    item = _follow_up(request, pk)
    return _edit(request, item.edition, item)


@require_POST
@require("brain.change_follow_up", obj=_follow_up)
def follow_up_delete(request, pk: int):
    item = _follow_up(request, pk)
    followups.delete_follow_up(follow_up=item, by=request.user)
    messages.success(request, _("The follow-up is deleted."))
    return redirect("brain:follow_ups")
