"""The back-office edition form: what organisers use to create and edit editions."""

import pytest

from academy.audit.models import ActionLog
from academy.editions.models import Edition, Membership, Role
from tests.factories import EditionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

ADD = "/en/back-office/editions/edition/add/"


def edition_form(client, url: str, **fields) -> dict:
    """The form's POST data as a browser would send it, with no inline rows, and `fields` filled in."""
    page = client.get(url)
    data = {}
    for inline in page.context["inline_admin_formsets"]:
        prefix = inline.formset.prefix
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
    base = {
        "number": "21",
        "title_0": "21st Academy",
        "start_date": "2031-06-02",
        "end_date": "2031-06-13",
        "time_zone": "Africa/Nairobi",
        "modality": "hybrid",
        "main_language": "en",
        "languages": ["en", "fr"],
        "daily_commitment_hours": "3",
        "attendance_threshold_percent": "80",
        "attendance_rule": "minutes",
        "session_counts_at_percent": "75",
        "electives_to_rank": "3",
        "status": "draft",
    }
    return data | base | fields


@pytest.fixture
def organiser(client):
    user = MembershipFactory(role=Role.ORGANISER, edition=EditionFactory(number=13)).user
    client.force_login(user)
    return user


def test_organiser_creates_an_edition_and_becomes_its_organiser(client, organiser):
    response = client.post(ADD, edition_form(client, ADD, title_3="21.ª Academia"))
    assert response.status_code == 302
    edition = Edition.objects.get(number=21)
    assert edition.title.data == {"en": "21st Academy", "pt": "21.ª Academia"}
    assert Membership.objects.filter(edition=edition, user=organiser, role=Role.ORGANISER).exists()


def test_organiser_listing_themselves_as_organiser_too_gets_one_role(client, organiser, settings):
    organiser.is_staff = True  # only staff see the roles inline
    organiser.save()
    data = edition_form(client, ADD)
    data |= {
        "memberships-TOTAL_FORMS": "1",
        "memberships-0-user": str(organiser.pk),
        "memberships-0-role": "organiser",
    }
    response = client.post(ADD, data)
    assert response.status_code == 302
    assert list(Membership.objects.filter(edition__number=21).values_list("user", "role")) == [
        (organiser.pk, "organiser")
    ]


def test_roles_set_in_the_back_office_are_audited(client):
    staff = UserFactory(is_staff=True)
    speaker = UserFactory()
    client.force_login(staff)
    data = edition_form(client, ADD)
    data |= {"memberships-TOTAL_FORMS": "1", "memberships-0-user": str(speaker.pk), "memberships-0-role": "speaker"}
    assert client.post(ADD, data).status_code == 302
    edition = Edition.objects.get(number=21)
    assert set(Membership.objects.filter(edition=edition).values_list("user", "role")) == {
        (staff.pk, "organiser"),
        (speaker.pk, "speaker"),
    }
    assert set(
        ActionLog.objects.filter(edition=edition, action="role.granted").values_list("data__role", flat=True)
    ) == {
        "organiser",
        "speaker",
    }


def test_organisers_cannot_pick_people_for_roles(client, organiser):
    stranger = UserFactory(certificate_name="Someone Organisers Need Not See")
    data = edition_form(client, ADD)
    data |= {"memberships-TOTAL_FORMS": "1", "memberships-0-user": str(stranger.pk), "memberships-0-role": "speaker"}
    response = client.post(ADD, data)
    assert "Someone Organisers Need Not See" not in response.content.decode()
    assert not Membership.objects.filter(user=stranger).exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"end_date": "2031-06-01"}, "The last day cannot be before the first day."),
        (
            {
                "applications_open_at_0": "2031-01-01",
                "applications_open_at_1": "00:00",
                "applications_close_at_0": "2031-06-14",
                "applications_close_at_1": "09:00",
            },
            "Applications cannot close after the edition ends.",
        ),
        ({"time_zone": "Africa/Atlantis"}, "is not a known time zone"),
        ({"number": "13"}, "Edition with this Edition number already exists."),
    ],
)
def test_bad_edition_is_refused_with_message_and_nothing_written(client, organiser, fields, message):
    response = client.post(ADD, edition_form(client, ADD, **fields))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Edition.objects.filter(number=21).exists()
    assert Edition.objects.count() == 1


def test_bad_edition_message_is_translated(client, organiser):
    url = ADD.replace("/en/", "/fr/")
    response = client.post(url, edition_form(client, url, end_date="2031-06-01"))
    assert "Le dernier jour ne peut pas précéder le premier jour." in response.content.decode()


def test_organiser_asks_for_the_evaluation_before_the_certificate(client, organiser):
    client.post(ADD, edition_form(client, ADD))
    edition = Edition.objects.get(number=21)
    assert edition.evaluation_before_certificate is False  # off by default
    change = f"/en/back-office/editions/edition/{edition.pk}/change/"
    response = client.post(change, edition_form(client, change, evaluation_before_certificate="on"))
    assert response.status_code == 302
    edition.refresh_from_db()
    assert edition.evaluation_before_certificate is True
