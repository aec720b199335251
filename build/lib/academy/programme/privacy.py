"""Personal data of the programme: sign-ups, elective preferences and placements."""

from academy.people.privacy import rows


def personal_data(person) -> dict:
    return {
        "signups": rows(person.session_signups.all()),
        "elective_preferences": rows(person.elective_preferences.all()),
        "elective_placements": rows(person.elective_placements.all()),
    }
