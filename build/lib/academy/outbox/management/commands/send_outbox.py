import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from academy.outbox.services import deliver_due


class Command(BaseCommand):
    help = "Send the e-mails due in the outbox: later attempts after a failure, and those whose sender died."

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Keep running, looking for e-mails due every SECONDS (the outbox worker); otherwise one pass.",
        )

    def handle(self, *args, every=None, **options):
        while True:
            outcomes = deliver_due()
            if outcomes or every is None:
                self.stdout.write(
                    _("Sent: %(sent)s, to try again: %(queued)s, failed: %(failed)s.")
                    % {key: outcomes.get(key, 0) for key in ("sent", "queued", "failed")}
                )
            if every is None:
                return
            time.sleep(every)
