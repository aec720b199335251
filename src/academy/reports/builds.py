"""Edition reports made in the background: asked for on the dashboard, made by a task, then downloaded."""

from datetime import datetime, timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation

from academy.audit.services import log_action
from academy.common.background import enqueue_after_commit
from academy.editions.models import Edition
from academy.people.models import User
from academy.reports.document import report_pdf
from academy.reports.models import ReportBuild
from academy.reports.services import edition_figures

GIVES_UP_AFTER = timedelta(minutes=30)


def start(*, edition: Edition, language: str, by: User) -> ReportBuild:
    with transaction.atomic():
        report = ReportBuild.objects.create(
            edition=edition, language=language, started_by=by, started_at=timezone.now()
        )
        log_action(actor=by, action="report.build", obj=report, edition=edition, data={"language": language})
        enqueue_after_commit("academy.reports.tasks.build_report", build_id=report.pk)
    return report


def build(*, build_id: int) -> int:
    """The task's work; a failure is kept on the build for the dashboard to show, and raised for the worker's record."""
    report = ReportBuild.objects.select_related("edition").get(pk=build_id)
    try:
        with translation.override(report.language):
            pdf = report_pdf(report.edition, edition_figures(report.edition), report.language)
    except Exception as error:
        ReportBuild.objects.filter(pk=build_id).update(failed=str(error)[:500])
        raise
    report.file.save(f"report-{report.edition.number}-{report.language}-{report.pk}.pdf", ContentFile(pdf), save=False)
    report.finished_at = timezone.now()
    report.save(update_fields=["file", "finished_at"])
    return len(pdf)


def latest(edition: Edition, language: str) -> ReportBuild | None:
    return ReportBuild.objects.filter(edition=edition, language=language).exclude(finished_at=None).first()


def in_progress(edition: Edition, language: str, now: datetime | None = None) -> ReportBuild | None:
    """The report being made, unless its worker died: a build not done after GIVES_UP_AFTER never will be."""
    since = (now or timezone.now()) - GIVES_UP_AFTER
    return ReportBuild.objects.filter(
        edition=edition, language=language, finished_at=None, failed="", started_at__gt=since
    ).first()


def failure(edition: Edition, language: str) -> ReportBuild | None:
    """The last attempt, when it failed and nothing has been made since."""
    last = ReportBuild.objects.filter(edition=edition, language=language).first()
    return last if last is not None and last.failed else None
