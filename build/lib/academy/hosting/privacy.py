"""Personal data of hosting requests: the proposals a person sent.

A proposal is the organisation's: it stays when the account goes, without the account."""

from academy.people.privacy import rows


def personal_data(person) -> dict:
    return {"hosting_requests": rows(person.hosting_requests.all())}
