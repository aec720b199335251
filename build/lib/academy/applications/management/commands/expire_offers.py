from django.core.management.base import BaseCommand
from django.utils import timezone

from academy.applications.models import Application, Status
from academy.applications.tasks import expire_offers
from academy.editions.models import Edition


class Command(BaseCommand):
    help = "Queue the lapsing of unanswered offers (and waitlist promotions) for every edition that has some. Run it hourly from cron."

    def handle(self, *args, **options):
        late = Application.objects.filter(status=Status.SELECTED, confirm_by__lt=timezone.now())
        editions = Edition.objects.filter(pk__in=late.values("edition"))
        for edition in editions:
            expire_offers.enqueue(edition_id=edition.pk)
        self.stdout.write(f"Queued for {len(editions)} edition(s).")
