"""Facet values as people read them: names of topics, countries, regions, editions, in the page's language."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries

from academy.brain import sdgs
from academy.brain.models import DocumentKind, Topic
from academy.editions.models import Edition
from academy.people.models import Constituency
from academy.people.regions import REGION_NAMES

DIMENSION_NAMES = {
    "type": _("Type"),
    "language": _("Language"),
    "topic": _("Topic"),
    "country": _("Country"),
    "region": _("Region"),
    "constituency": _("Constituency group"),
    "edition": _("Edition"),
    "sdg": _("SDG target"),
}
MOST_VALUES_SHOWN = 12


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    dimension: str
    name: str
    values: list[FacetValue]


def _names(dimension: str, values: list[str]) -> dict[str, str]:
    if dimension == "type":
        return {value: str(DocumentKind(value).label) for value in values if value in DocumentKind.values}
    if dimension == "language":
        return {code: str(name) for code, name in settings.LANGUAGES if code in values}
    if dimension == "country":
        return {value: str(all_countries.name(value)) for value in values}
    if dimension == "region":
        return {value: str(REGION_NAMES[value]) for value in values if value in REGION_NAMES}
    if dimension == "constituency":
        return {value: str(Constituency(value).label) for value in values if value in Constituency.values}
    if dimension == "topic":
        return {
            str(topic.pk): str(topic.name)
            for topic in Topic.objects.filter(pk__in=[int(v) for v in values if v.isdigit()])
        }
    if dimension == "edition":
        return {
            str(edition.number): str(edition.title)
            # only the title: every other translated field would be a JSON document decoded per edition
            for edition in Edition.objects.filter(number__in=[int(v) for v in values if v.isdigit()]).only(
                "number", "title"
            )
        }
    if dimension == "sdg":
        return {value: f"{value} · {sdgs.goal_name(value)}" for value in values if sdgs.is_target(value)}
    return {}


def describe(counts: dict[str, dict[str, int]], filters: dict[str, str], dimensions: tuple[str, ...]) -> list[Facet]:
    """The facets a results page shows, most frequent values first, chosen ones always kept."""
    facets = []
    for dimension in dimensions:
        tally = counts.get(dimension, {})
        chosen = filters.get(dimension)
        top = sorted(tally, key=lambda value: (-tally[value], value))[:MOST_VALUES_SHOWN]
        if chosen and chosen not in top:
            top.append(chosen)
        names = _names(dimension, top)
        values = [
            FacetValue(value, names[value], tally.get(value, 0), value == chosen) for value in top if value in names
        ]
        if values:
            facets.append(Facet(dimension, str(DIMENSION_NAMES[dimension]), values))
    return facets
