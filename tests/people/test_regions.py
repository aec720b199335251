import csv

import pytest
from django_countries.data import COUNTRIES

from academy.people.regions import DATA_FILE, REGION_NAMES, SUBREGION_NAMES, country_facts, principal_time_zone


def test_country_table_covers_every_country_django_countries_offers():
    with DATA_FILE.open(encoding="utf-8") as handle:
        codes = {row["iso2"] for row in csv.DictReader(handle)}
    assert codes == set(COUNTRIES)


def test_country_table_regions_all_have_translatable_names():
    with DATA_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["region"] for row in rows} <= set(REGION_NAMES)
    assert {row["subregion"] for row in rows} <= set(SUBREGION_NAMES)


@pytest.mark.parametrize(
    ("code", "region", "subregion", "global_south"),
    [
        ("SN", "Africa", "Western Africa", True),
        ("BR", "Americas", "South America", True),
        ("MX", "Americas", "Central America", True),
        ("US", "Americas", "Northern America", False),
        ("KR", "Asia", "Eastern Asia", False),  # UNCTAD: developed since 2021
        ("VN", "Asia", "South-eastern Asia", True),
        ("PT", "Europe", "Southern Europe", False),
        ("FJ", "Oceania", "Melanesia", True),
        ("NZ", "Oceania", "Australia and New Zealand", False),
    ],
)
def test_country_facts_region_and_global_south(code, region, subregion, global_south):
    facts = country_facts(code)
    assert (facts.region, facts.subregion, facts.global_south) == (region, subregion, global_south)


def test_country_facts_lowercase_code_is_accepted():
    assert country_facts("sn").code == "SN"


@pytest.mark.parametrize("code", ["", None, "ZZ", "XX"])
def test_country_facts_empty_or_unknown_code_is_none(code):
    assert country_facts(code) is None


def test_principal_time_zone_follows_the_country():
    assert principal_time_zone("KR") == "Asia/Seoul"
    assert principal_time_zone("SN") == "Africa/Dakar"


def test_principal_time_zone_unknown_country_is_utc():
    assert principal_time_zone("ZZ") == "UTC"
