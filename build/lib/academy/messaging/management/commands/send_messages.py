import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from academy.messaging.services import send_due


class Command(BaseCommand):
    help = "Send the messages to the cohort whose scheduled time has come (each person's e-mail goes to the outbox)."

    def add_arguments(self, parser):
        parser.add_argument("--every", type=int, metavar="SECONDS", help="Keep running, looking every SECONDS.")

    def handle(self, *args, every=None, **options):
        while True:
            people = send_due()
            if people or every is None:
                self.stdout.write(_("Messages sent to %(count)s people.") % {"count": people})
            if every is None:
                return
            time.sleep(every)
