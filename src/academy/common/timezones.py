"""Time zones in words: "Paris (France)" for Europe/Paris, the country named in the reader's language."""

from functools import cache
from importlib import resources

from django.utils.translation import gettext as _
from django_countries.fields import Country


@cache
def countries_of_zones() -> dict[str, str]:
    """Each IANA zone's country code, from tzdata's own zone.tab (the zone's principal country)."""
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {row[2]: row[0] for row in rows if len(row) >= 3}


def zone_name(zone: str) -> str:
    """ "Europe/Paris" → "Paris (France)"; "America/Argentina/Buenos_Aires" → "Buenos Aires (Argentina)";
    a zone of no country ("UTC", "Etc/GMT+3") is its id."""
    if not zone:
        return ""
    code = countries_of_zones().get(zone)
    if code is None:
        return zone
    city = zone.rsplit("/", 1)[-1].replace("_", " ")
    return _("%(city)s (%(country)s)") % {"city": city, "country": Country(code).name}
