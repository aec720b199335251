"""The organisers' side of the call: reviews to assign, selection runs, and confirming decisions."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from academy.applications import decisions, services
from academy.applications.models import Application, SelectionRun, Status
from academy.common.permissions import require
from academy.editions.views import visible_edition
from academy.people.models import Constituency

TRIPARTITE = ("government", "employers", "workers")


class SelectionForm(forms.Form):
    seats = forms.IntegerField(label=gettext_lazy("Seats"), min_value=1, max_value=10_000)
    min_global_south_percent = forms.IntegerField(
        label=gettext_lazy("Global South: at least (%)"), min_value=0, max_value=100, required=False
    )
    women_min_percent = forms.IntegerField(
        label=gettext_lazy("Women, among those who stated a gender: at least (%)"),
        min_value=0,
        max_value=100,
        required=False,
    )
    women_max_percent = forms.IntegerField(
        label=gettext_lazy("Women, among those who stated a gender: at most (%)"),
        min_value=0,
        max_value=100,
        required=False,
    )
    max_per_country = forms.IntegerField(label=gettext_lazy("At most per country"), min_value=1, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for group in TRIPARTITE:
            label = Constituency(group).label
            self.fields[f"min_{group}"] = forms.IntegerField(
                label=_("At least from: %(group)s") % {"group": label}, min_value=0, required=False
            )

    def clean(self):
        data = super().clean()
        low, high = data.get("women_min_percent"), data.get("women_max_percent")
        if (low is None) != (high is None):
            raise ValidationError(_("Give both ends of the band for women, or neither."))
        if low is not None and low > high:
            raise ValidationError(_("The lower end of the band cannot be above the upper end."))
        return data

    def parameters(self) -> dict:
        data = self.cleaned_data
        parameters = {"seats": data["seats"], "max_per_country": data.get("max_per_country")}
        if data.get("min_global_south_percent") is not None:
            parameters["min_global_south_share"] = data["min_global_south_percent"] / 100
        if data.get("women_min_percent") is not None:
            parameters["women_share"] = [data["women_min_percent"] / 100, data["women_max_percent"] / 100]
        parameters["constituency_min"] = {g: data[f"min_{g}"] for g in TRIPARTITE if data.get(f"min_{g}")}
        return parameters


def _edition_to_manage(request, number: int, **_ids):
    return visible_edition(request, number)


@require("editions.change_edition", obj=_edition_to_manage)
def selection(request, number: int):
    edition = visible_edition(request, number)
    form = SelectionForm(request.POST or None, initial={"seats": 30, "min_global_south_percent": 60})
    if request.method == "POST" and form.is_valid():
        run = services.run_selection(edition=edition, parameters=form.parameters(), by=request.user)
        return redirect("applications:selection_run", number=number, pk=run.pk)
    counts = {
        "submitted": Application.objects.filter(edition=edition, status=Status.SUBMITTED).count(),
        "reviewed": len(services.scored_applications(edition)),
    }
    runs = SelectionRun.objects.filter(edition=edition).select_related("created_by")[:20]
    return render(
        request, "applications/selection.html", {"edition": edition, "form": form, "runs": runs, "counts": counts}
    )


@require_POST
@require("editions.change_edition", obj=_edition_to_manage)
def assign_reviewers(request, number: int):
    edition = visible_edition(request, number)
    result = services.assign_reviewers(edition=edition, by=request.user)
    count = len(result.pairs)
    messages.success(
        request, ngettext("%(count)s review assigned.", "%(count)s reviews assigned.", count) % {"count": count}
    )
    if short := len(result.short):
        messages.warning(
            request,
            ngettext(
                "%(count)s application could not get all its reviews: too few reviewers without a conflict.",
                "%(count)s applications could not get all their reviews: too few reviewers without a conflict.",
                short,
            )
            % {"count": short},
        )
    return redirect("applications:selection", number=number)


@require("editions.change_edition", obj=_edition_to_manage)
def selection_run(request, number: int, pk: int):
    edition = visible_edition(request, number)
    run = get_object_or_404(SelectionRun, pk=pk, edition=edition)
    pool = list(
        Application.objects.filter(edition=edition, pk__in=services.scored_applications(edition)).select_related(
            "applicant"
        )
    )
    chosen = [a for a in pool if a.pk in set(run.selected)]
    return render(
        request,
        "applications/selection_run.html",
        {
            "edition": edition,
            "run": run,
            "selected": sorted(chosen, key=lambda a: a.applicant.certificate_name),
            "pool_shares": services.shares(pool),
            "selected_shares": services.shares(chosen),
            "budgets": services.budget_use(run),
            "conflicts": [_rule_name(group) for group in run.conflicts],
            "relaxations": [
                {"groups": [_rule_name(g) for g in r["groups"]], "status": r["status"], "count": len(r["selected"])}
                for r in run.relaxations
            ],
        },
    )


@require_POST
@require("editions.change_edition", obj=_edition_to_manage)
def confirm_run(request, number: int, pk: int):
    edition = visible_edition(request, number)
    run = get_object_or_404(SelectionRun, pk=pk, edition=edition)
    try:
        decisions.confirm_run(run=run, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The decisions are made and everyone is told by e-mail."))
    return redirect("applications:selection_run", number=number, pk=pk)


def _rule_name(group: str) -> str:
    """A rule group of the optimiser, in words."""
    kind, _sep, detail = group.partition(":")
    names = {
        "seats": _("Fill every seat"),
        "global_south": _("Share from the Global South"),
        "women_min": _("Lowest share of women"),
        "women_max": _("Highest share of women"),
        "max_per_country": _("Most per country"),
        "must_include": _("People who must be included"),
        "budget": _("Budget of %(source)s") % {"source": detail},
        "constituency_min": _("At least from: %(group)s") % {"group": _constituency(detail)},
        "constituency_max": _("At most from: %(group)s") % {"group": _constituency(detail)},
    }
    return names.get(kind, group)


def _constituency(value: str) -> str:
    return Constituency(value).label if value in Constituency.values else value
