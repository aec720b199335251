"""Personal data of distance learning: the lessons read, every quiz attempt, and what Moodle's reports say."""

from academy.people.privacy import rows


def personal_data(person) -> dict:
    return {
        "lessons_read": rows(person.lessons_done.all()),
        "quiz_attempts": rows(person.quiz_attempts.all()),
        "moodle_completions": rows(person.moodle_completions.all()),
    }
