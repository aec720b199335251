"""What the results page, its charts and the spreadsheets show of a survey: tables in the reader's language.

An anonymous survey's answers are exported without who gave them (no name, no e-mail, no session-free link to a
person) and in an order that says nothing of when they were given."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from academy.common.i18n import localize
from academy.reports.figures import Chart, Table
from academy.surveys.models import Answer, Question, QuestionKind, Response, Survey


def _text(value, survey) -> str:
    return localize(value, get_language(), survey.edition.main_language)[0]


def value_labels(question: Question, survey: Survey, values: list[int]) -> list[str]:
    if question.has_choices:
        return [_text(choice, survey) for choice in question.choices]
    labels = [str(value) for value in values]
    if question.kind == QuestionKind.SCALE and values:
        low, high = _text(question.low_label, survey), _text(question.high_label, survey)
        if low:
            labels[0] = f"1 · {low}"
        if high:
            labels[-1] = f"{values[-1]} · {high}"
    return labels


def question_rows(results) -> list[dict]:
    """For each question: its text, its table (value, answers, share), mean, score, breakdowns, comments."""
    survey = results.survey
    attribute_names = {
        "region": _("Region"),
        "constituency": _("Constituency group"),
        "language": _("Language"),
    }
    rows = []
    for question in results.questions:
        distribution = results.distributions[question.pk]
        labels = value_labels(question, survey, distribution.values)
        total = sum(distribution.counts)
        rows.append(
            {
                "question": question,
                "text": _text(question.text, survey),
                "distribution": distribution,
                "table": [
                    (label, count, (count / total) if total else None)
                    for label, count in zip(labels, distribution.counts, strict=True)
                ],
                "breakdowns": [(attribute_names[b.attribute], b) for b in results.breakdowns.get(question.pk, [])],
                "by_session": results.by_session.get(question.pk, []),
                "by_speaker": results.by_speaker.get(question.pk, []),
            }
        )
    return rows


def chart_table(survey: Survey, question_pk: int) -> Table | None:
    from academy.surveys.services import results_of_question

    question = survey.questions.filter(pk=question_pk).first()
    if question is None or question.kind == QuestionKind.TEXT:
        return None
    distribution = results_of_question(survey, question)
    labels = value_labels(question, survey, distribution.values)
    return Table(
        name=f"q{question.pk}",
        title=_text(question.text, survey),
        header=(_("Answer"), _("Answers")),
        rows=tuple(zip(labels, distribution.counts, strict=True)),
        chart=Chart.BARS,
    )


def _shown(question: Question, answer: Answer | None, survey: Survey):
    if answer is None:
        return ""
    if question.kind == QuestionKind.SINGLE:
        return _text(question.choices[answer.number], survey) if answer.number is not None else ""
    if question.kind == QuestionKind.MULTIPLE:
        return "; ".join(_text(question.choices[index], survey) for index in answer.picked)
    if question.kind == QuestionKind.TEXT:
        return answer.text
    return answer.number


def answer_rows(survey: Survey) -> list[list]:
    """One row per submitted response: the questions in order; named surveys start with the person (and the
    session, for session feedback)."""
    questions = list(survey.questions.order_by("position", "pk"))
    responses = Response.objects.filter(survey=survey, submitted_at__isnull=False).select_related("person", "session")
    answers: dict[int, dict[int, Answer]] = {}
    for answer in Answer.objects.filter(response__in=responses.values("pk")):
        answers.setdefault(answer.response_id, {})[answer.question_id] = answer
    header = [_text(question.text, survey) for question in questions]
    prefix_header = []
    if not survey.anonymous:
        prefix_header += [_("Name"), _("E-mail")]
    if survey.kind == "session":
        prefix_header.append(_("Session"))
    rows = []
    for response in responses:
        prefix = []
        if not survey.anonymous:
            prefix += [response.person.certificate_name, response.person.email]
        if survey.kind == "session":
            prefix.append(response.session.code if response.session else "")
        mine = answers.get(response.pk, {})
        rows.append(prefix + [_shown(question, mine.get(question.pk), survey) for question in questions])
    if survey.anonymous:
        rows.sort(key=lambda row: [str(value) for value in row])  # nothing of when, nor of who
    return [prefix_header + header, *rows]
