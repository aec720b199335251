from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from academy.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo
from academy.editions.models import Edition
from academy.people.models import User


class Command(BaseCommand):
    help = "Load the demo data: the 12 real editions, a fictional 13th with a synthetic cohort, and demo logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even though ACADEMY_DEBUG is off (never on a production database: it adds staff logins).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "The demo adds logins with a published password and rewrites the editions: "
                "it runs only with ACADEMY_DEBUG=true (or --force on a scratch database)."
            )
        load_demo()
        self.stdout.write(
            f"Demo data ready: {Edition.objects.count()} editions, {User.objects.filter(is_demo=True).count()} demo people."
        )
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.role:<12} {account.email}")
