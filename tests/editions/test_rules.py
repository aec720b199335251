"""The permission matrix: every view of the foundation x every role, anonymous included."""

import pytest

from academy.editions.models import Edition, Role, Status
from tests.factories import EditionFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PERSONAS = [
    "anonymous",
    "person",
    "participant",
    "speaker",
    "committee",
    "organiser",
    "other_organiser",
    "alumnus",
    "staff",
]


@pytest.fixture
def world():
    published = EditionFactory(number=13, status=Status.APPLICATIONS_OPEN)
    draft = EditionFactory(number=14, status=Status.DRAFT)
    elsewhere = EditionFactory(number=15, status=Status.ANNOUNCED)
    finished = EditionFactory(number=12, status=Status.FINISHED)
    people = {"anonymous": None, "person": UserFactory(), "staff": UserFactory(is_staff=True)}
    for persona, role in [("participant", Role.PARTICIPANT), ("speaker", Role.SPEAKER), ("organiser", Role.ORGANISER)]:
        people[persona] = MembershipFactory(edition=published, role=role).user
    people["committee"] = MembershipFactory(
        edition=published, role=Role.COMMITTEE, organisation=OrganisationFactory()
    ).user
    MembershipFactory(edition=draft, user=people["organiser"], role=Role.ORGANISER)
    people["other_organiser"] = MembershipFactory(edition=elsewhere, role=Role.ORGANISER).user
    people["alumnus"] = MembershipFactory(edition=finished, role=Role.PARTICIPANT).user
    return {"people": people, "published": published, "draft": draft}


LOGIN = "redirect to login"
HOME = "/en/"
DASHBOARD = "/en/me/"
OK, UNAUTHORISED, FORBIDDEN, NOT_FOUND, ADMIN_LOGIN, ADMIN_INDEX = (
    200,
    401,
    403,
    404,
    "redirect to back-office login",
    "redirect to back-office",
)


def matrix_row(default, **exceptions):
    return {persona: exceptions.get(persona, default) for persona in PERSONAS}


MATRIX = {
    "/en/": matrix_row(OK),
    "/en/editions/13/": matrix_row(OK),
    "/en/editions/14/": matrix_row(NOT_FOUND, organiser=OK, staff=OK),
    "/en/editions/99/": matrix_row(NOT_FOUND),
    "/en/editions/13/clone/": matrix_row(FORBIDDEN, anonymous=LOGIN, organiser=OK, staff=OK),
    "/en/editions/14/clone/": matrix_row(NOT_FOUND, organiser=OK, staff=OK),
    "/en/editions/99999/": matrix_row(NOT_FOUND),
    "/en/people/profile/": matrix_row(OK, anonymous=LOGIN),
    "/en/people/profile/api-tokens/": matrix_row(FORBIDDEN, anonymous=LOGIN, organiser=OK, other_organiser=OK),
    "/en/api/": matrix_row(OK),
    "/api/v1/openapi.json": matrix_row(OK),
    "/api/v1/editions": matrix_row(OK),
    "/api/v1/editions/13": matrix_row(OK),
    "/api/v1/editions/14": matrix_row(NOT_FOUND),  # a draft: not in the API, even for its organisers
    "/api/v1/editions/13/sessions": matrix_row(OK),
    # A session is never a token: the organisers' endpoints answer 401 to everyone logged in on the site.
    "/api/v1/organisers/editions": matrix_row(UNAUTHORISED),
    "/api/v1/organisers/editions/13/applications": matrix_row(UNAUTHORISED),
    "/en/accounts/signup/": matrix_row(DASHBOARD, anonymous=OK),
    "/en/accounts/login/": matrix_row(DASHBOARD, anonymous=OK),
    "/en/me/": matrix_row(OK, anonymous=LOGIN),
    "/en/accounts/logout/": matrix_row(OK, anonymous=HOME),
    "/en/accounts/password/reset/": matrix_row(OK),
    "/en/accounts/password/change/": matrix_row(OK, anonymous=LOGIN),
    "/en/accounts/email/": matrix_row(OK, anonymous=LOGIN),
    "/en/back-office/": matrix_row(ADMIN_LOGIN, organiser=OK, other_organiser=OK, staff=OK),
    "/en/back-office/editions/edition/": matrix_row(ADMIN_LOGIN, organiser=OK, other_organiser=OK, staff=OK),
    "/en/back-office/editions/edition/{published}/change/": matrix_row(
        ADMIN_LOGIN, organiser=OK, other_organiser=ADMIN_INDEX, staff=OK
    ),
    "/en/back-office/editions/edition/add/": matrix_row(ADMIN_LOGIN, organiser=OK, other_organiser=OK, staff=OK),
    "/en/back-office/editions/edition/{published}/delete/": matrix_row(
        ADMIN_LOGIN, organiser=FORBIDDEN, other_organiser=FORBIDDEN, staff=OK
    ),
    "/en/back-office/editions/edition/{published}/history/": matrix_row(
        ADMIN_LOGIN, organiser=OK, other_organiser=ADMIN_INDEX, staff=OK
    ),
    "/en/back-office/editions/organisation/": matrix_row(ADMIN_LOGIN, organiser=OK, other_organiser=OK, staff=OK),
    "/en/back-office/editions/organisation/add/": matrix_row(
        ADMIN_LOGIN, organiser=FORBIDDEN, other_organiser=FORBIDDEN, staff=OK
    ),
    "/en/back-office/people/user/{person}/change/": matrix_row(
        ADMIN_LOGIN, organiser=FORBIDDEN, other_organiser=FORBIDDEN, staff=OK
    ),
    "/en/back-office/people/user/": matrix_row(ADMIN_LOGIN, organiser=FORBIDDEN, other_organiser=FORBIDDEN, staff=OK),
    "/en/back-office/audit/actionlog/": matrix_row(
        ADMIN_LOGIN, organiser=FORBIDDEN, other_organiser=FORBIDDEN, staff=OK
    ),
    # Open Badges, for wallets and verifiers: public, a draft edition's badge is not there.
    "/openbadges/badges/13.png": matrix_row(OK),
    "/openbadges/badges/14.png": matrix_row(NOT_FOUND),
    "/openbadges/badges/99.png": matrix_row(NOT_FOUND),
    "/openbadges/status/1": matrix_row(OK),
    "/openbadges/status/2": matrix_row(NOT_FOUND),
}


def outcome(response):
    if response.status_code != 302:
        return response.status_code
    location = response["Location"]
    if location.startswith("/en/accounts/login/"):
        return LOGIN
    if location.startswith("/en/back-office/login/"):
        return ADMIN_LOGIN
    if location.startswith("/en/back-office/"):
        return ADMIN_INDEX
    return location


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("url", list(MATRIX))
def test_permission_matrix(client, world, url, persona):
    user = world["people"][persona]
    if user is not None:
        client.force_login(user)
    response = client.get(url.format(published=world["published"].pk, person=world["people"]["person"].pk))
    assert outcome(response) == MATRIX[url][persona]


CREATED = "/en/editions/30/"
CLONE_POST = matrix_row(FORBIDDEN, anonymous=LOGIN, organiser=CREATED, staff=CREATED)


@pytest.mark.parametrize("persona", PERSONAS)
def test_clone_post_matrix_only_managers_create(client, world, persona):
    if world["people"][persona] is not None:
        client.force_login(world["people"][persona])
    response = client.post("/en/editions/13/clone/", {"number": 30, "start_date": "2030-01-01"})
    assert outcome(response) == CLONE_POST[persona]
    assert Edition.objects.filter(number=30).exists() == (CLONE_POST[persona] == CREATED)


def test_back_office_index_lists_what_each_role_may_open(client, world):
    client.force_login(world["people"]["staff"])
    page = client.get("/en/back-office/").content.decode()
    assert "/en/back-office/people/user/" in page
    assert "/en/back-office/audit/actionlog/" in page
    client.force_login(world["people"]["organiser"])
    page = client.get("/en/back-office/").content.decode()
    assert "/en/back-office/editions/edition/" in page
    assert "/en/back-office/people/user/" not in page


def test_organiser_sees_only_own_editions_in_back_office(client, world):
    client.force_login(world["people"]["other_organiser"])
    response = client.get("/en/back-office/editions/edition/")
    assert response.status_code == 200
    assert [edition.number for edition in response.context["cl"].result_list] == [15]
