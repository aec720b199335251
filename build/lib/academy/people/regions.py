"""Region and Global South status of a country, read from the shipped data file (see data/SOURCES.md).

Never typed by hand per person: a person's region follows from their country.
"""

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from django.utils.translation import gettext_lazy as _

DATA_FILE = Path(__file__).parent / "data" / "countries.csv"

REGION_NAMES = {
    "Africa": _("Africa"),
    "Americas": _("Americas"),
    "Asia": _("Asia"),
    "Europe": _("Europe"),
    "Oceania": _("Oceania"),
    "Antarctica": _("Antarctica"),
}
SUBREGION_NAMES = {
    "Northern Africa": _("Northern Africa"),
    "Eastern Africa": _("Eastern Africa"),
    "Middle Africa": _("Middle Africa"),
    "Southern Africa": _("Southern Africa"),
    "Western Africa": _("Western Africa"),
    "Caribbean": _("Caribbean"),
    "Central America": _("Central America"),
    "South America": _("South America"),
    "Northern America": _("Northern America"),
    "Central Asia": _("Central Asia"),
    "Eastern Asia": _("Eastern Asia"),
    "South-eastern Asia": _("South-eastern Asia"),
    "Southern Asia": _("Southern Asia"),
    "Western Asia": _("Western Asia"),
    "Eastern Europe": _("Eastern Europe"),
    "Northern Europe": _("Northern Europe"),
    "Southern Europe": _("Southern Europe"),
    "Western Europe": _("Western Europe"),
    "Australia and New Zealand": _("Australia and New Zealand"),
    "Melanesia": _("Melanesia"),
    "Micronesia": _("Micronesia"),
    "Polynesia": _("Polynesia"),
    "Antarctica": _("Antarctica"),
}


@dataclass(frozen=True)
class CountryFacts:
    code: str
    m49: str
    region: str
    subregion: str
    global_south: bool

    @property
    def region_name(self) -> str:
        return str(REGION_NAMES[self.region])

    @property
    def subregion_name(self) -> str:
        return str(SUBREGION_NAMES[self.subregion])


@cache
def country_table() -> dict[str, CountryFacts]:
    with DATA_FILE.open(encoding="utf-8", newline="") as handle:
        return {
            row["iso2"]: CountryFacts(
                code=row["iso2"],
                m49=row["m49"],
                region=row["region"],
                subregion=row["subregion"],
                global_south=row["developing_economy"] == "yes",
            )
            for row in csv.DictReader(handle)
        }


def country_facts(code: str | None) -> CountryFacts | None:
    """The facts for an ISO alpha-2 code, or None when the code is empty or unknown."""
    if not code:
        return None
    return country_table().get(str(code).upper())


@cache
def _zones_by_country() -> dict[str, str]:
    """The first time zone tzdata's zone.tab lists per country (its principal one)."""
    zones: dict[str, str] = {}
    table = resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *_comment = line.split("\t")
            zones.setdefault(code, zone)
    return zones


def principal_time_zone(code: str | None) -> str:
    """A sensible default time zone for someone in this country; UTC when unknown."""
    return _zones_by_country().get(str(code or "").upper(), "UTC")


def countries_in_region(region: str) -> list[str]:
    """The codes of a region's countries, for filtering people by where they are from."""
    return [facts.code for facts in country_table().values() if facts.region == region]


def countries_in_global_south() -> list[str]:
    return [facts.code for facts in country_table().values() if facts.global_south]
