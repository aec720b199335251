"""The 12th edition's surveys (fictional, marked "(demo)"): its end-of-edition evaluation answered by its
participants, feedback on its sessions, and a few answers to the impact survey of its alumni, two of whom agreed to
make theirs a follow-up in the Collective Brain. Written through the services, at the times the answers would have
been given; added once."""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from academy.editions.models import Edition
from academy.surveys import services
from academy.surveys.models import Question, QuestionKind, Survey, SurveyKind


def _four(en: str, fr: str, es: str, pt: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "es": es, "pt": pt}


POOR_EXCELLENT = {
    "low_label": _four("Poor", "Faible", "Deficiente", "Fraco"),
    "high_label": _four("Excellent", "Excellent", "Excelente", "Excelente"),
}


def _scale(en, fr, es, pt, *, required=False) -> Question:
    return Question(kind=QuestionKind.SCALE, text=_four(en, fr, es, pt), required=required, **POOR_EXCELLENT)


def evaluation_questions() -> list[Question]:
    return [
        _scale(
            "Overall, how satisfied are you with the Academy?",
            "Dans l’ensemble, êtes-vous satisfait·e de l’Académie ?",
            "En general, ¿qué tan satisfecho/a está con la Academia?",
            "No geral, quão satisfeito/a está com a Academia?",
            required=True,
        ),
        _scale(
            "How relevant was it to your work?",
            "Quelle pertinence pour votre travail ?",
            "¿Qué tan pertinente fue para su trabajo?",
            "Quão relevante foi para o seu trabalho?",
        ),
        _scale(
            "Were the objectives met?",
            "Les objectifs ont-ils été atteints ?",
            "¿Se cumplieron los objetivos?",
            "Os objetivos foram alcançados?",
        ),
        _scale(
            "Quality of the plenaries",
            "Qualité des plénières",
            "Calidad de las plenarias",
            "Qualidade das plenárias",
        ),
        _scale(
            "Quality of the electives",
            "Qualité des électifs",
            "Calidad de los electivos",
            "Qualidade dos eletivos",
        ),
        _scale(
            "Organisation and the platform",
            "Organisation et plateforme",
            "Organización y plataforma",
            "Organização e plataforma",
        ),
        Question(
            kind=QuestionKind.MULTIPLE,
            text=_four(
                "What did you find most useful?",
                "Qu’avez-vous trouvé le plus utile ?",
                "¿Qué le resultó más útil?",
                "O que achou mais útil?",
            ),
            choices=[
                _four("Plenaries", "Plénières", "Plenarias", "Plenárias"),
                _four("Electives", "Électifs", "Electivos", "Eletivos"),
                _four("Study visits", "Visites d’étude", "Visitas de estudio", "Visitas de estudo"),
                _four("Networking", "Réseautage", "Redes", "Trabalho em rede"),
            ],
        ),
        Question(
            kind=QuestionKind.TEXT,
            text=_four(
                "What should we keep, and what should we change?",
                "Que faudrait-il garder, et que faudrait-il changer ?",
                "¿Qué deberíamos mantener y qué deberíamos cambiar?",
                "O que devemos manter e o que devemos mudar?",
            ),
        ),
        Question(
            kind=QuestionKind.RECOMMEND,
            text=_four(
                "How likely are you to recommend the Academy to a colleague?",
                "Recommanderiez-vous l’Académie à un·e collègue ?",
                "¿Recomendaría la Academia a un colega?",
                "Recomendaria a Academia a um colega?",
            ),
        ),
    ]


def feedback_questions() -> list[Question]:
    return [
        _scale("Your rating of the session", "Votre note", "Su valoración", "A sua avaliação", required=True),
        Question(kind=QuestionKind.TEXT, text=_four("A comment", "Un commentaire", "Un comentario", "Um comentário")),
    ]


def impact_questions() -> list[Question]:
    return [
        Question(
            kind=QuestionKind.TEXT,
            text=_four(
                "What have you applied from the Academy, and with whom?",
                "Qu’avez-vous mis en pratique de l’Académie, et avec qui ?",
                "¿Qué ha aplicado de la Academia, y con quién?",
                "O que aplicou da Academia, e com quem?",
            ),
            required=True,
        ),
        Question(
            kind=QuestionKind.TEXT,
            text=_four("What changed?", "Qu’est-ce qui a changé ?", "¿Qué cambió?", "O que mudou?"),
        ),
        _scale(
            "How much has the Academy helped your work since?",
            "Dans quelle mesure l’Académie a-t-elle aidé votre travail depuis ?",
            "¿Cuánto ha ayudado la Academia a su trabajo desde entonces?",
            "Quanto ajudou a Academia o seu trabalho desde então?",
        ),
    ]


COMMENTS = [
    "Keep the study visits; more time for questions after the plenaries. (demo)",
    "Garder les échanges entre pays ; moins de sessions le même jour. (demo)",
    "Mantener los electivos; más materiales en español. (demo)",
    "Manter o trabalho em rede; mais casos de África lusófona. (demo)",
]
SESSION_COMMENTS = ["Very practical. (demo)", "Clair et utile. (demo)", "", "Muy inspirador. (demo)", ""]
IMPACT = [
    (
        "A training on cooperative governance for 25 women's groups, with the regional federation. (demo)",
        "Two groups registered as cooperatives. (demo)",
        True,
    ),
    (
        "A mapping of SSE organisations in our municipality, with the university. (demo)",
        "The municipality opened an SSE desk. (demo)",
        True,
    ),
    ("Shared the Reader with my union's education team. (demo)", "", False),
    ("A South-South exchange with an alumna met at the Academy. (demo)", "", False),
]


def _at(day, hour: int, zone) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=zone)


def load_surveys(*, edition: Edition, participants: list, organiser, seed: int) -> None:
    """The 12th edition's evaluation, session feedback and impact survey, with their answers; once."""
    if Survey.objects.filter(edition=edition).exists():
        return
    rng = random.Random(seed)
    zone = edition.zone
    closing = _at(edition.end_date, 18, zone)

    def save(kind, title, questions, opens_at, closes_at) -> Survey:
        survey = services.new_survey(edition=edition, kind=kind, title=title, opens_at=opens_at, closes_at=closes_at)
        return services.save_survey(survey=survey, questions=questions, by=organiser)

    evaluation = save(
        SurveyKind.EVALUATION,
        _four(
            "End-of-edition evaluation (demo)",
            "Évaluation de fin d’édition (demo)",
            "Evaluación de fin de edición (demo)",
            "Avaliação de fim de edição (demo)",
        ),
        evaluation_questions(),
        closing,
        closing + timedelta(days=21),
    )
    feedback = save(
        SurveyKind.SESSION,
        _four(
            "Feedback on the sessions (demo)",
            "Avis sur les sessions (demo)",
            "Opinión sobre las sesiones (demo)",
            "Opinião sobre as sessões (demo)",
        ),
        feedback_questions(),
        _at(edition.start_date, 6, zone),
        closing + timedelta(days=21),
    )
    # The impact survey, some months later: still open, so the alumni of the demo can answer it too.
    now = timezone.now()
    impact = save(
        SurveyKind.IMPACT,
        _four(
            "Impact survey, months after the Academy (demo)",
            "Enquête d’impact, quelques mois après l’Académie (demo)",
            "Encuesta de impacto, meses después de la Academia (demo)",
            "Inquérito de impacto, meses depois da Academia (demo)",
        ),
        impact_questions(),
        closing + timedelta(days=180),
        now + timedelta(days=365),
    )
    questions = {survey.pk: list(survey.questions.order_by("position")) for survey in (evaluation, feedback, impact)}
    answered_at = closing + timedelta(days=2)
    # Most participants answer the evaluation.
    for person in participants:
        if rng.random() < 0.15:
            continue
        satisfaction = rng.choices([5, 4, 3, 2], weights=[5, 4, 2, 1])[0]
        answers = {}
        for question in questions[evaluation.pk]:
            if question.kind == QuestionKind.SCALE:
                answers[question.pk] = max(1, min(5, satisfaction + rng.choice([-1, 0, 0, 1])))
            elif question.kind == QuestionKind.MULTIPLE:
                answers[question.pk] = sorted(rng.sample(range(4), rng.randint(1, 3)))
            elif question.kind == QuestionKind.TEXT and rng.random() < 0.4:
                answers[question.pk] = rng.choice(COMMENTS)
            elif question.kind == QuestionKind.RECOMMEND:
                answers[question.pk] = max(0, min(10, 2 * satisfaction + rng.choice([-1, 0, 0, 1])))
        services.answer(survey=evaluation, person=person, answers=answers, submit=True, now=answered_at)
    # Feedback on up to three sessions of each one's programme, the day after each.
    rating, comment = questions[feedback.pk]
    for person in participants:
        for session in services.sessions_to_rate(feedback, person, now=answered_at)[:3]:
            services.answer(
                survey=feedback,
                person=person,
                session=session,
                answers={
                    rating.pk: rng.choices([5, 4, 3], weights=[3, 3, 1])[0],
                    comment.pk: rng.choice(SESSION_COMMENTS),
                },
                submit=True,
                now=min(session.ends_at + timedelta(hours=20), answered_at),
            )
    # A few impact answers (the alumnus of the demo accounts leaves theirs for the visitor); two of them become
    # follow-ups with their authors' consent.
    applied, changed, helped = questions[impact.pk]
    for person, (what, change, consent) in zip(participants[1:], IMPACT, strict=False):
        services.answer(
            survey=impact,
            person=person,
            answers={applied.pk: what, changed.pk: change, helped.pk: rng.choice([4, 5])},
            submit=True,
            consent=consent,
            now=impact.opens_at + timedelta(days=3),
        )
