"""The demo's distance-learning course: "the basic principles and notions of SSE" (seed 001), written for
the 12th edition from the glossary and the cases of the demo's Collective Brain, then copied to the 13th
and opened there, as organisers would do. Added once; a second run leaves it as it is."""

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import translation
from django.utils.formats import number_format

from academy.brain.models import CaseFigure, Definition, Resource, ResourceKind
from academy.editions.models import Edition
from academy.learning import services
from academy.learning.models import CompletionRule, Course, Lesson, Module, Option, Question, Quiz

TITLE = {
    "en": "The basic principles and notions of the social and solidarity economy",
    "fr": "Les principes et notions de base de l'économie sociale et solidaire",
    "es": "Los principios y nociones básicos de la economía social y solidaria",
    "pt": "Os princípios e noções básicos da economia social e solidária",
}
INTRODUCTION = {
    "en": "Before the Academy, every participant learns the basic principles and notions of the SSE, so that the "
    "plenaries can start from a common level. Each lesson takes a few minutes; each module ends with a short quiz.",
    "fr": "Avant l'Académie, chaque participant apprend les principes et notions de base de l'ESS, afin que les "
    "plénières partent d'un niveau commun. Chaque leçon prend quelques minutes ; chaque module se termine par un "
    "court quiz.",
    "es": "Antes de la Academia, cada participante aprende los principios y nociones básicos de la ESS, para que "
    "las plenarias partan de un nivel común. Cada lección lleva unos minutos; cada módulo termina con un breve "
    "cuestionario.",
    "pt": "Antes da Academia, cada participante aprende os princípios e noções básicos da ESS, para que as "
    "plenárias partam de um nível comum. Cada lição leva alguns minutos; cada módulo termina com um breve "
    "questionário.",
}
FIRST_MODULE = {
    "en": "What the SSE is",
    "fr": "Ce qu'est l'ESS",
    "es": "Qué es la ESS",
    "pt": "O que é a ESS",
}
SECOND_MODULE = {
    "en": "The SSE in the world",
    "fr": "L'ESS dans le monde",
    "es": "La ESS en el mundo",
    "pt": "A ESS no mundo",
}
SEOUL_LESSON = {
    "en": "Seoul's social economy",
    "fr": "L'économie sociale de Séoul",
    "es": "La economía social de Seúl",
    "pt": "A economia social de Seul",
}
SEOUL_TEXT = {
    "en": "The Seoul Metropolitan Government built its social economy ecosystem with civil society: **{in_2011}** "
    "social economy enterprises in 2011, **{in_2015}** in 2015, with over **{jobs}** jobs. The 8th Academy met "
    "there in 2017.",
    "fr": "La ville de Séoul a bâti son écosystème d'économie sociale avec la société civile : **{in_2011}** "
    "entreprises d'économie sociale en 2011, **{in_2015}** en 2015, et plus de **{jobs}** emplois. La 8e Académie "
    "s'y est tenue en 2017.",
    "es": "El Gobierno Metropolitano de Seúl construyó su ecosistema de economía social con la sociedad civil: "
    "**{in_2011}** empresas de economía social en 2011, **{in_2015}** en 2015, con más de **{jobs}** empleos. La 8.ª "
    "Academia se reunió allí en 2017.",
    "pt": "O Governo Metropolitano de Seul construiu o seu ecossistema de economia social com a sociedade civil: "
    "**{in_2011}** empresas de economia social em 2011, **{in_2015}** em 2015, com mais de **{jobs}** empregos. A 8.ª "
    "Academia reuniu-se lá em 2017.",
}
SSTC_LESSON = {
    "en": "South-South and triangular cooperation",
    "fr": "La coopération Sud-Sud et triangulaire",
    "es": "La cooperación Sur-Sur y triangular",
    "pt": "A cooperação Sul-Sul e triangular",
}
SSTC_TEXT = {
    "en": "SDG target **17.9** asks for international support for capacity-building in developing countries, "
    "including through North-South, South-South and triangular cooperation. Networks such as RIPESS, MERCOSUR "
    "Solidario and ASEC already link SSE actors of the South; the Academy's scholarships bring them together.",
    "fr": "La cible **17.9** des ODD demande un soutien international au renforcement des capacités des pays en "
    "développement, notamment par la coopération Nord-Sud, Sud-Sud et triangulaire. Des réseaux comme le RIPESS, "
    "MERCOSUR Solidario et ASEC relient déjà les acteurs de l'ESS du Sud ; les bourses de l'Académie les "
    "réunissent.",
    "es": "La meta **17.9** de los ODS pide apoyo internacional para la creación de capacidades en los países en "
    "desarrollo, incluso mediante la cooperación Norte-Sur, Sur-Sur y triangular. Redes como RIPESS, MERCOSUR "
    "Solidario y ASEC ya unen a los actores de la ESS del Sur; las becas de la Academia los reúnen.",
    "pt": "A meta **17.9** dos ODS pede apoio internacional à capacitação dos países em desenvolvimento, incluindo "
    "através da cooperação Norte-Sul, Sul-Sul e triangular. Redes como a RIPESS, o MERCOSUL Solidário e a ASEC já "
    "ligam os atores da ESS do Sul; as bolsas da Academia reúnem-nos.",
}
CHECK = {"en": "Check what you know", "fr": "Vérifiez vos connaissances", "es": "Compruebe lo que sabe",
         "pt": "Verifique o que sabe"}  # fmt: skip
# (question, several right, [(answer, right, feedback)]) for each module's quiz.
FIRST_QUIZ = [
    (
        {"en": "Which of these belong to the social and solidarity economy?",
         "fr": "Lesquelles de ces organisations font partie de l'économie sociale et solidaire ?",
         "es": "¿Cuáles de estas organizaciones forman parte de la economía social y solidaria?",
         "pt": "Quais destas organizações fazem parte da economia social e solidária?"},
        True,
        [
            ({"en": "Cooperatives", "fr": "Les coopératives", "es": "Las cooperativas", "pt": "As cooperativas"},
             True, {"en": "Yes.", "fr": "Oui.", "es": "Sí.", "pt": "Sim."}),
            ({"en": "Mutual societies", "fr": "Les mutuelles", "es": "Las mutuales", "pt": "As mutualidades"},
             True, {"en": "Yes.", "fr": "Oui.", "es": "Sí.", "pt": "Sim."}),
            ({"en": "Listed companies maximising returns to shareholders",
              "fr": "Les sociétés cotées qui maximisent le rendement pour leurs actionnaires",
              "es": "Las empresas cotizadas que maximizan el rendimiento para sus accionistas",
              "pt": "As empresas cotadas que maximizam o retorno para os acionistas"},
             False, {"en": "No: SSE units pursue social aims before the return on capital.",
                     "fr": "Non : les unités de l'ESS poursuivent des buts sociaux avant le rendement du capital.",
                     "es": "No: las unidades de la ESS persiguen fines sociales antes que el rendimiento del capital.",
                     "pt": "Não: as unidades da ESS perseguem fins sociais antes do retorno do capital."}),
        ],
    ),
    (
        {"en": "Which ILO recommendation is about promoting cooperatives?",
         "fr": "Quelle recommandation de l'OIT porte sur la promotion des coopératives ?",
         "es": "¿Qué recomendación de la OIT trata de la promoción de las cooperativas?",
         "pt": "Que recomendação da OIT trata da promoção das cooperativas?"},
        False,
        [
            ({"en": "No. 193 (2002)", "fr": "N° 193 (2002)", "es": "N.º 193 (2002)", "pt": "N.º 193 (2002)"}, True,
             {"en": "Right.", "fr": "Exact.", "es": "Correcto.", "pt": "Certo."}),
            ({"en": "No. 202 (2012)", "fr": "N° 202 (2012)", "es": "N.º 202 (2012)", "pt": "N.º 202 (2012)"}, False,
             {"en": "No: that one is on social protection floors.",
              "fr": "Non : celle-ci porte sur les socles de protection sociale.",
              "es": "No: esa trata de los pisos de protección social.",
              "pt": "Não: essa trata dos pisos de proteção social."}),
        ],
    ),
]  # fmt: skip
SECOND_QUIZ = [
    (
        {"en": "Which SDG target names South-South and triangular cooperation?",
         "fr": "Quelle cible des ODD nomme la coopération Sud-Sud et triangulaire ?",
         "es": "¿Qué meta de los ODS nombra la cooperación Sur-Sur y triangular?",
         "pt": "Que meta dos ODS refere a cooperação Sul-Sul e triangular?"},
        False,
        [
            ({"en": "17.9"}, True, {"en": "Right.", "fr": "Exact.", "es": "Correcto.", "pt": "Certo."}),
            ({"en": "8.3"}, False, {"en": "No: 8.3 is on decent jobs and enterprises.",
                                    "fr": "Non : la 8.3 porte sur l'emploi décent et les entreprises.",
                                    "es": "No: la 8.3 trata del trabajo decente y las empresas.",
                                    "pt": "Não: a 8.3 trata do trabalho digno e das empresas."}),
        ],
    ),
]  # fmt: skip


def _definition_lesson(module: Module, position: int, slug: str, minutes: int) -> Lesson:
    definition = Definition.objects.get(slug=slug)
    body = {code: f"{text}\n\n*{definition.source}*" for code, text in definition.text.data.items()}
    return Lesson.objects.create(module=module, position=position, title=definition.term.data, body=body,
                                 minutes=minutes)  # fmt: skip


def _quiz(module: Module, questions: list) -> None:
    quiz = Quiz.objects.create(module=module, title=CHECK, pass_mark=100)
    for position, (text, multiple, options) in enumerate(questions, start=1):
        question = Question.objects.create(quiz=quiz, position=position, text=text, multiple=multiple)
        Option.objects.bulk_create(
            Option(question=question, position=index, text=answer, correct=right, feedback=feedback)
            for index, (answer, right, feedback) in enumerate(options, start=1)
        )


def build_course(edition: Edition, *, opens_at: datetime, closes_at: datetime, rule: str) -> Course:
    """The course, written through the models as organisers write it in the back-office."""
    course = Course.objects.create(edition=edition, title=TITLE, introduction=INTRODUCTION, opens_at=opens_at,
                                   closes_at=closes_at, completion_rule=rule)  # fmt: skip
    first = Module.objects.create(course=course, position=1, title=FIRST_MODULE)
    definitions = _definition_lesson(first, 1, "social-and-solidarity-economy", minutes=8)
    _definition_lesson(first, 2, "cooperative", minutes=6)
    definitions.readings.set(Resource.objects.filter(kind=ResourceKind.READER)[:1])
    _quiz(first, FIRST_QUIZ)
    second = Module.objects.create(course=course, position=2, title=SECOND_MODULE)
    seoul = CaseFigure.objects.filter(practice__title="Seoul's social economy ecosystem")
    body = {}
    for code, text in SEOUL_TEXT.items():
        with translation.override(code):  # each language groups thousands its own way
            body[code] = text.format(**{
                "jobs" if figure.unit == "jobs" else f"in_{figure.year}": number_format(figure.value, 0, force_grouping=True)
                for figure in seoul
            })  # fmt: skip
    Lesson.objects.create(module=second, position=1, title=SEOUL_LESSON, body=body, minutes=5)
    Lesson.objects.create(module=second, position=2, title=SSTC_LESSON, body=SSTC_TEXT, minutes=5)
    _quiz(second, SECOND_QUIZ)
    return course


def _progress(course: Course, alumni: list, seed: int, at: datetime) -> None:
    """Most alumni of the 12th went through the course; some stopped halfway, some never began."""
    rng = random.Random(seed)
    steps = services.steps(course)
    for person in alumni:
        done = rng.choice([len(steps)] * 3 + [len(steps) // 2, 1, 0])
        for step in steps[:done]:
            if step.kind == "lesson":
                services.complete_lesson(lesson=Lesson.objects.get(pk=step.id), person=person, now=at)
            else:
                quiz = Quiz.objects.get(pk=step.id)
                chosen = {question.pk: {option.pk for option in question.options.all() if option.correct}
                          for question in quiz.questions.all()}  # fmt: skip
                services.answer_quiz(quiz=quiz, person=person, chosen=chosen, now=at)


def load_learning(*, alumni_edition: Edition, demo_edition: Edition, alumni: list, seed: int, by) -> None:
    if Course.objects.filter(edition__in=[alumni_edition, demo_edition]).exists():
        return
    paris = ZoneInfo(alumni_edition.time_zone)
    course = build_course(
        alumni_edition,
        opens_at=datetime(2021, 10, 18, 9, tzinfo=paris),
        closes_at=datetime(2021, 11, 15, 9, tzinfo=paris),
        rule=CompletionRule.RECOMMENDED,
    )
    _progress(course, alumni, seed, at=datetime(2021, 11, 1, 12, tzinfo=paris))
    # Copied for the 13th and edited there: open from the demo's start, required before the Academy.
    copy = services.copy_course(source=course, edition=demo_edition, by=by)
    copy.opens_at = datetime(2026, 11, 2, 9, tzinfo=ZoneInfo(demo_edition.time_zone))
    copy.closes_at = demo_edition.local_datetime(demo_edition.start_date, datetime.min.time()) + timedelta(hours=9)
    copy.completion_rule = CompletionRule.BEFORE_START
    copy.save()
