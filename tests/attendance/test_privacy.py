"""What a report says of a person is in their data export, and leaves with their account."""

from academy.attendance.models import ReportAttendance
from academy.people import privacy
from tests.attendance.test_services import ROWS, import_zoom, people, seconds_of, session  # noqa: F401 (fixtures)
from tests.factories import PASSWORD
from tests.programme.conftest import at


def test_the_export_holds_what_the_report_says_of_the_person(session, organiser, people):  # noqa: F811
    ana, _kim, _joao = people
    import_zoom(session, organiser, ROWS)
    (reported,) = privacy.collect(ana)["attendance"]["presences"]
    assert (reported["session"], reported["source"], reported["seconds"]) == (session.pk, "report", 60 * 60)
    assert reported["intervals"] == [[int(at(14, 12, 55).timestamp()), int(at(14, 14).timestamp())]]  # merged


def test_a_deleted_account_leaves_the_report_and_everyone_else_stays(session, organiser, people):  # noqa: F811
    ana, kim, joao = people
    import_zoom(session, organiser, ROWS)
    privacy.delete_account(person=ana, password=PASSWORD, keep_contributions=False)
    assert ReportAttendance.objects.get(session=session).packed.people.tolist() == sorted([kim.pk, joao.pk])
    assert (seconds_of(session, kim), seconds_of(session, joao)) == (90 * 60, 30 * 60)
