"""The organisers' side of the call: reviews to assign, selection runs, and confirming decisions."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_countries import countries

from academy.applications import decisions, finance, services
from academy.applications.models import Application, Attendance, SelectionRun, Status
from academy.audit.models import ActionLog
from academy.common import spreadsheets
from academy.common.forms import show_errors
from academy.common.permissions import require
from academy.editions.models import Modality
from academy.people.models import Constituency, Gender
from academy.people.regions import REGION_NAMES, countries_in_global_south, countries_in_region

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
    room_seats = forms.IntegerField(
        label=gettext_lazy("Seats in the room: at most in person"),
        help_text=gettext_lazy("Hybrid and in-person editions: the others follow online."),
        min_value=0,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The tripartite groups first: the Academy's usual minimums.
        groups = [*TRIPARTITE, *(g for g in Constituency.values if g not in TRIPARTITE)]
        for group in groups:
            label = Constituency(group).label
            self.fields[f"min_{group}"] = forms.IntegerField(
                label=_("At least from: %(group)s") % {"group": label}, min_value=0, required=False
            )
            self.fields[f"max_{group}"] = forms.IntegerField(
                label=_("At most from: %(group)s") % {"group": label}, min_value=0, required=False
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
        if data.get("room_seats") is not None:
            parameters["room_seats"] = data["room_seats"]
        if data.get("min_global_south_percent") is not None:
            parameters["min_global_south_share"] = data["min_global_south_percent"] / 100
        if data.get("women_min_percent") is not None:
            parameters["women_share"] = [data["women_min_percent"] / 100, data["women_max_percent"] / 100]
        parameters["constituency_min"] = {g: data[f"min_{g}"] for g in Constituency.values if data.get(f"min_{g}")}
        parameters["constituency_max"] = {
            g: data[f"max_{g}"] for g in Constituency.values if data.get(f"max_{g}") is not None
        }
        return parameters


@require("editions.change_edition")
def selection(request):
    edition = request.edition
    form = SelectionForm(request.POST or None, initial={"seats": 30, "min_global_south_percent": 60})
    if request.method == "POST" and form.is_valid():
        run = services.run_selection(edition=edition, parameters=form.parameters(), by=request.user)
        return redirect("applications:selection_run", edition=request.edition.number, pk=run.pk)
    counts = {
        "submitted": Application.objects.filter(edition=edition, status=Status.SUBMITTED).count(),
        "reviewed": Application.objects.filter(edition=edition, score_normalised__isnull=False).count(),
    }
    runs = list(SelectionRun.objects.filter(edition=edition).select_related("created_by")[:20])
    for run in runs:
        run.status_label = _solver_status(run.status)
    promotions = ActionLog.objects.filter(edition=edition, action="waitlist.promoted").order_by("-created_at")[:50]
    promoted = Application.objects.select_related("applicant").in_bulk([int(log.object_id) for log in promotions])
    return render(
        request,
        "applications/selection.html",
        {
            "edition": edition,
            "form": form,
            "runs": runs,
            "counts": counts,
            "promotions": [
                {
                    "when": log.created_at,
                    "who": promoted.get(int(log.object_id)),
                    "rank": log.data.get("rank"),
                    "skipped": len(log.data.get("skipped", {})),
                }
                for log in promotions
            ],
        },
    )


@require_POST
@require("editions.change_edition")
def assign_reviewers(request):
    edition = request.edition
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
    return redirect("applications:selection", edition=request.edition.number)


@require("applications.decide_selection")
def selection_run(request, pk: int):
    edition = request.edition
    run = get_object_or_404(SelectionRun, pk=pk, edition=edition)
    pool = list(Application.objects.filter(edition=edition, score_normalised__isnull=False).select_related("applicant"))
    for application in pool:
        application.edition = edition  # read once: whether a place is in person depends on its modality
    chosen = [a for a in pool if a.pk in set(run.selected)]
    figures = _figures(services.shares(pool), services.shares(chosen))
    if edition.modality != Modality.HYBRID:  # in person or online only: nothing to compare
        figures = [figure for figure in figures if figure["key"] != "attendance"]
    if request.GET.get("format") == "csv":
        header = [_("Dimension"), _("Group"), _("Applications"), _("Proposed")]
        rows = [
            [figure["title"], row["label"], row["pool"], row["proposed"]]
            for figure in figures
            for row in figure["rows"]
        ]
        return spreadsheets.download(
            [header, *rows], export="csv", filename=f"selection-{run.pk}-figures", title=_("Selection")
        )
    return render(
        request,
        "applications/selection_run.html",
        {
            "edition": edition,
            "run": run,
            "call": services.call_for(edition),
            "can_manage": request.user.has_perm("editions.change_edition", edition),  # committee members read only
            "selected": sorted(chosen, key=lambda a: a.applicant.certificate_name),
            "figures": figures,
            "status": _solver_status(run.status),
            "budgets": services.budget_use(run),
            "conflicts": [_rule_name(group) for group in run.conflicts],
            "relaxations": [
                {
                    "groups": [_rule_name(g) for g in r["groups"]],
                    "status": r["status"],
                    "count": len(r["selected"]),
                    "objective": r["objective"],
                }
                for r in run.relaxations
            ],
        },
    )


@require_POST
@require("applications.decide_selection")
def confirm_run(request, pk: int):
    edition = request.edition
    run = get_object_or_404(SelectionRun, pk=pk, edition=edition)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm: the decisions cannot be undone."))
        return redirect("applications:selection_run", edition=edition.number, pk=pk)
    try:
        decisions.confirm_run(run=run, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The decisions are made and everyone is told by e-mail."))
    return redirect("applications:selection_run", edition=request.edition.number, pk=pk)


def _rule_name(group: str) -> str:
    """A rule group of the optimiser, in words."""
    kind, _sep, detail = group.partition(":")
    names = {
        "seats": _("Fill every seat"),
        "global_south": _("Share from the Global South"),
        "women_min": _("Lowest share of women"),
        "women_max": _("Highest share of women"),
        "max_per_country": _("Most per country"),
        "room_seats": _("Seats in the room"),
        "must_include": _("People who must be included"),
        "budget": _("Budget of %(source)s") % {"source": detail},
        "constituency_min": _("At least from: %(group)s") % {"group": _constituency(detail)},
        "constituency_max": _("At most from: %(group)s") % {"group": _constituency(detail)},
    }
    return names.get(kind, group)


def _constituency(value: str) -> str:
    return Constituency(value).label if value in Constituency.values else value


class ApplicationFilters(forms.Form):
    """The organisers' filters of the applications table; every one optional, every one checked."""

    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    country = forms.CharField(label=gettext_lazy("Country (code)"), required=False, max_length=2)
    region = forms.ChoiceField(label=gettext_lazy("Region"), required=False)
    constituency = forms.ChoiceField(label=gettext_lazy("Constituency group"), required=False)
    gender = forms.ChoiceField(label=gettext_lazy("Gender"), required=False)
    global_south = forms.ChoiceField(label=gettext_lazy("Global South"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    scholarship = forms.ChoiceField(label=gettext_lazy("Scholarship requested"), required=False)
    min_score = forms.FloatField(label=gettext_lazy("Normalised score: at least"), required=False)
    disagreement = forms.BooleanField(label=gettext_lazy("Only where reviewers disagree"), required=False)
    sort = forms.ChoiceField(label=gettext_lazy("Sort by"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        anything = [("", "—")]
        yes_no = [*anything, ("yes", _("Yes")), ("no", _("No"))]
        self.fields["status"].choices = [*anything, *Status.choices]
        self.fields["region"].choices = [*anything, *REGION_NAMES.items()]
        self.fields["constituency"].choices = [*anything, *Constituency.choices]
        self.fields["gender"].choices = [*anything, *Gender.choices]
        self.fields["global_south"].choices = yes_no
        self.fields["language"].choices = [*anything, *settings.LANGUAGES]
        self.fields["scholarship"].choices = yes_no
        self.fields["sort"].choices = [
            ("-submitted_at", _("Newest first")),
            ("submitted_at", _("Oldest first")),
            ("applicant__certificate_name", _("Name")),
            ("applicant__country", _("Country")),
            ("-score_normalised", _("Highest score first")),
            ("score_normalised", _("Lowest score first")),
        ]

    def apply(self, applications):
        data = self.cleaned_data
        if data.get("status"):
            applications = applications.filter(status=data["status"])
        if data.get("country"):
            applications = applications.filter(applicant__country=data["country"].upper())
        if data.get("region"):
            applications = applications.filter(applicant__country__in=countries_in_region(data["region"]))
        if data.get("global_south"):
            south = countries_in_global_south()
            applications = (
                applications.filter(applicant__country__in=south)
                if data["global_south"] == "yes"
                else applications.exclude(applicant__country__in=south)
            )
        for field, lookup in (
            ("constituency", "constituency"),
            ("gender", "applicant__gender"),
            ("language", "language"),
        ):
            if data.get(field):
                applications = applications.filter(**{lookup: data[field]})
        if data.get("scholarship"):
            applications = applications.filter(scholarship_requested=data["scholarship"] == "yes")
        if data.get("min_score") is not None:
            applications = applications.filter(score_normalised__gte=data["min_score"])
        if data.get("disagreement"):
            applications = applications.filter(reviewers_disagree=True)
        return applications.order_by(data.get("sort") or "-submitted_at", "pk")


@require("editions.change_edition")
def applications_table(request):
    edition = request.edition
    filters = ApplicationFilters(request.GET or None)
    applications = Application.objects.filter(edition=edition).exclude(status=Status.DRAFT).select_related("applicant")
    if filters.is_valid():
        applications = filters.apply(applications)
    if request.GET.get("format") == "csv":
        return _csv(edition, applications)
    page = Paginator(applications, 50).get_page(request.GET.get("page"))
    page.object_list = list(_of_edition(page.object_list, edition))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "applications/table.html",
        {"edition": edition, "filters": filters, "page": page, "query": query.urlencode()},
    )


def _of_edition(applications, edition):
    """The applications with their edition set to the one already read (whether in person reads its modality)."""
    for application in applications:
        application.edition = edition
        yield application


def _csv(edition, applications) -> HttpResponse:
    header = [
        _("Name"),
        _("Country"),
        _("Constituency group"),
        _("Gender"),
        _("In person or online"),
        _("Status"),
        _("Raw score"),
        _("Normalised score"),
        _("Reviewers disagree"),
    ]
    rows = [
        [
            application.applicant.certificate_name,
            application.applicant.country.code,
            application.get_constituency_display(),
            application.applicant.get_gender_display(),
            application.attendance_mode,
            application.get_status_display(),
            "" if application.score_raw is None else f"{application.score_raw:.3f}",
            "" if application.score_normalised is None else f"{application.score_normalised:.3f}",
            _("yes") if application.reviewers_disagree else "",
        ]
        for application in _of_edition(applications.iterator(chunk_size=2000), edition)
    ]
    return spreadsheets.download(
        [header, *rows], export="csv", filename=f"applications-edition-{edition.number}", title=_("Applications")
    )


@require("editions.change_edition")
def scholarships(request):
    edition = request.edition
    awarded = finance.scholarships_of(edition)
    export = request.GET.get("format")
    if export in ("csv", "xlsx"):
        rows = finance.scholarship_rows(awarded, services.call_for(edition).currency)
        return spreadsheets.download(
            rows, export=export, filename=f"scholarships-edition-{edition.number}", title=_("Scholarships")
        )
    return render(
        request,
        "applications/scholarships.html",
        {
            "edition": edition,
            "call": services.call_for(edition),
            "budgets": services.budgets(edition),
            "scholarships": awarded,
        },
    )


def _figures(pool_shares: dict, selected_shares: dict) -> list[dict]:
    """Pool against proposal, per dimension, with shares in percent and labels in the reader's language."""
    labels = {
        "region": lambda v: str(REGION_NAMES.get(v, v)),
        "global_south": lambda v: _("Global South") if v == "yes" else _("Elsewhere"),
        "gender": lambda v: str(dict(Gender.choices).get(v, v)),
        "constituency": lambda v: _constituency(v),
        "country": lambda v: str(dict(countries).get(v, v)),
        "attendance": lambda v: str(dict(Attendance.choices).get(v, v)),
    }
    titles = {
        "region": _("Region"),
        "global_south": _("Global South"),
        "gender": _("Gender"),
        "constituency": _("Constituency group"),
        "country": _("Country"),
        "attendance": _("In person or online"),
    }
    figures = []
    for dimension, counts in pool_shares.items():
        pool_total = sum(counts.values()) or 1
        chosen = selected_shares.get(dimension, {})
        chosen_total = sum(chosen.values()) or 1
        rows = [
            {
                "label": labels[dimension](value),
                "pool": count,
                "proposed": chosen.get(value, 0),
                "pool_percent": round(100 * count / pool_total),
                "proposed_percent": round(100 * chosen.get(value, 0) / chosen_total),
            }
            for value, count in sorted(counts.items(), key=lambda item: -item[1])
        ]
        figures.append({"key": dimension, "title": titles[dimension], "rows": rows})
    return figures


def _solver_status(status: str) -> str:
    return {
        "optimal": _("Best possible selection (proven)"),
        "infeasible": _("The rules cannot all hold"),
        "time_limit": _("Stopped at the time limit: good, not proven best"),
    }.get(status, status)


class PinForm(forms.Form):
    pin = forms.ChoiceField(label=gettext_lazy("In the next selection runs"), required=False)
    reason = forms.CharField(label=gettext_lazy("Why"), max_length=300, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pin"].choices = [
            ("", _("As the optimiser decides")),
            ("include", _("Must be included")),
            ("exclude", _("Must be excluded")),
        ]

    def include(self) -> bool | None:
        return {"include": True, "exclude": False}.get(self.cleaned_data["pin"])


class DecisionForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Decision"))
    reason = forms.CharField(label=gettext_lazy("Why"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status, status.label) for status in (Status.SELECTED, Status.WAITLISTED, Status.NOT_SELECTED)
        ]


@require("editions.change_edition")
def application_detail(request, pk: int):
    """One application as organisers read it: answers, documents, every review, pins and decisions by hand."""
    edition = request.edition
    application = get_object_or_404(
        Application.objects.exclude(status=Status.DRAFT).select_related("applicant", "edition"),
        pk=pk,
        edition=edition,
    )
    action = request.POST.get("action") if request.method == "POST" else None
    pin = getattr(application, "pin", None)
    pin_form = PinForm(
        request.POST if action == "pin" else None,
        initial={"pin": "" if pin is None else ("include" if pin.include else "exclude"), "reason": pin and pin.reason},
    )
    decision_form = DecisionForm(request.POST if action == "decide" else None)
    form = {"pin": pin_form, "decide": decision_form}.get(action)
    if form is not None and form.is_valid():
        try:
            if form is pin_form:
                reason = form.cleaned_data["reason"]
                services.set_pin(application=application, include=form.include(), reason=reason, by=request.user)
            else:
                status, reason = form.cleaned_data["status"], form.cleaned_data["reason"]
                decisions.decide_by_hand(application=application, status=status, by=request.user, reason=reason)
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("applications:application", edition=request.edition.number, pk=pk)
    return render(
        request,
        "applications/application.html",
        {
            "edition": edition,
            "call": services.call_for(edition),
            "application": application,
            "answers": services.answers_of(application, get_language()),
            "reviews": services.reviews_of(application),
            "scholarship_estimate": services.estimated_scholarship(application),
            "pin": pin,
            "pin_form": pin_form,
            "decision_form": decision_form,
            "history": [
                (record, _history_label(record.action))
                for record in ActionLog.objects.filter(
                    object_type="applications.application", object_id=str(application.pk)
                ).select_related("actor")
            ],
        },
    )


def _history_label(action: str) -> str:
    """What happened to an application, in words."""
    return {
        "offer.accepted": _("Confirmed their seat"),
        "offer.declined": _("Declined their seat"),
        "offer.expired": _("Offer lapsed"),
        "seat.withdrawn": _("Withdrew"),
        "waitlist.promoted": _("Offered a seat from the waitlist"),
        "decision.by_hand": _("Decided by hand"),
        "pin.set": _("Pinned"),
        "pin.removed": _("Unpinned"),
    }.get(action, action)
