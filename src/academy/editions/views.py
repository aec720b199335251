from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from academy.common.permissions import require
from academy.editions import services
from academy.editions.forms import CloneForm
from academy.editions.schedule import daily_times


def history(request):
    return render(request, "editions/history.html", {"editions": services.history()})


def detail(request):
    edition = services.with_page_parts(request.edition)
    reader_zone = request.user.time_zone if request.user.is_authenticated else None
    return render(
        request,
        "editions/detail.html",
        {
            "edition": edition,
            "daily_times": daily_times(edition, edition.daily_slots.all(), reader_zone),
            "partners": edition.partnerships.all(),
            "can_manage": request.user.has_perm("editions.change_edition", edition),
            "takes_part": request.user.has_perm("programme.view_timetable", edition),
            "applications_open": edition.applications_are_open(),
        },
    )


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
