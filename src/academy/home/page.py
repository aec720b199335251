"""My Academy, kept per person until something it shows changes or a moment it shows passes.

The whole cohort opens My Academy in the minute before a plenary, for the join link: each of them reads
their own page, made once and then served from the cache while nothing on it changed. What it is made of:
- the person's own rows (applications, reviews assigned and done, suggestions, visa letters; their roles): `PERSON` and `ROLES`, changed by
  the signals below and by the roles' own;
- each of their editions' records and programme (`RECORDS`, `PROGRAMME`), which the services that write in
  bulk (placements, rankings, attendance imports, lessons done) announce for the figures already;
- each of their editions' surveys (`SURVEYS`), and their own answers (`PERSON`, changed by each response saved);
- the editions' rows and calls (a committee member's review deadlines), the Collective Brain's latest items, the organisers' messages sent, and for alumni the suggested peers and people's
  names (`RECORDS` of no edition);
- time: the page changes by itself when a session ends, a window opens or closes, a
  survey opens or closes (`Dashboard.changes_at`).
The entry keeps the versions it was made from (`freshness.kept`): a request reads the entry and checks them.
"""

from datetime import datetime

from django.db.models.signals import post_save
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from academy.applications.models import Application, Call, ReviewAssignment
from academy.brain.latest import LATEST
from academy.brain.models import Suggestion
from academy.common import freshness
from academy.editions.rules import ALUMNUS, EVERYONE, ROLES, roles_of
from academy.editions.topics import EDITIONS, PERSON, RECORDS
from academy.home import services
from academy.messaging.services import MESSAGES
from academy.people.models import User
from academy.programme.topics import PROGRAMME
from academy.surveys.services import SURVEYS
from academy.travel.models import VisaLetter

CALLS = "home.calls"  # the editions' calls: the review deadlines a committee member's page shows

freshness.depends(PERSON, Application, scope=lambda application: application.applicant_id)
freshness.depends(PERSON, ReviewAssignment, scope=lambda assignment: assignment.reviewer_id)
freshness.depends(CALLS, Call)  # a review deadline moved
freshness.depends(PERSON, Suggestion, scope=lambda suggestion: suggestion.person_id)
freshness.depends(PERSON, VisaLetter, scope=lambda letter: letter.person_id)  # asked for, approved, refused


def _account_changed(sender, instance, update_fields=None, **kwargs) -> None:
    """Their staff status (the editions they run); signing in saves only `last_login`."""
    if update_fields is None or not set(update_fields) <= {"last_login"}:
        freshness.changed(PERSON, instance.pk)


post_save.connect(_account_changed, sender=User, dispatch_uid="home.account_changed")


def my_academy_html(person: User, now: datetime, zone: str) -> SafeString:
    def make(dependencies: freshness.Dependencies) -> str:
        dependencies.on(
            (PERSON, person.pk), (ROLES, person.pk), (ROLES, EVERYONE), (EDITIONS, None), (LATEST, None),
            (MESSAGES, EVERYONE), (CALLS, None),
        )  # fmt: skip
        if roles_of(person).get(ALUMNUS):
            dependencies.on((PERSON, None), (RECORDS, None))  # suggestions made afresh for all; peers' names

        def on_editions(editions) -> None:
            dependencies.on(*[(topic, edition.pk) for edition in editions for topic in (RECORDS, PROGRAMME, SURVEYS)])

        dashboard = services.dashboard(person, now, on_editions=on_editions)
        dependencies.changes_at(dashboard.changes_at)
        return render_to_string("home/_dashboard.html", {"dashboard": dashboard})

    html = freshness.kept("my-academy", make, now=now, vary_on=(person.pk, get_language(), zone))
    return mark_safe(html)  # noqa: S308 (rendered by our own template, escaped there)
