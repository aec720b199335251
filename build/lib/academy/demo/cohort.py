"""A synthetic cohort that looks like the Academy's audience: many countries, every constituency group.

Pure: takes a seed and returns plain records, so the same seed always gives the same people. The name
pools, which pool each country draws from and how many people come from each country are data, in
`data/names.toml`; the order of its lists is part of what a seed gives.
"""

import random
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

NAMES_FILE = Path(__file__).resolve().parent / "data" / "names.toml"
with NAMES_FILE.open("rb") as _file:
    _NAMES = tomllib.load(_file)
POOLS: dict[str, dict[str, list[str]]] = _NAMES["pools"]
COUNTRY_POOL: dict[str, str] = _NAMES["country_pool"]
COUNTRY_WEIGHTS: dict[str, int] = _NAMES["country_weights"]
FAMILY_NAME_FIRST = frozenset(_NAMES["family_name_first"])
WRITTEN_TOGETHER = frozenset(_NAMES["written_together"])

CONSTITUENCY_WEIGHTS = {
    "government": 24,
    "workers": 14,
    "employers": 10,
    "sse_practitioner": 26,
    "development_partner": 10,
    "academia": 12,
    "other": 4,
}
GENDER_WEIGHTS = {"woman": 50, "man": 44, "non_binary": 1, "undisclosed": 5}
POOL_LANGUAGE = {
    "francophone_africa": "fr",
    "maghreb_arabic": "fr",
    "francophone_europe": "fr",
    "hispanic_latin_america": "es",
    "spain": "es",
    "haitian_caribbean": "fr",
    "brazil_portuguese": "pt",
    "lusophone_africa": "pt",
    "portugal": "pt",
}
ORGANISATION_KINDS = {
    "government": "Ministry of Labour",
    "workers": "National Trade Union Confederation",
    "employers": "Federation of Employers",
    "sse_practitioner": "Cooperative Union",
    "development_partner": "Development Cooperation Agency",
    "academia": "University",
    "other": "Community Foundation",
}
JOB_TITLES = {
    "government": "Policy officer",
    "workers": "Education officer",
    "employers": "Advisor",
    "sse_practitioner": "Director",
    "development_partner": "Programme officer",
    "academia": "Researcher",
    "other": "Coordinator",
}


@dataclass(frozen=True)
class Person:
    email: str
    certificate_name: str
    country: str
    constituency: str
    gender: str
    language: str
    other_languages: list[str]
    organisation: str
    job_title: str


def family_names(pool: str, gender: str) -> list[str]:
    """Family names for a person of this gender ("women" or "men") in this pool."""
    names = POOLS[pool]
    return names["family"] if "family" in names else names[f"family_{gender}"]


def full_name(pool: str, given: str, family: str) -> str:
    """The full name as written in this pool: order and spacing."""
    if pool in FAMILY_NAME_FIRST:
        return f"{family}{'' if pool in WRITTEN_TOGETHER else ' '}{given}"
    return f"{given} {family}"


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _full_name(rng: random.Random, pool_name: str, gender: str) -> str:
    names = "women" if gender == "woman" or (gender != "man" and rng.random() < 0.5) else "men"
    given = rng.choice(POOLS[pool_name][names])
    return full_name(pool_name, given, rng.choice(family_names(pool_name, names)))


def _ascii_slug(name: str, fallback: str) -> str:
    """An e-mail local part from a name; names in non-Latin scripts get a neutral one."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    slug = ".".join(part for part in "".join(c if c.isalnum() else " " for c in folded).split() if part)
    return slug or fallback


def synthetic_cohort(*, size: int, seed: int, min_countries: int) -> list[Person]:
    """`size` people from at least `min_countries` countries (all of them when fewer are known)."""
    rng = random.Random(seed)
    by_weight = sorted(COUNTRY_WEIGHTS, key=lambda code: (-COUNTRY_WEIGHTS[code], code))
    countries = by_weight[: min(min_countries, len(by_weight))]
    countries += rng.choices(list(COUNTRY_WEIGHTS), weights=list(COUNTRY_WEIGHTS.values()), k=size - len(countries))
    rng.shuffle(countries)
    people = []
    for index, country in enumerate(countries, start=1):
        pool_name = COUNTRY_POOL[country]
        gender = _weighted(rng, GENDER_WEIGHTS)
        constituency = _weighted(rng, CONSTITUENCY_WEIGHTS)
        name = _full_name(rng, pool_name, gender)
        language = POOL_LANGUAGE.get(pool_name, "en")
        others = sorted({"en", "fr", "es", "pt"} - {language})
        people.append(
            Person(
                email=f"{_ascii_slug(name, 'participant')}.{index:03d}@demo.example.org",
                certificate_name=name,
                country=country,
                constituency=constituency,
                gender=gender,
                language=language,
                other_languages=sorted(rng.sample(others, k=rng.choice([0, 1, 1, 2]))),
                organisation=f"{ORGANISATION_KINDS[constituency]} ({country})",
                job_title=JOB_TITLES[constituency],
            )
        )
    return people
