"""The organisers' dashboards: one edition's figures and report, and all editions' together."""

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from academy.common import spreadsheets
from academy.common.permissions import require
from academy.outbox import services as outbox
from academy.reports import builds, charts, services
from academy.reports.figures import Chart, Table

EXPORTS = ("csv", "xlsx")
edition_figures_required = require("reports.view_edition_figures")
all_figures_required = require("reports.view_all_figures")


def _table(tables: list[Table], name: str) -> Table:
    table = services.table_named(tables, name)
    if table is None:
        raise Http404
    return table


def _chart(table: Table) -> HttpResponse:
    if table.chart == Chart.NONE:
        raise Http404
    response = HttpResponse(charts.svg(table), content_type="image/svg+xml")
    response["Cache-Control"] = "private, no-cache"  # made from the kept figures: cheap, and never stale
    return response


def _export(table: Table, export: str, filename: str) -> HttpResponse:
    if export not in EXPORTS:
        raise Http404
    return spreadsheets.download(table.as_rows(), export=export, filename=filename, title=table.title)


@edition_figures_required
def edition_dashboard(request):
    edition = request.edition
    report = builds.builds_of(edition, get_language())
    return render(
        request,
        "reports/edition.html",
        {
            "edition": edition,
            "figures": services.edition_figures(edition),
            "tables": services.edition_tables_html(edition),
            "report": report.latest,
            "building": report.building,
            "failure": report.failure,
            "failed_emails": outbox.failed_count(edition),
        },
    )


@edition_figures_required
def edition_chart(request, name: str):
    return _chart(_table(services.edition_figures(request.edition).tables, name))


@edition_figures_required
def edition_export(request, name: str, export: str):
    table = _table(services.edition_figures(request.edition).tables, name)
    return _export(table, export, f"edition-{request.edition.number}-{name}")


@require_POST
@edition_figures_required
def build_report(request):
    builds.start(edition=request.edition, language=get_language(), by=request.user)
    return redirect("reports:edition", edition=request.edition.number)


@edition_figures_required
def report_file(request):
    report = builds.latest(request.edition, get_language())
    if report is None:
        raise Http404
    return FileResponse(
        report.file.open("rb"), as_attachment=True, filename=f"report-{request.edition.number}-{report.language}.pdf"
    )


@all_figures_required
def all_editions(request):
    return render(request, "reports/all.html", {"tables": services.all_editions_figures()})


@all_figures_required
def all_chart(request, name: str):
    return _chart(_table(services.all_editions_figures(), name))


@all_figures_required
def all_export(request, name: str, export: str):
    return _export(_table(services.all_editions_figures(), name), export, f"all-editions-{name}")
