"""Scholarships for finance: the same table as CSV and as an Excel workbook."""

from django.utils.translation import gettext as _

from academy.applications.models import Scholarship


def scholarship_rows(scholarships, currency: str) -> list[list]:
    header = [
        _("Name"),
        _("Country"),
        _("Funding source"),
        _("Travel"),
        _("Accommodation"),
        _("Participation fee"),
        _("Total"),
        _("Spent"),
        _("Status"),
        _("Currency"),
    ]
    rows = [header]
    for scholarship in scholarships:
        person = scholarship.application.applicant
        rows.append(
            [
                person.certificate_name,
                person.country.code,
                scholarship.source.name,
                scholarship.travel,
                scholarship.accommodation,
                scholarship.fee,
                scholarship.amount,
                scholarship.spent,
                scholarship.get_status_display(),
                currency,
            ]
        )
    return rows


def scholarships_of(edition):
    return (
        Scholarship.objects.filter(application__edition=edition)
        .select_related("application__applicant", "source")
        .order_by("source__name", "application__applicant__certificate_name")
    )
