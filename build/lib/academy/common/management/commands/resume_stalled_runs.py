"""Finish the background runs whose worker died: run it every few minutes from cron (docs/deployment.md).

A console command sits above every app, so it asks each app for its stalled runs; `common.resumable` says what
stalled means and how a new worker takes a run over."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from academy.brain import articles
from academy.certificates import services as certificates


class Command(BaseCommand):
    help = (
        "Queue again every certificate issuing and Reader compilation whose worker stopped showing signs of life "
        "(ACADEMY_RUN_STALLED_AFTER_SECONDS): the next worker finishes it. Run it every few minutes from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--stalled-after",
            type=float,
            default=None,
            metavar="SECONDS",
            help="Silence after which a run counts as stalled (default: ACADEMY_RUN_STALLED_AFTER_SECONDS).",
        )

    def handle(self, *args, stalled_after=None, **options):
        seconds = settings.ACADEMY_RUN_STALLED_AFTER_SECONDS if stalled_after is None else stalled_after
        after = timedelta(seconds=seconds)
        now = timezone.now()
        runs = list(certificates.stalled_issues(now=now, after=after))
        for run in runs:
            certificates.resume_issue(run=run, now=now)
        builds = list(articles.stalled_readers(now=now, after=after))
        for build in builds:
            articles.resume_reader(build=build, now=now)
        self.stdout.write(f"Resumed {len(runs)} certificate run(s) and {len(builds)} Reader compilation(s).")
