from django.core.management.base import BaseCommand

from academy.demo.loader import DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo
from academy.editions.models import Edition
from academy.people.models import User


class Command(BaseCommand):
    help = "Load the demo data: the 12 real editions, a fictional 13th with a synthetic cohort, and demo logins."

    def handle(self, *args, **options):
        load_demo()
        self.stdout.write(
            f"Demo data ready: {Edition.objects.count()} editions, {User.objects.filter(is_demo=True).count()} demo people."
        )
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.role:<12} {account.email}")
