"""Edition reports made in the background: asked for on the dashboard, made by a task, then downloaded."""

from dataclasses import dataclass
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


def _is_in_progress(build: ReportBuild, since: datetime) -> bool:
    """Not done and not failed, unless its worker died: a build not done after GIVES_UP_AFTER never will be."""
    return build.finished_at is None and not build.failed and build.started_at > since


@dataclass
class Builds:
    """What the dashboard says of the edition's report in one language."""

    latest: ReportBuild | None  # the newest made, to download
    building: ReportBuild | None  # the one being made
    failure: ReportBuild | None  # the last attempt, when it failed and nothing has been made since


# Builds are asked for by hand, a few per edition: the newest few hold the dashboard's answer in one query.
NEWEST = 10


def builds_of(edition: Edition, language: str, now: datetime | None = None) -> Builds:
    since = (now or timezone.now()) - GIVES_UP_AFTER
    newest = list(ReportBuild.objects.filter(edition=edition, language=language)[:NEWEST])
    made = next((build for build in newest if build.finished_at is not None), None)
    if made is None and len(newest) == NEWEST:  # ten attempts since the last one made: look further
        made = latest(edition, language)
    building = next((build for build in newest if _is_in_progress(build, since)), None)
    if building is None and len(newest) == NEWEST and newest[-1].started_at > since:  # ten asked in half an hour
        building = ReportBuild.objects.filter(
            edition=edition, language=language, finished_at=None, failed="", started_at__gt=since
        ).first()
    failed = newest[0] if newest and newest[0].failed else None
    return Builds(latest=made, building=building, failure=failed)
