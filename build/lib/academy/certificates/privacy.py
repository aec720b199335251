"""Certificates: the person's, and what happens to them when the account goes.

A certificate is a record others rely on (an employer checking its code, a badge in a wallet), so
it stays, with the name and hours printed on it, no longer linked to an account."""

from academy.certificates.models import Certificate
from academy.people.privacy import rows


def personal_data(person) -> dict:
    return {"certificates": rows(person.certificates.all(), leave_out=("signatories",))}


def before_deletion(person, *, keep_contributions: bool) -> None:
    Certificate.objects.filter(user=person).update(user=None)
