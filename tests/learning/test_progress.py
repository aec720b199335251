"""Progress alone: which steps are done, what is left, when a module and the course are complete."""

from hypothesis import given
from hypothesis import strategies as st

from academy.learning.progress import Step, StepKind, progress

STEPS = [
    Step(StepKind.LESSON, 1, module=10),
    Step(StepKind.LESSON, 2, module=10),
    Step(StepKind.QUIZ, 1, module=10),
    Step(StepKind.LESSON, 3, module=20),
]


def test_progress_counts_lessons_read_and_quizzes_passed():
    line = progress(STEPS, lessons_done={1, 3}, quizzes_passed=set())
    assert (line.completed, line.total, line.percent) == (2, 4, 50)
    assert line.left == [STEPS[1], STEPS[2]]
    assert line.next_step == STEPS[1]
    assert not line.complete


def test_progress_next_besides_skips_the_step_just_done():
    line = progress(STEPS, lessons_done={1}, quizzes_passed=set())
    assert line.next_besides(STEPS[1]) == STEPS[2]
    assert line.next_besides(STEPS[2]) == STEPS[1]
    assert progress(STEPS, lessons_done={1, 2, 3}, quizzes_passed=set()).next_besides(STEPS[2]) is None


def test_progress_a_lesson_and_a_quiz_with_the_same_id_are_different_steps():
    line = progress(STEPS, lessons_done=set(), quizzes_passed={1})
    assert line.left == [STEPS[0], STEPS[1], STEPS[3]]


def test_progress_ignores_steps_of_other_courses():
    line = progress(STEPS, lessons_done={1, 2, 3, 77}, quizzes_passed={1, 88})
    assert (line.completed, line.complete, line.next_step) == (4, True, None)


def test_progress_module_complete_only_when_all_its_steps_are():
    line = progress(STEPS, lessons_done={1, 2, 3}, quizzes_passed=set())
    assert (line.module_complete(10), line.module_complete(20)) == (False, True)


def test_progress_an_empty_course_is_never_complete():
    line = progress([], lessons_done={1}, quizzes_passed={1})
    assert (line.total, line.percent, line.complete, line.module_complete(10)) == (0, 0, False, False)


@given(st.sets(st.integers(1, 4)), st.sets(st.integers(1, 2)))
def test_progress_done_and_left_partition_the_steps(lessons_done, quizzes_passed):
    line = progress(STEPS, lessons_done=lessons_done, quizzes_passed=quizzes_passed)
    assert line.completed + len(line.left) == line.total
    assert line.complete == (line.completed == line.total)
    assert line.complete == all(line.module_complete(module) for module in (10, 20))
    assert 0 <= line.percent <= 100
