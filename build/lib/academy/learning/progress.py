"""Where a participant stands in a course, without a database: the steps, which are done, what is left."""

from dataclasses import dataclass
from enum import StrEnum


class StepKind(StrEnum):
    LESSON = "lesson"
    QUIZ = "quiz"


@dataclass(frozen=True)
class Step:
    kind: StepKind
    id: int
    module: int


@dataclass(frozen=True)
class Progress:
    """A lesson is done once read to the end; a quiz once passed (earlier failed tries do not count)."""

    steps: tuple[Step, ...]
    done: frozenset[tuple[StepKind, int]]

    def is_done(self, step: Step) -> bool:
        return (step.kind, step.id) in self.done

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def completed(self) -> int:
        return sum(self.is_done(step) for step in self.steps)

    @property
    def percent(self) -> int:
        return 100 * self.completed // self.total if self.total else 0

    @property
    def left(self) -> list[Step]:
        return [step for step in self.steps if not self.is_done(step)]

    @property
    def next_step(self) -> Step | None:
        return next(iter(self.left), None)

    def next_besides(self, step: Step) -> Step | None:
        """What is left to do once `step` is done (or set aside): the first other step not done."""
        return next((left for left in self.left if left != step), None)

    @property
    def complete(self) -> bool:
        """An empty course is never complete: there is nothing to show for it."""
        return self.total > 0 and not self.left

    def module_complete(self, module: int) -> bool:
        steps = [step for step in self.steps if step.module == module]
        return bool(steps) and all(self.is_done(step) for step in steps)


def progress(steps: list[Step], lessons_done: set[int], quizzes_passed: set[int]) -> Progress:
    done = {(StepKind.LESSON, lesson) for lesson in lessons_done} | {(StepKind.QUIZ, quiz) for quiz in quizzes_passed}
    mine = frozenset((step.kind, step.id) for step in steps) & done
    return Progress(steps=tuple(steps), done=mine)
