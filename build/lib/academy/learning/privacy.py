"""Personal data of distance learning: the lessons read and every quiz attempt."""

from academy.people.privacy import rows


def personal_data(person) -> dict:
    return {"lessons_read": rows(person.lessons_done.all()), "quiz_attempts": rows(person.quiz_attempts.all())}
