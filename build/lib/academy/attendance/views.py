"""Attendance pages: organisers import, review, correct and follow; participants see their own rate."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.attendance import badges as badge_sheets
from academy.attendance import services
from academy.attendance.forms import CheckInForm, CodeForm, ExcuseForm, HandRecordForm, ImportReportForm, ReviewForm
from academy.attendance.models import ReviewItem, WebinarReport
from academy.common import spreadsheets
from academy.common.downloads import attachment
from academy.common.permissions import require
from academy.programme.models import Session

manage = require("attendance.manage_attendance")
SORTS = {
    "name": lambda row: row.person.certificate_name.casefold(),
    "country": lambda row: (row.person.country.name or "", row.person.certificate_name.casefold()),
    "so_far": lambda row: (row.rate_so_far is None, row.rate_so_far or 0),
    "final": lambda row: (row.rate_final is None, row.rate_final or 0),
    "needed": lambda row: row.needed,
}


@manage
def overview(request):
    edition = request.edition
    sort = request.GET.get("sort", "final")
    rows = sorted(services.participation(edition), key=SORTS.get(sort.lstrip("-"), SORTS["final"]))
    if sort.startswith("-"):
        rows.reverse()
    export = request.GET.get("format")
    if export in ("csv", "xlsx"):
        return export_rates(edition, rows, export)
    sessions = (
        Session.objects.filter(edition=edition, cancelled=False)
        .prefetch_related("attendance_reports")
        .order_by("starts_at")
    )
    current = {
        report.session_id: report for report in WebinarReport.objects.filter(session__edition=edition, replaced_at=None)
    }
    return render(
        request,
        "attendance/overview.html",
        {
            "edition": edition,
            "page": Paginator(rows, 100).get_page(request.GET.get("page")),
            "sort": sort,
            "sessions": [(session, current.get(session.pk)) for session in sessions],
            "to_review": services.open_review_items(edition).count(),
        },
    )


def export_rates(edition, rows, export: str) -> HttpResponse:
    table = [
        [
            _("Name"), _("E-mail"), _("Country"), _("Organisation"), _("So far (%)"), _("Final (%)"),
            _("Hours counted"), _("Hours expected"), _("Hours still needed"), _("Certificate threshold reached"),
        ]
    ]  # fmt: skip
    for row in rows:
        table.append(
            [
                row.person.certificate_name,
                row.person.email,
                row.person.country.name or "",
                row.person.organisation,
                None if row.rate_so_far is None else round(row.rate_so_far * 100, 1),
                None if row.rate_final is None else round(row.rate_final * 100, 1),
                round(row.credited / 3600, 2),
                round(row.scheduled / 3600, 2),
                round(row.needed / 3600, 2),
                _("yes") if row.meets_threshold else _("no"),
            ]
        )
    return spreadsheets.download(
        table, export=export, filename=f"attendance-edition-{edition.number}", title=_("Attendance")
    )


@manage
def import_report(request):
    edition = request.edition
    form = ImportReportForm(request.POST or None, request.FILES or None, edition=edition)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            outcome = services.import_report(
                session=form.cleaned_data["session"],
                platform=form.cleaned_data["platform"],
                data=upload.read(),
                file_name=upload.name,
                time_zone=form.cleaned_data["time_zone"],
                date_order=form.cleaned_data["date_order"],
                by=request.user,
                now=timezone.now(),
            )
        except services.ImportRefused as refused:
            problems = refused.messages
            if refused.date_order:  # the choice the problem calls for, made already: only the file to choose again
                chosen = {name: value for name, value in form.cleaned_data.items() if name != "file"}
                form = ImportReportForm(initial={**chosen, "date_order": refused.date_order}, edition=edition)
        else:
            report = outcome.report
            if outcome.unchanged:
                messages.info(request, _("This report was already imported: nothing changed."))
            else:
                messages.success(
                    request,
                    _(
                        "%(rows)d rows read: %(matched)d matched to participants, %(staff)d of hosts, organisers "
                        "and speakers, %(review)d people to review."
                    )
                    % {
                        "rows": report.rows,
                        "matched": report.matched_rows,
                        "staff": report.staff_rows,
                        "review": outcome.to_review,
                    },
                )
            if outcome.replaced:
                messages.info(request, _("It replaces the report imported earlier for this session."))
            return redirect("attendance:review" if outcome.to_review else "attendance:overview", request.edition.number)
    return render(request, "attendance/import.html", {"edition": edition, "form": form, "problems": problems})


@manage
def review(request):
    edition = request.edition
    rows = []
    for row in services.review_queue(edition):
        form = ReviewForm(edition=edition, prefix=f"item{row.item.pk}", initial={"person": row.suggestion})
        rows.append((row.item, form, row.seconds))
    return render(request, "attendance/review.html", {"edition": edition, "rows": rows})


@require_POST
@manage
def resolve(request, pk: int):
    edition = request.edition
    item = get_object_or_404(ReviewItem, pk=pk, report__session__edition=edition)
    form = ReviewForm(request.POST, edition=edition, prefix=f"item{item.pk}")
    dismiss = "dismiss" in request.POST
    if not form.is_valid() or (not dismiss and form.cleaned_data["person"] is None):
        messages.error(request, _("Choose the participant this row is, or dismiss it."))
        return redirect("attendance:review", request.edition.number)
    try:
        services.resolve_review(item=item, person=None if dismiss else form.cleaned_data["person"], by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Dismissed.") if dismiss else _("Matched: the time is counted."))
    return redirect("attendance:review", request.edition.number)


@manage
def session(request, code: str):
    edition = request.edition
    session = get_object_or_404(Session, edition=edition, code=code)
    hand_form = HandRecordForm(edition=edition, prefix="hand")
    excuse_form = ExcuseForm(edition=edition, prefix="excuse")
    if request.method == "POST":
        action = request.POST.get("action")
        hand_form = HandRecordForm(request.POST, edition=edition, prefix="hand") if action == "hand" else hand_form
        excuse_form = ExcuseForm(request.POST, edition=edition, prefix="excuse") if action == "excuse" else excuse_form
        form = hand_form if action == "hand" else excuse_form
        if action in ("hand", "excuse") and form.is_valid():
            try:
                if action == "hand":
                    services.record_by_hand(session=session, by=request.user, **form.cleaned_data)
                else:
                    services.excuse(session=session, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Saved."))
                return redirect("attendance:session", request.edition.number, code)
        elif action == "withdraw_excuse":
            for person in ExcuseForm(edition=edition).fields["person"].queryset.filter(pk=request.POST.get("person")):
                services.withdraw_excuse(session=session, person=person, by=request.user)
            messages.success(request, _("The excuse is withdrawn."))
            return redirect("attendance:session", request.edition.number, code)
    lines = services.attendance_at(session)
    return render(
        request,
        "attendance/session.html",
        {
            "edition": edition,
            "session": session,
            "lines": lines,
            "hand_form": hand_form,
            "excuse_form": excuse_form,
            "code": services.self_check_in_code(session) if session.online_url else None,
            "grace_minutes": services.grace().seconds // 60,
        },
    )


@manage
def check_in(request, code: str):
    edition = request.edition
    session = get_object_or_404(Session, edition=edition, code=code, cancelled=False)
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            person = services.check_in(
                session=session,
                badge_code=form.cleaned_data["code"],
                leaving=form.cleaned_data["leaving"],
                by=request.user,
            )
        except ValidationError as error:
            form.add_error("code", error)
        else:
            done = _("%(name)s left.") if form.cleaned_data["leaving"] else _("%(name)s checked in.")
            messages.success(request, done % {"name": person.certificate_name})
            return redirect(f"{request.path}?leaving={int(form.cleaned_data['leaving'])}")
    if request.method == "GET":
        form = CheckInForm(initial={"leaving": request.GET.get("leaving", "0")})
    return render(request, "attendance/check_in.html", {"edition": edition, "session": session, "form": form})


@manage
def badges(request):
    edition = request.edition
    return attachment(
        badge_sheets.badges_pdf(edition), content_type="application/pdf", filename=f"badges-{edition.number}.pdf"
    )


participant_only = require("attendance.view_own_attendance")


@participant_only
def mine(request):
    return render_mine(request, request.edition, CodeForm())


@require_POST
@participant_only
def self_check_in(request):
    edition = request.edition
    form = CodeForm(request.POST)
    if form.is_valid():
        try:
            checked = services.self_check_in(edition=edition, person=request.user, code=form.cleaned_data["code"])
        except ValidationError as error:
            form.add_error("code", error)
        else:
            messages.success(request, _("You are checked in to %(code)s.") % {"code": checked.code})
            return redirect("attendance:mine", request.edition.number)
    return render_mine(request, edition, form)


def render_mine(request, edition, form):
    return render(
        request,
        "attendance/mine.html",
        {
            "edition": edition,
            "participation": services.participation_of(edition, request.user),
            "form": form,
            "reader_zone": request.user.time_zone,
        },
    )
