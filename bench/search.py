"""Search benchmark: 100,000 documents in four languages, 1,000 queries with a facet filter.

Run: .venv/bin/python bench/search.py [--documents 100000] [--queries 1000] [--naive-queries 100]
Scratch SQLite database by default, or the PostgreSQL of DATABASE_URL (a scratch test database).

Each document is a knowledge-hub resource as organisers add them: a title of 5-12 words, a summary
of 25-50, a body of 200-500 (the text extracted from its PDF), in English, French, Spanish or
Portuguese, with one to three topics and countries, an SDG target or two, often an edition. Words
follow Zipf's law over each language's vocabulary: function words, the Academy's own vocabulary in
several inflections, then a long tail of rarer words. The resources are indexed through the real
indexer. Queries are one to three words, common or rare, sometimes another inflection or without
accents, each with one facet filter (type, language, topic, country, edition or SDG target).

Timed: the whole `search()` call as a page makes it (ranked first page and every facet count) for
an alumnus. The baseline, in the same run, is the naive search: `icontains` on title, summary and
text for every word, ranked by how many of the fields and words match, with the same filter and
the same facet counts by SQL (on a sample of the queries, as each reads the whole table).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings_test")
os.environ.setdefault("ACADEMY_DATA_DIR", tempfile.mkdtemp(prefix="academy-bench-"))

import django

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.db.models import Case, Count, IntegerField, Q, Value, When  # noqa: E402
from django.test.utils import get_runner  # noqa: E402

from academy.brain.models import DocumentKind, Resource, ResourceKind, Topic, Visibility  # noqa: E402
from academy.brain.search import documents, engine, index  # noqa: E402
from academy.editions.models import Edition  # noqa: E402

# The Academy's own words, several inflections each, per language (the head of each vocabulary).
DOMAIN = {
    "en": "cooperative cooperatives economy economic social solidarity enterprise enterprises policy policies "
    "development local employment youth workers decent work future innovation network networks finance "
    "microfinance mutual associations foundation sustainable growth community communities women informal "
    "training cooperation triangular partnership market fair trade agriculture housing health care refugees "
    "governance ecosystem ecosystems municipality city cities law framework statistics",
    "fr": "coopérative coopératives économie économique sociale sociales solidaire solidarité entreprise "
    "entreprises politique politiques développement local locale emploi jeunes jeunesse travailleurs travail "
    "décent avenir innovation réseau réseaux finance microfinance mutuelle mutuelles associations fondation "
    "durable croissance communauté femmes informelle formation coopération triangulaire partenariat marché "
    "commerce équitable agriculture logement santé réfugiés gouvernance écosystème écosystèmes commune ville loi",
    "es": "cooperativa cooperativas economía económica social sociales solidaria solidaridad empresa empresas "
    "política políticas desarrollo local empleo jóvenes juventud trabajadores trabajo decente futuro innovación "
    "red redes finanzas microfinanzas mutual mutuales asociaciones fundación sostenible crecimiento comunidad "
    "comunidades mujeres informal formación cooperación triangular alianza mercado comercio justo agricultura "
    "vivienda salud refugiados gobernanza ecosistema ecosistemas municipio ciudad ley marco estadísticas",
    "pt": "cooperativa cooperativas economia económica social sociais solidária solidariedade empresa empresas "
    "política políticas desenvolvimento local emprego jovens juventude trabalhadores trabalho decente futuro "
    "inovação rede redes finanças microfinanças mútua mutualidades associações fundação sustentável crescimento "
    "comunidade comunidades mulheres informal formação cooperação triangular parceria mercado comércio justo "
    "agricultura habitação saúde refugiados governança ecossistema ecossistemas município cidade lei quadro",
}
FUNCTION_WORDS = {
    "en": "the of and to in a is for that on with as by are this from be at or it an was which have their has",
    "fr": "de la le et les des à en du un une est pour que dans qui par sur au avec plus ce ne se pas sont aux",
    "es": "de la que el en y a los del se las por un para con una su al es lo como más o pero sus le ha",
    "pt": "de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das",
}
SYLLABLES = {
    "en": "ba be bi bo ca ce co da de di do fa fe fi ga ge la le li lo ma me mi mo na ne ni no pa pe ra re ri ro "
    "sa se si so ta te ti to va ve ter son ing tion ment ness ly",
    "fr": "ba be bi bo ca ce co da de di do fa fé fi ga ge la le li lo ma me mi mo na né ni no pa pè ra re ri ro "
    "sa se si so ta te ti to va vé eau eur ion ment ité que",
    "es": "ba be bi bo ca ce co da de di do fa fe fi ga ge la le li lo ma me mi mo na ne ni ño pa pe ra re ri ro "
    "sa se si so ta te ti to va ve ción dad mente ía és",
    "pt": "ba be bi bo ca ce co da de di do fa fe fi ga ge la le li lo ma me mi mo na ne ni no pa pe ra re ri ro "
    "sa se si so ta te ti to va ve ção dade mente ões ão",
}
LANGUAGES = ("en", "fr", "es", "pt")
TAIL_WORDS = 20_000
TOPIC_COUNT = 12
COUNTRIES = [
    "AR",
    "BD",
    "BF",
    "BJ",
    "BO",
    "BR",
    "CA",
    "CL",
    "CM",
    "CN",
    "CO",
    "CR",
    "DE",
    "DZ",
    "EC",
    "EG",
    "ES",
    "ET",
    "FR",
    "GH",
    "GT",
    "HN",
    "ID",
    "IN",
    "IT",
    "JO",
    "KE",
    "KH",
    "KR",
    "LB",
    "LK",
    "LU",
    "MA",
    "MG",
    "ML",
    "MX",
    "MZ",
    "NG",
    "NI",
    "NP",
    "PE",
    "PH",
    "PK",
    "PT",
    "PY",
    "RW",
    "SN",
    "SV",
    "TH",
    "TN",
    "TZ",
    "UG",
    "UY",
    "VN",
    "ZA",
    "ZM",
    "ZW",
]
SDG_TARGETS = ("8.3", "8.5", "8.6", "17.9", "17.17", "1.4", "5.5", "10.2", "11.3", "12.8")
PER_PAGE_CLEARANCE = Visibility.ALUMNI


class Vocabulary:
    """One language's words in Zipf order, and a sampler."""

    def __init__(self, language: str, rng: np.random.Generator) -> None:
        syllables = SYLLABLES[language].split()
        tail = set()
        while len(tail) < TAIL_WORDS:
            tail.add("".join(rng.choice(syllables, size=int(rng.integers(2, 5)))))
        domain = DOMAIN[language].split()
        self.words = np.array(FUNCTION_WORDS[language].split() + domain + sorted(tail))
        self.domain = domain
        self.tail_start = len(self.words) - TAIL_WORDS
        weights = 1.0 / np.arange(1, len(self.words) + 1) ** 1.05
        self.cumulative = np.cumsum(weights / weights.sum())

    def sample(self, rng: np.random.Generator, count: int) -> str:
        picks = np.searchsorted(self.cumulative, rng.random(count))
        return " ".join(self.words[np.minimum(picks, len(self.words) - 1)])


def make_vocabularies(seed: int) -> dict[str, Vocabulary]:
    rng = np.random.default_rng(seed)
    return {language: Vocabulary(language, rng) for language in LANGUAGES}


def build_corpus(vocabularies: dict[str, Vocabulary], count: int, seed: int) -> list[Topic]:
    rng = np.random.default_rng(seed)
    topics = [
        Topic.objects.create(slug=f"topic-{number}", name={"en": f"Topic {number}", "pt": f"Tema {number}"})
        for number in range(TOPIC_COUNT)
    ]
    editions = [
        Edition.objects.create(
            number=number,
            title={"en": f"Academy {number}"},
            start_date="2020-01-01",
            end_date="2020-01-05",
            time_zone="UTC",
            modality="online",
        )
        for number in range(1, 14)
    ]
    kinds = [kind for kind in ResourceKind.values if kind != ResourceKind.VIDEO]
    resources = []
    for number in range(count):
        language = LANGUAGES[number % 4]
        words = vocabularies[language]
        resources.append(
            Resource(
                kind=kinds[int(rng.integers(len(kinds)))],
                language=language,
                title=words.sample(rng, int(rng.integers(5, 13))).capitalize(),
                summary=words.sample(rng, int(rng.integers(25, 51))),
                extracted_text=words.sample(rng, int(rng.integers(200, 501))),
                url=f"https://example.org/resources/{number}",
                countries=list(rng.choice(COUNTRIES, size=int(rng.integers(1, 4)), replace=False)),
                sdg_targets=list(rng.choice(SDG_TARGETS, size=int(rng.integers(1, 3)), replace=False)),
                edition=editions[int(rng.integers(len(editions)))] if rng.random() < 0.7 else None,
            )
        )
    with transaction.atomic():
        Resource.objects.bulk_create(resources, batch_size=2000)
        links = [
            Resource.topics.through(resource_id=resource.pk, topic_id=topic.pk)
            for resource in resources
            for topic in rng.choice(topics, size=int(rng.integers(1, 4)), replace=False)
        ]
        Resource.topics.through.objects.bulk_create(links, batch_size=5000)
    everything = Resource.objects.select_related("edition").prefetch_related("topics").iterator(chunk_size=2000)
    index.replace_kind(DocumentKind.RESOURCE, (documents.resource_document(resource) for resource in everything))
    return topics


def inflect(word: str, rng: np.random.Generator) -> str:
    """Another form of a word, as people type it: plural or singular, sometimes without accents."""
    if word.endswith("s") and rng.random() < 0.5:
        word = word[:-1]
    elif rng.random() < 0.3:
        word += "s"
    if rng.random() < 0.3:
        from academy.brain.search.text import fold

        word = fold(word)
    return word


def make_queries(vocabularies, topics, count: int, seed: int) -> list[tuple[str, dict[str, str]]]:
    rng = np.random.default_rng(seed)
    queries = []
    for _ in range(count):
        words = vocabularies[LANGUAGES[int(rng.integers(4))]]
        terms = []
        for _word in range(int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))):
            if rng.random() < 0.6:
                terms.append(inflect(words.domain[int(rng.integers(len(words.domain)))], rng))
            else:
                terms.append(str(words.words[int(rng.integers(words.tail_start, words.tail_start + 5000))]))
        dimension = rng.choice(["language", "type", "topic", "country", "edition", "sdg"],
                               p=[0.3, 0.2, 0.2, 0.15, 0.1, 0.05])  # fmt: skip
        value = {
            "language": lambda: LANGUAGES[int(rng.integers(4))],
            "type": lambda: DocumentKind.RESOURCE.value,
            "topic": lambda: str(topics[int(rng.integers(len(topics)))].pk),
            "country": lambda: COUNTRIES[int(rng.integers(len(COUNTRIES)))],
            "edition": lambda: str(int(rng.integers(1, 14))),
            "sdg": lambda: SDG_TARGETS[int(rng.integers(len(SDG_TARGETS)))],
        }[dimension]()
        queries.append((" ".join(terms), {dimension: value}))
    return queries


NAIVE_FILTERS = {
    "language": lambda value: Q(language=value),
    "type": lambda value: Q(),
    "topic": lambda value: Q(topics=value),
    "country": lambda value: Q(countries__contains=value),
    "edition": lambda value: Q(edition__number=value),
    "sdg": lambda value: Q(sdg_targets__icontains=f'"{value}"'),
}


def naive_search(query: str, filters: dict[str, str]) -> tuple[list[int], dict]:
    """What one would write first: icontains on every field, ranked by how many of them match."""
    words = query.split()
    matching = Q()
    score = Value(0)
    for word in words:
        fields = [Q(title__icontains=word), Q(summary__icontains=word), Q(extracted_text__icontains=word)]
        matching &= fields[0] | fields[1] | fields[2]
        for field in fields:
            score = score + Case(When(field, then=1), default=0, output_field=IntegerField())
    found = Resource.objects.filter(matching)
    for dimension, value in filters.items():
        found = found.filter(NAIVE_FILTERS[dimension](value))
    page = list(found.annotate(score=score).order_by("-score", "-pk").values_list("pk", flat=True)[: engine.PER_PAGE])
    facets = {
        "language": list(found.values("language").annotate(n=Count("pk"))),
        "type": list(found.values("kind").annotate(n=Count("pk"))),
        "edition": list(found.values("edition__number").annotate(n=Count("pk"))),
        "topic": list(found.values("topics").annotate(n=Count("pk"))),
        # Multi-valued text fields: the naive way counts them in Python.
        "country": [country for row in found.values_list("countries", flat=True) for country in row],
        "sdg": [target for row in found.values_list("sdg_targets", flat=True) for target in row],
    }
    return page, facets


def percentiles(seconds: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(seconds, n=100)
    return statistics.median(seconds) * 1000, cuts[94] * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--naive-queries", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="SQLite: build into this file and keep it; reuse it if it exists")
    args = parser.parse_args()
    vocabularies = make_vocabularies(seed=10)
    reuse = args.keep is not None and args.keep.exists()
    if connection.vendor == "sqlite":
        # A file, as in production, rather than the test runner's in-memory database.
        path = args.keep or Path(tempfile.mkdtemp(prefix="academy-search-")) / "bench.sqlite3"
        connection.settings_dict["NAME"] = connection.settings_dict["TEST"]["NAME"] = str(path)
    runner = get_runner(django.conf.settings)(verbosity=0, keepdb=args.keep is not None)
    old_config = None if reuse else runner.setup_databases()
    try:
        started = time.perf_counter()
        topics = list(Topic.objects.order_by("pk")) if reuse else build_corpus(vocabularies, args.documents, seed=11)
        print(f"database: {connection.vendor}; {Resource.objects.count():,} resources built and indexed in "
              f"{time.perf_counter() - started:.0f} s")  # fmt: skip
        queries = make_queries(vocabularies, topics, args.queries, seed=12)
        started = time.perf_counter()
        engine.facet_table()
        print(f"facet table loaded in {(time.perf_counter() - started) * 1000:.0f} ms (once per index change)")
        timings, totals = [], []
        for query, filters in queries:
            started = time.perf_counter()
            results = engine.search(query, clearance=PER_PAGE_CLEARANCE, filters=filters)
            timings.append(time.perf_counter() - started)
            totals.append(results.total)
        naive_timings = []
        for query, filters in queries[: args.naive_queries]:
            started = time.perf_counter()
            naive_search(query, filters)
            naive_timings.append(time.perf_counter() - started)
        same = engine_timings = timings[: args.naive_queries]
        p50, p95 = percentiles(timings)
        naive_p50, naive_p95 = percentiles(naive_timings)
        same_p50, same_p95 = percentiles(same)
        print(f"matches per query: median {statistics.median(totals):,.0f}, max {max(totals):,}, "
              f"none for {sum(1 for total in totals if total == 0)} of {len(totals)}")  # fmt: skip
        print(f"{'search call':<48} {'p50 ms':>8} {'p95 ms':>8}")
        print(f"{f'search(), all {len(timings)} queries':<48} {p50:>8.2f} {p95:>8.2f}")
        print(f"{f'search(), the first {len(engine_timings)} queries':<48} {same_p50:>8.2f} {same_p95:>8.2f}")
        print(f"{f'naive icontains, the same {len(naive_timings)} queries':<48} {naive_p50:>8.2f} {naive_p95:>8.2f}")
        print(f"naive / search on the same queries: {naive_p50 / same_p50:.0f}x at p50, "
              f"{naive_p95 / same_p95:.0f}x at p95")  # fmt: skip
    finally:
        if old_config is not None and args.keep is None:
            runner.teardown_databases(old_config)


if __name__ == "__main__":
    main()
