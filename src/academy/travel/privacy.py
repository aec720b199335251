"""Visa letters: the person's requests, passport data included, are theirs to download; they go with the account."""

from academy.people.privacy import rows


def personal_data(person) -> dict:
    return {"visa_letters": rows(person.visa_letters.all())}
