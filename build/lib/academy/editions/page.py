"""An edition's public page and the editions' history, kept in the cache while what they show is unchanged.

The page is the same for everyone who reads it in the same language and time zone and with the same role:
every applicant of a cohort that arrives at once reads one rendering instead of decoding a dozen translated
fields and parts each. Nothing personal is on it; what a role adds (the organisers' links, a participant's
own pages) is one of the few variants kept.
"""

from dataclasses import astuple, dataclass

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from academy.common import freshness
from academy.editions import services
from academy.editions.models import (
    DailySlot,
    Edition,
    EditionPartner,
    FaqEntry,
    KeyFeature,
    LearningOutcome,
    Organisation,
    SubTopic,
)
from academy.editions.schedule import daily_times
from academy.editions.topics import EDITION_PAGE, EDITIONS

freshness.depends(EDITIONS, Edition)  # the rows `EditionMiddleware` keeps
freshness.depends(EDITION_PAGE, Edition, scope=lambda edition: edition.pk)
freshness.depends(
    EDITION_PAGE,
    KeyFeature,
    SubTopic,
    LearningOutcome,
    DailySlot,
    FaqEntry,
    EditionPartner,
    scope=lambda part: part.edition_id,
)
freshness.depends(EDITION_PAGE, Organisation)  # a partner's name or logo shows on every page it partners

HISTORY = "editions-history"  # the freshness topic of the history's table: every edition's host, year, theme
freshness.depends(HISTORY, Edition)


@dataclass(frozen=True)
class Reader:
    """What of the reader changes the page: a few variants, none personal."""

    zone: str  # "" when unknown: the reader's browser writes their time
    signed_in: bool
    can_manage: bool
    takes_part: bool
    can_record_follow_up: bool


def detail_html(edition: Edition, reader: Reader) -> SafeString:
    """The page's article, from the cache while the edition and its parts are unchanged."""
    applications_open = edition.applications_are_open()  # in the key: the page changes when the window opens

    def make() -> str:
        services.with_page_parts(edition)
        context = {
            "edition": edition,
            "reader": reader,
            "daily_times": daily_times(edition, edition.daily_slots.all(), reader.zone or None),
            "partners": edition.partnerships.all(),
            "applications_open": applications_open,
        }
        return render_to_string("editions/_detail.html", context)

    html = freshness.cached(
        "edition-page",
        [(EDITION_PAGE, edition.pk), (EDITION_PAGE, None)],
        make,
        vary_on=(edition.pk, get_language(), applications_open, *astuple(reader)),
    )
    return mark_safe(html)  # noqa: S308 (rendered by our own template, escaped there)


def history_html() -> SafeString:
    """The table of the editions held so far, from the cache while no edition changed."""

    def make() -> str:
        return render_to_string("editions/_history.html", {"editions": list(services.history())})

    html = freshness.cached("editions-history", [(HISTORY, None)], make, vary_on=(get_language(),))
    return mark_safe(html)  # noqa: S308 (as above)
