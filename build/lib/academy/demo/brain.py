"""The Collective Brain of the demo (added once; a second run leaves it as it is): topics, glossary, networks and good practices from the Academy's
own material (../shared/seeds), the 2011 Reader and a session's slides, synthetic resources in the
four languages (enough to exercise search), and alumni profiles with every kind of visibility."""

import random
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from academy.brain import articles, community, knowledge, marketplace, profiles, suggestions
from academy.brain.models import (
    ArticleCall,
    ArticleStatus,
    CaseFigure,
    Definition,
    GoodPractice,
    MarketplacePost,
    Network,
    ProfileField,
    ReaderBuild,
    Resource,
    Suggestion,
    Thread,
    Topic,
    Visibility,
)
from academy.editions.models import Edition

TOPICS = [
    ("youth-employment", "Youth employment", "Emploi des jeunes", "Empleo juvenil", "Emprego jovem"),
    ("sustainable-development", "Sustainable development", "Développement durable", "Desarrollo sostenible",
     "Desenvolvimento sustentável"),
    ("social-innovation", "Social innovation for decent work", "Innovation sociale pour le travail décent",
     "Innovación social para el trabajo decente", "Inovação social para o trabalho digno"),
    ("local-development", "Local development", "Développement local", "Desarrollo local", "Desenvolvimento local"),
    ("sse-ecosystems", "SSE ecosystems", "Écosystèmes de l'ESS", "Ecosistemas de la ESS", "Ecossistemas da ESS"),
    ("future-of-work", "The future of work", "L'avenir du travail", "El futuro del trabajo", "O futuro do trabalho"),
    ("south-south", "South-South and triangular cooperation", "Coopération Sud-Sud et triangulaire",
     "Cooperación Sur-Sur y triangular", "Cooperação Sul-Sul e triangular"),
    ("social-cohesion", "Social cohesion, peace and resilience", "Cohésion sociale, paix et résilience",
     "Cohesión social, paz y resiliencia", "Coesão social, paz e resiliência"),
    ("social-finance", "Social finance", "Finance sociale", "Finanzas sociales", "Finanças sociais"),
]  # fmt: skip

DEFINITIONS = [
    (
        "cooperative",
        {"en": "Cooperative", "fr": "Coopérative", "es": "Cooperativa", "pt": "Cooperativa"},
        {
            "en": "An autonomous association of persons united voluntarily to meet their common economic, social "
            "and cultural needs and aspirations through a jointly owned and democratically controlled enterprise.",
            "fr": "Une association autonome de personnes volontairement réunies pour satisfaire leurs aspirations et "
            "besoins économiques, sociaux et culturels communs au moyen d'une entreprise dont la propriété est "
            "collective et où le pouvoir est exercé démocratiquement.",
            "es": "Una asociación autónoma de personas que se han unido voluntariamente para hacer frente a sus "
            "necesidades y aspiraciones económicas, sociales y culturales comunes por medio de una empresa de "
            "propiedad conjunta y democráticamente controlada.",
            "pt": "Uma associação autónoma de pessoas que se unem voluntariamente para satisfazer as suas "
            "necessidades e aspirações económicas, sociais e culturais comuns, através de uma empresa de "
            "propriedade conjunta e democraticamente controlada.",
        },
        "ILO Recommendation on the Promotion of Cooperatives, 2002 (No. 193); ICA Statement on the Cooperative "
        "Identity, 1995",
        "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_INSTRUMENT_ID:312531",
    ),
    (
        "social-and-solidarity-economy",
        {
            "en": "Social and solidarity economy",
            "fr": "Économie sociale et solidaire",
            "es": "Economía social y solidaria",
            "pt": "Economia social e solidária",
        },
        {
            "en": "Enterprises and organisations, in particular cooperatives, mutual societies, associations, "
            "foundations and social enterprises, whose specificity is to produce goods, services and knowledge "
            "while pursuing both economic and social objectives and promoting solidarity.",
            "fr": "Les entreprises et organisations, en particulier les coopératives, les mutuelles, les "
            "associations, les fondations et les entreprises sociales, qui ont pour spécificité de produire des "
            "biens, des services et des connaissances tout en poursuivant des objectifs à la fois économiques et "
            "sociaux et en promouvant la solidarité.",
            "es": "Empresas y organizaciones, en particular cooperativas, mutuales, asociaciones, fundaciones y "
            "empresas sociales, cuya especificidad es producir bienes, servicios y conocimientos persiguiendo a "
            "la vez objetivos económicos y sociales y promoviendo la solidaridad.",
            "pt": "Empresas e organizações, em particular cooperativas, mutualidades, associações, fundações e "
            "empresas sociais, cuja especificidade é produzir bens, serviços e conhecimento prosseguindo "
            "objetivos económicos e sociais e promovendo a solidariedade.",
        },
        "ILO Regional Conference on the Social Economy, Johannesburg, 2009",
        "",
    ),
]

NETWORKS = [
    ("RIPESS", "Intercontinental Network for the Promotion of Social Solidarity Economy", "All continents",
     "https://www.ripess.org/"),
    ("MERCOSUR Solidario", "MERCOSUR Solidario", "Southern Cone of Latin America", ""),
    ("ASEC", "Asian Solidarity Economy Council", "Asia", ""),
    ("MCLACJ", "Latin American and Caribbean Coordination of Fair Trade", "Latin America and the Caribbean",
     "https://clac-comerciojusto.org/"),
    ("GSEF", "Global Social Economy Forum", "Cities of all continents", "https://www.gsef-net.org/"),
]  # fmt: skip

# (title, language, country, place, kind, sector, description, topics, SDG targets, figures)
PRACTICES = [
    (
        "Seoul's social economy ecosystem", "en", "KR", "Seoul", "public_policy", "Local government",
        "The Seoul Metropolitan Government pursued its own social economy development plan, building a local "
        "ecosystem and a supportive environment for SSE organisations on a robust public-civil partnership. The "
        "annual revenue of these SSE enterprises was 1.28 billion dollars in 2014, about 0.4% of the gross "
        "regional domestic product.",
        ["sse-ecosystems", "local-development"], ["8.3", "11.3"],
        [("SSE enterprises", "718", "", 2011), ("SSE enterprises", "3054", "", 2015),
         ("New jobs created by these enterprises", "17900", "jobs", 2015)],
    ),
    (
        "Economia social em Portugal: quadro legal e institucional", "pt", "PT", "", "public_policy",
        "Política pública",
        "Portugal estabeleceu um quadro legal e institucional comum para a promoção e o desenvolvimento do setor "
        "através da Lei de Bases da Economia Social e de três pilares institucionais: a Cooperativa António "
        "Sérgio para a Economia Social (CASES), o Conselho Nacional para a Economia Social (CNES) e a "
        "Confederação Portuguesa da Economia Social (CPES). Cinco cidades portuguesas receberam o estatuto de "
        "Capital Europeia da Economia Social.",
        ["sse-ecosystems"], ["8.3"],
        [("Share of gross value added", "3", "%", 2016), ("Share of paid employment", "6.1", "%", 2016)],
    ),
    (
        "Coopératives de la filière des fruits rouges", "fr", "MA", "", "cooperative", "Agriculture",
        "Appui au développement coopératif dans la chaîne de valeur des fruits rouges au Maroc, avec l'OIT.",
        ["local-development", "youth-employment"], ["8.3", "2.3"], [],
    ),
    (
        "Cooperatives with refugees and host communities", "en", "KE", "Kakuma", "cooperative", "Services",
        "Host community cooperatives provide services to displaced persons, recruit them as workers and include "
        "them as members; displaced persons form cooperatives to provide services for themselves or their host "
        "community (ILO mapping of the responses of SSE units to forced displacement, 2020).",
        ["social-cohesion"], ["8.5", "10.2", "16.7"], [],
    ),
    (
        "Cooperativas de mujeres recicladoras", "es", "SN", "Dakar", "cooperative", "Reciclaje de residuos",
        "Promoción de cooperativas de mujeres en el sector del reciclaje de residuos en Senegal.",
        ["sustainable-development"], ["5.5", "12.5"], [],
    ),
]  # fmt: skip

# Where the figures come from.
FIGURE_SOURCES = {
    "KR": "8th ILO SSE Academy, Seoul 2017: SSE in Seoul and Korea (Seoul Metropolitan Government data)",
    "PT": "ILO SSE Academy 2021, hosted by Portugal; INE and CASES, Social Economy Satellite Account 2016",
}

SEED_RESOURCES = [
    ("reader", "Social and Solidarity Economy: Our common road towards Decent Work – Reader 2011", "en", 2,
     "The Reader brings together articles to help build a common understanding of the social and solidarity "
     "economy, on governance and organisational management, policy and networking, and on the relationship "
     "between SSE and the informal economy, the green economy, local development and financing.",
     "https://www.ilo.org/publications/social-and-solidarity-economy-our-common-road-towards-decent-work",
     ["sse-ecosystems", "local-development", "social-finance"], ["8.3"]),
    ("slides", "Elective session 7 – SSE as a tool for social cohesion, peace and resilience (refugees and IDPs)",
     "en", 12,
     "The approach of the ILO in the promotion of cooperatives and SSE, and an introduction to the 2020 study "
     "mapping the responses of SSE units to forced displacement, with a focus on cooperatives.",
     "https://www.ilo.org/resource/mapping-responses-cooperatives-and-sseos-forced-displacement",
     ["social-cohesion"], ["8.3", "16.7"]),
]  # fmt: skip

# Synthetic resources: a sentence pattern per language, filled with topics and places.
PATTERNS = {
    "en": ("{topic} in {place}", "A study of how cooperatives, mutual societies and associations in {place} "
           "work on {topic_lower}, with lessons for policy makers and practitioners."),
    "fr": ("{topic} à {place}", "Une étude sur la manière dont les coopératives, mutuelles et associations de "
           "{place} travaillent sur {topic_lower}, avec des leçons pour les décideurs et les praticiens."),
    "es": ("{topic} en {place}", "Un estudio sobre cómo las cooperativas, mutuales y asociaciones de {place} "
           "trabajan en {topic_lower}, con lecciones para responsables políticos y profesionales."),
    "pt": ("{topic} em {place}", "Um estudo sobre como as cooperativas, mutualidades e associações de {place} "
           "trabalham em {topic_lower}, com lições para decisores políticos e profissionais."),
}  # fmt: skip
PLACES = [("Agadir", "MA"), ("Campinas", "BR"), ("Puebla", "MX"), ("San José", "CR"), ("Johannesburg", "ZA"),
          ("Dakar", "SN"), ("Maputo", "MZ"), ("Manila", "PH"), ("Quito", "EC"), ("Tunis", "TN")]  # fmt: skip
SYNTHETIC_PER_LANGUAGE = 10


def load_topics() -> dict[str, Topic]:
    topics = {}
    for order, (slug, en, fr, es, pt) in enumerate(TOPICS):
        topics[slug], _created = Topic.objects.get_or_create(
            slug=slug, defaults={"name": {"en": en, "fr": fr, "es": es, "pt": pt}, "order": order}
        )
    return topics


def load_glossary_and_networks() -> None:
    for slug, term, text, source, url in DEFINITIONS:
        Definition.objects.get_or_create(
            slug=slug, defaults={"term": term, "text": text, "source": source, "source_url": url}
        )
    for acronym, name, regions, website in NETWORKS:
        Network.objects.get_or_create(acronym=acronym, defaults={"name": name, "regions": regions, "website": website})


def _resource(topics, *, kind, title, language, edition_number, summary, url, topic_slugs, targets, countries=()):
    resource, created = Resource.objects.get_or_create(
        title=title,
        defaults={
            "kind": kind,
            "language": language,
            "summary": summary,
            "url": url,
            "edition": Edition.objects.filter(number=edition_number).first(),
            "sdg_targets": targets,
            "countries": list(countries),
        },
    )
    if created:
        resource.topics.set([topics[slug] for slug in topic_slugs])
        knowledge.refresh_resource(resource=resource)


def load_resources(topics: dict[str, Topic], seed: int) -> None:
    for kind, title, language, edition_number, summary, url, topic_slugs, targets in SEED_RESOURCES:
        _resource(topics, kind=kind, title=title, language=language, edition_number=edition_number,
                  summary=summary, url=url, topic_slugs=topic_slugs, targets=targets)  # fmt: skip
    rng = random.Random(seed)
    columns = {"en": 1, "fr": 2, "es": 3, "pt": 4}
    for language, (title_pattern, summary_pattern) in PATTERNS.items():
        for number in range(SYNTHETIC_PER_LANGUAGE):
            slug, *names = TOPICS[rng.randrange(len(TOPICS))]
            topic_name = names[columns[language] - 1]
            place, country = PLACES[rng.randrange(len(PLACES))]
            words = {"topic": topic_name, "topic_lower": topic_name.lower(), "place": place}
            _resource(topics, kind=rng.choice(["study", "slides", "video"]),
                      title=title_pattern.format(**words) + f" ({number + 1})", language=language,
                      edition_number=rng.randint(1, 12), summary=summary_pattern.format(**words),
                      url=f"https://example.org/demo/{language}/{number + 1}", topic_slugs=[slug],
                      targets=[rng.choice(["8.3", "8.5", "17.9", "5.5"])], countries=[country])  # fmt: skip


def load_practices(topics: dict[str, Topic]) -> None:
    for title, language, country, place, kind, sector, description, topic_slugs, targets, figures in PRACTICES:
        practice, created = GoodPractice.objects.get_or_create(
            title=title,
            defaults={
                "language": language,
                "country": country,
                "place": place,
                "organisation_kind": kind,
                "sector": sector,
                "description": description,
                "sdg_targets": targets,
            },
        )
        if not created:
            continue
        practice.topics.set([topics[slug] for slug in topic_slugs])
        CaseFigure.objects.bulk_create(
            CaseFigure(
                practice=practice,
                label=label,
                value=Decimal(value),
                unit=unit,
                year=year,
                source=FIGURE_SOURCES[country],
                order=order,
            )
            for order, (label, value, unit, year) in enumerate(figures)
        )
        knowledge.refresh_practice(practice=practice)


def load_profiles(alumni: list, topics: dict[str, Topic], seed: int) -> None:
    """Most alumni keep the default (alumni only); some open up to everyone, a few hide from all but organisers."""
    rng = random.Random(seed)
    networks = list(Network.objects.all())
    choices = [Visibility.ALUMNI] * 6 + [Visibility.EVERYONE] * 3 + [Visibility.ORGANISERS]
    for number, person in enumerate(alumni):
        if profiles.profile_of(person).expertise.exists():
            continue  # loaded before
        profiles.save_profile(
            person=person,
            visibility=Visibility.ALUMNI if number == 0 else rng.choice(choices),
            shown_fields=[field for field in ProfileField.values if number == 0 or rng.random() < 0.85],
            bio="",
            expertise=rng.sample(list(topics.values()), 2),
            networks=rng.sample(networks, rng.randint(0, 2)),
            accepts_messages=True,
        )


# (side, category, title, language, topic, body) posted by the synthetic alumni, in turn.
POSTS = [
    ("offer", "training", "Formação em gestão de cooperativas", "pt", "local-development",
     "Oferecemos formação **presencial ou à distância** em gestão de cooperativas, em português e espanhol."),
    ("need", "funding", "Seed funding for a women's recycling cooperative", "en", "sustainable-development",
     "We are looking for seed funding or a revolving fund for a recycling cooperative of 40 women."),
    ("offer", "expertise", "Appui à l'élaboration de lois sur l'ESS", "fr", "sse-ecosystems",
     "Notre réseau accompagne les ministères dans l'élaboration de lois-cadres sur l'économie sociale."),
    ("need", "partnership", "Socios para una red de comercio justo", "es", "south-south",
     "Buscamos organizaciones del Sur para crear una red de comercio justo de café y cacao."),
    ("offer", "funding", "Microcredit lines for youth cooperatives", "en", "youth-employment",
     "A social finance fund with credit lines for cooperatives led by young people."),
]  # fmt: skip


def load_marketplace(alumni: list, topics: dict[str, Topic]) -> None:
    if MarketplacePost.objects.exists():
        return
    authors = alumni[1:]  # the demo alumnus posts their own in the walkthrough
    for number, (side, category, title, language, topic, body) in enumerate(POSTS):
        marketplace.save_post(author=authors[number % len(authors)], side=side, category=category, title=title,
                              body=body, language=language, topics=[topics[topic]], countries=[])  # fmt: skip


# Articles of the 12th edition's participants: (language, title, paragraphs), synthetic but on the theme.
ARTICLES = [
    ("en", "South-South cooperation for a human-centred recovery",
     ["The pandemic showed how **cooperatives and mutual societies** kept services running where markets failed.",
      "South-South and triangular cooperation lets SSE organisations share what worked: social finance, "
      "public procurement reserved for social enterprises, and training for young cooperators."]),
    ("fr", "L'économie sociale et solidaire et l'emploi des jeunes en Afrique de l'Ouest",
     ["Les coopératives de jeunes au Sénégal et au Burkina Faso montrent que l'économie sociale crée des emplois "
      "décents là où l'économie informelle domine.", "- formation\n- accès au crédit\n- accès aux marchés"]),
    ("es", "Ecosistemas de la economía social y solidaria en América Latina",
     ["Las redes como RIPESS y MERCOSUR Solidario articulan cooperativas, gobiernos locales y universidades.",
      "La cooperación Sur-Sur entre municipios fortalece las políticas públicas de economía solidaria."]),
    ("pt", "Cooperativas de catadores e desenvolvimento local no Brasil",
     ["As cooperativas de catadores transformaram a recolha de resíduos em trabalho digno.",
      "A cooperação com Moçambique e Angola mostra como a economia solidária viaja entre países do Sul."]),
]  # fmt: skip


def load_articles(edition, alumni: list, topics: dict[str, Topic], by) -> None:
    """The 12th edition's articles, accepted and linked to its elective on SSE and social cohesion, and its Reader."""
    if ArticleCall.objects.filter(edition=edition).exists():
        return
    first_day = timezone.make_aware(datetime.combine(edition.start_date, time(9)), timezone.get_fixed_timezone(0))
    ArticleCall.objects.create(
        edition=edition,
        deadline=first_day - timedelta(days=7),
        guidance={"en": "South-South and triangular cooperation, and the edition's theme."},
        reader_introduction={"en": "This Reader gathers the articles the participants of the 12th Academy wrote "
                                   "on South-South and triangular cooperation and a human-centred recovery."},
    )  # fmt: skip
    # The elective on South-South and triangular cooperation, all its parts.
    sessions = list(edition.sessions.filter(code__startswith="E6"))
    writing_time = first_day - timedelta(days=10)
    for author, (language, title, paragraphs) in zip(alumni[1:], ARTICLES, strict=False):
        article = articles.save_draft(author=author, edition=edition, title=title, body="\n\n".join(paragraphs),
                                      language=language, topics=[topics["south-south"]], now=writing_time)  # fmt: skip
        articles.submit(article=article, by=author, now=writing_time)
        articles.decide(article=article, by=by, decision=ArticleStatus.ACCEPTED, comments="", sessions=sessions,
                        now=writing_time)  # fmt: skip
    articles.compile_reader_pdf(
        build=ReaderBuild.objects.create(edition=edition, started_by=by, started_at=timezone.now())
    )


# (title, language, topic, body, replies) started and answered by the synthetic alumni.
THREADS = [
    ("How did your city set up a social economy support centre?", "en", "sse-ecosystems",
     "Seoul built one with civil society. **What worked where you are?**",
     ["In Montreal the Chantier de l'économie sociale plays that role.",
      "En Agadir la région finance un incubateur de coopératives."]),
    ("Fundos rotativos para cooperativas de jovens", "pt", "youth-employment",
     "Alguém tem experiência com fundos rotativos geridos pelas próprias cooperativas?",
     ["Sí, en Bolivia las cooperativas de ahorro y crédito lo hacen desde hace años."]),
]  # fmt: skip


def load_threads(edition, alumni: list, topics: dict[str, Topic]) -> None:
    if Thread.objects.exists():
        return
    now = timezone.now()
    for number, (title, language, topic, body, replies) in enumerate(THREADS):
        thread = community.start_thread(author=alumni[1 + number], title=title, body=body, language=language,
                                        topics=[topics[topic]], edition=edition if number else None,
                                        now=now - timedelta(days=3))  # fmt: skip
        for offset, text in enumerate(replies):
            community.reply(thread=thread, author=alumni[3 + offset], body=text, now=now - timedelta(days=2 - offset))


def load_brain(alumni: list, seed: int, *, edition, by) -> None:
    topics = load_topics()
    load_glossary_and_networks()
    load_resources(topics, seed)
    load_practices(topics)
    load_profiles(alumni, topics, seed)
    load_marketplace(alumni, topics)
    load_articles(edition, alumni, topics, by)
    load_threads(edition, alumni, topics)
    if not Suggestion.objects.exists():
        suggestions.refresh_all(now=timezone.now())
