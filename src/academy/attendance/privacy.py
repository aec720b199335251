"""Personal data of attendance: presences by session and source, and excuses."""

from academy.people.privacy import rows


def personal_data(person) -> dict:
    return {"presences": rows(person.presences.all()), "excuses": rows(person.excuses.all())}
