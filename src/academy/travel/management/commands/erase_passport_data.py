from django.core.management.base import BaseCommand

from academy.travel.services import erase_passport_data


class Command(BaseCommand):
    help = (
        "Erase the passport data of visa letters whose edition ended more than ACADEMY_PASSPORT_DATA_DAYS days ago. "
        "Run it daily from cron."
    )

    def handle(self, *args, **options):
        erased = erase_passport_data()
        self.stdout.write(f"Passport data erased from {erased} visa letter(s).")
