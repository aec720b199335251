from django.core.management.base import BaseCommand

from academy.brain.tasks import refresh_introductions


class Command(BaseCommand):
    help = "Queue the refresh of South-South introductions for every alumnus. Run it nightly from cron."

    def handle(self, *args, **options):
        refresh_introductions.enqueue()
        self.stdout.write("Queued.")
