from django.core.management.base import BaseCommand

from academy.editions.history import load_history
from academy.editions.models import Edition


class Command(BaseCommand):
    help = (
        "Load the Academy's real history (editions 1-12, their texts and partners) from the data files. "
        "Safe in production and idempotent: run it once after the first migrate, and again after the files change."
    )

    def handle(self, *args, **options):
        loaded = load_history()
        self.stdout.write(
            f"History ready: editions {min(loaded)}-{max(loaded)} loaded, {Edition.objects.count()} editions in all."
        )
