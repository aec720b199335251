from django.core.management.base import BaseCommand

from academy.brain.tasks import send_digests


class Command(BaseCommand):
    help = "Queue the e-mail digest of new replies in followed discussions. Run it daily from cron."

    def handle(self, *args, **options):
        send_digests.enqueue()
        self.stdout.write("Queued.")
