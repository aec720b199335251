import pytest

from academy.applications.models import Application, FundingSource, Status
from academy.editions.models import Role
from tests.factories import EditionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "rows"),
    [
        ("/en/back-office/applications/application/", "applicant"),
        ("/en/back-office/applications/fundingsource/", "name"),
    ],
)
def test_organisers_see_only_their_editions_rows(client, edition, url, rows):
    other = EditionFactory(number=14)
    Application.objects.create(edition=edition, applicant=UserFactory(certificate_name="Mine"), status=Status.SUBMITTED)
    Application.objects.create(edition=other, applicant=UserFactory(certificate_name="Theirs"), status=Status.SUBMITTED)
    FundingSource.objects.create(edition=edition, name="Mine", budget=1)
    FundingSource.objects.create(edition=other, name="Theirs", budget=1)
    client.force_login(MembershipFactory(edition=edition, role=Role.ORGANISER).user)
    response = client.get(url)
    assert response.status_code == 200
    assert [str(getattr(row, rows)) for row in response.context["cl"].result_list] == ["Mine"]


def test_participants_cannot_open_the_applications_back_office(client, edition):
    client.force_login(MembershipFactory(edition=edition, role=Role.PARTICIPANT).user)
    response = client.get("/en/back-office/applications/application/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/back-office/login/")
