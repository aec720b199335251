from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from academy.common.permissions import require
from academy.editions import page, services
from academy.editions.forms import CloneForm


def history(request):
    return render(request, "editions/history.html", {"table": page.history_html()})


def detail(request):
    edition, user = request.edition, request.user
    reader = page.Reader(
        zone=(user.time_zone if user.is_authenticated else "") or "",
        signed_in=user.is_authenticated,
        can_manage=user.has_perm("editions.change_edition", edition),
        takes_part=user.has_perm("programme.view_timetable", edition),
        can_record_follow_up=user.has_perm("brain.record_follow_up", edition),
    )
    return render(request, "editions/detail.html", {"edition": edition, "article": page.detail_html(edition, reader)})


@require("editions.clone_edition")
def clone(request):
    source = request.edition
    initial = {
        "number": services.next_edition_number(),
        "start_date": services.suggested_clone_start(source),
    }
    form = CloneForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            new = services.clone_edition(source=source, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The new edition is a draft: set its dates and application window."),
            )
            return redirect(new)
    return render(request, "editions/clone.html", {"source": source, "form": form})
