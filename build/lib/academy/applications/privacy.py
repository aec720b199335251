"""Personal data of applications: the person's applications and scholarships (the committee's
reviews and scores are the committee's working notes and stay out)."""

from academy.applications.models import Scholarship
from academy.people.privacy import rows

COMMITTEE_NOTES = ("score_raw", "score_normalised", "score_spread", "reviewers_disagree")


def personal_data(person) -> dict:
    return {
        "applications": rows(person.applications.all(), leave_out=COMMITTEE_NOTES),
        "scholarships": rows(Scholarship.objects.filter(application__applicant=person)),
    }
