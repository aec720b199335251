"""Personal data the editions app holds: the roles a person held."""

from academy.people.privacy import rows


def personal_data(person) -> dict:
    return {"roles": rows(person.memberships.all())}
