"""The figures of a survey's results, from plain rows: no database, no Django.

Counts per question (a distribution over the values a question accepts), means, the recommendation score, means per
session and per speaker, and breakdowns by a respondent's attribute (region, constituency group, language) in which a
group of fewer than `MINIMUM_GROUP` respondents is never shown, so that an anonymous answer cannot be traced."""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

MINIMUM_GROUP = 5
NUMERIC = {"scale": (1, 5), "recommend": (0, 10)}


@dataclass(frozen=True)
class QuestionSpec:
    id: int
    kind: str  # scale, single, multiple, text, recommend
    choices: int = 0  # how many choices a single or multiple choice offers


class AnswerRow(NamedTuple):  # a tuple: tens of thousands are made for one results page
    respondent: int  # the response
    question: int
    number: int | None = None
    picked: tuple[int, ...] = ()
    text: str = ""


@dataclass
class Distribution:
    question: int
    kind: str
    values: list[int]  # the values counted, in order (1..5, 0..10, or the choice indexes)
    counts: list[int]
    answered: int  # respondents who answered the question
    mean: float | None = None
    score: float | None = None  # the recommendation score: % promoters (9-10) less % detractors (0-6)
    texts: list[str] = field(default_factory=list)


@dataclass
class Breakdown:
    question: int
    attribute: str
    groups: dict[str, float]  # group -> mean, only groups of at least MINIMUM_GROUP answers
    hidden: int  # groups left out for having fewer than MINIMUM_GROUP respondents


def rate(respondents: int, eligible: int) -> float | None:
    """The response rate, None when nobody is eligible."""
    if eligible <= 0:
        return None
    return min(respondents, eligible) / eligible


def values_of(question: QuestionSpec) -> list[int]:
    if question.kind in NUMERIC:
        low, high = NUMERIC[question.kind]
        return list(range(low, high + 1))
    if question.kind in ("single", "multiple"):
        return list(range(question.choices))
    return []


def recommendation_score(counts: Mapping[int, int]) -> float | None:
    """Net promoter score, from -100 to 100."""
    total = sum(counts.values())
    if not total:
        return None
    promoters = sum(count for value, count in counts.items() if value >= 9)
    detractors = sum(count for value, count in counts.items() if value <= 6)
    return 100 * (promoters - detractors) / total


def distribution(
    question: QuestionSpec, counts: Mapping[int, int], answered: int | None = None, texts: Sequence[str] = ()
) -> Distribution:
    """A question's distribution from its counts by value (values it does not accept are left out); `answered` is
    how many respondents answered it (the sum of the counts unless given: a multiple choice counts each pick)."""
    values = values_of(question)
    kept = {value: counts.get(value, 0) for value in values}
    total = sum(kept.values())
    result = Distribution(
        question=question.id,
        kind=question.kind,
        values=values,
        counts=[kept[value] for value in values],
        answered=total if answered is None else answered,
        texts=list(texts),
    )
    if question.kind in NUMERIC and total:
        result.mean = sum(value * count for value, count in kept.items()) / total
    if question.kind == "recommend":
        result.score = recommendation_score(kept)
    if question.kind == "text":
        result.answered = len(result.texts) if answered is None else answered
    return result


def distributions(questions: Sequence[QuestionSpec], answers: Iterable[AnswerRow]) -> dict[int, Distribution]:
    """Each question's distribution from answer rows; answers outside what a question accepts are not counted."""
    by_question = {question.id: question for question in questions}
    counts: dict[int, dict[int, int]] = {question.id: defaultdict(int) for question in questions}
    answered: dict[int, set[int]] = {question.id: set() for question in questions}
    texts: dict[int, list[str]] = defaultdict(list)
    for row in answers:
        question = by_question.get(row.question)
        if question is None:
            continue
        accepted = values_of(question)
        if question.kind in NUMERIC or question.kind == "single":
            if row.number is None or not (accepted and accepted[0] <= row.number <= accepted[-1]):
                continue
            counts[question.id][row.number] += 1
            answered[question.id].add(row.respondent)
        elif question.kind == "multiple":
            picked = {index for index in row.picked if 0 <= index < question.choices}
            if not picked:
                continue
            for index in picked:
                counts[question.id][index] += 1
            answered[question.id].add(row.respondent)
        elif row.text.strip():
            texts[question.id].append(row.text.strip())
            answered[question.id].add(row.respondent)
    return {
        question.id: distribution(question, counts[question.id], len(answered[question.id]), texts[question.id])
        for question in questions
    }


def means_by(
    question: QuestionSpec, answers: Iterable[AnswerRow], groups_of: Mapping[int, Iterable[object]]
) -> dict[object, tuple[float, int]]:
    """The mean of a numeric question per group (a respondent may count in several, e.g. each speaker of the
    session), with how many answers it is over. Not hidden: per session and per speaker for their organisers."""
    low, high = NUMERIC[question.kind]
    sums: dict[object, list[int]] = defaultdict(lambda: [0, 0])
    for row in answers:
        if row.question != question.id or row.number is None or not low <= row.number <= high:
            continue
        for group in groups_of.get(row.respondent, ()):
            sums[group][0] += row.number
            sums[group][1] += 1
    return means_of(sums)


def means_of(sums: Mapping[object, Sequence[int]]) -> dict[object, tuple[float, int]]:
    """Means from (sum, count) by group, with the count; empty groups left out."""
    return {group: (total / n, n) for group, (total, n) in sums.items() if n}


def breakdown(
    question: QuestionSpec,
    answers: Iterable[AnswerRow],
    attribute_of: Mapping[int, str],
    *,
    attribute: str,
    minimum: int = MINIMUM_GROUP,
) -> Breakdown:
    """`breakdown_of_means` from answer rows and each respondent's attribute."""
    means = means_by(question, answers, {respondent: (value,) for respondent, value in attribute_of.items()})
    return breakdown_of_means(question, means, attribute=attribute, minimum=minimum)


def breakdown_of_means(
    question: QuestionSpec, means: Mapping[object, tuple[float, int]], *, attribute: str, minimum: int = MINIMUM_GROUP
) -> Breakdown:
    """The mean of a numeric question by a respondent's attribute. A group of fewer than `minimum` answers is left
    out (only how many groups were is told); and when the hidden groups together hold fewer than `minimum` answers,
    the smallest shown groups are hidden too, so that the overall mean less the shown groups cannot give away a few
    people's answers (complementary suppression)."""
    shown = {group: (mean, n) for group, (mean, n) in means.items() if n >= minimum}
    hidden_total = sum(n for group, (_mean, n) in means.items() if group not in shown)
    while shown and 0 < hidden_total < minimum:
        smallest = min(shown, key=lambda group: (shown[group][1], str(group)))
        hidden_total += shown.pop(smallest)[1]
    return Breakdown(
        question=question.id,
        attribute=attribute,
        groups={group: shown[group][0] for group in sorted(shown, key=str)},
        hidden=len(means) - len(shown),
    )
