"""Quiz scoring, without a database: what was chosen against what is right, question by question.

A question is answered right when exactly its right options are chosen (for a single-choice
question, the one right option). The score is the share of questions answered right, in whole per
cent rounded down, so a pass mark is never reached by rounding.
"""

from collections.abc import Mapping, Set
from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    """One question as scoring sees it: its options, and which of them are right."""

    question: int
    multiple: bool
    options: frozenset[int]
    right: frozenset[int]


class Unanswered(ValueError):
    def __init__(self, questions: list[int]):
        super().__init__(f"unanswered questions: {questions}")
        self.questions = questions


class ForeignOption(ValueError):
    """An option that is not one of its question's (a forged or stale form)."""


class TooManyChoices(ValueError):
    """Several options for a question that takes one."""


@dataclass(frozen=True)
class Result:
    score: int
    passed: bool
    right: dict[int, bool]


def score(keys: list[Key], chosen: Mapping[int, Set[int]], pass_mark: int) -> Result:
    """The result of one attempt; refuses answers to other questions, foreign options, and gaps."""
    by_question = {key.question: key for key in keys}
    if set(chosen) - set(by_question):
        raise ForeignOption(sorted(set(chosen) - set(by_question)))
    missing = [key.question for key in keys if not chosen.get(key.question)]
    if missing:
        raise Unanswered(missing)
    right = {}
    for key in keys:
        options = frozenset(chosen[key.question])
        if not options <= key.options:
            raise ForeignOption(sorted(options - key.options))
        if not key.multiple and len(options) > 1:
            raise TooManyChoices(key.question)
        right[key.question] = options == key.right
    percent = 100 * sum(right.values()) // len(keys) if keys else 100
    return Result(score=percent, passed=percent >= pass_mark, right=right)
