"""Hybrid editions: in person or online on the application, seats in the room, travel only for places in person."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from academy.applications import decisions, services
from academy.applications.models import Application, FundingSource, Scholarship, SelectionRun, Status
from academy.editions.models import Role
from tests.applications.conftest import DURING
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hybrid(edition):
    edition.modality = "hybrid"
    edition.save()
    return edition


@pytest.fixture
def organiser(client, hybrid):
    user = MembershipFactory(edition=hybrid, role=Role.ORGANISER).user
    client.force_login(user)
    return user


def test_submission_at_a_hybrid_edition_asks_in_person_or_online(hybrid, applicant, complete):
    draft = services.save_draft(edition=hybrid, applicant=applicant, now=DURING, **complete)
    with pytest.raises(ValidationError) as refused:
        services.submit(application=draft, now=DURING)
    assert refused.value.message_dict == {"attendance": ["Say whether you will attend in person or online."]}
    services.save_draft(edition=hybrid, applicant=applicant, now=DURING, attendance="online")
    assert services.submit(application=draft, now=DURING).status == Status.SUBMITTED


def test_travel_scholarship_for_an_online_place_is_refused_with_the_reason(hybrid, applicant, complete):
    asked = complete | {"attendance": "online", "scholarship_requested": True, "scholarship_travel": True}
    draft = services.save_draft(edition=hybrid, applicant=applicant, now=DURING, **asked)
    with pytest.raises(ValidationError) as refused:
        services.submit(application=draft, now=DURING)
    assert "only for places in person" in refused.value.message_dict["scholarship_travel"][0]
    assert Application.objects.get().status == Status.DRAFT


def test_online_place_costs_no_travel_and_its_scholarship_pays_none(hybrid, reviewed):
    sn = reviewed["sn1"]
    in_person_cost = services.estimated_scholarship(Application.objects.get(pk=sn.pk))
    sn.attendance = "in_person"
    sn.save()
    assert services.estimated_scholarship(Application.objects.get(pk=sn.pk)) == Decimal(1200 + 500 + 500)
    sn.attendance = "online"
    sn.save()
    assert services.estimated_scholarship(Application.objects.get(pk=sn.pk)) == in_person_cost == Decimal(1000)
    source = FundingSource.objects.create(edition=hybrid, name="SSTC", budget=Decimal(10_000))
    with pytest.raises(ValidationError, match="only for a place in person"):
        Scholarship(application=sn, source=source, travel=Decimal(1200)).full_clean()


def test_seats_in_the_room_bound_the_proposal_and_the_comparison_shows_them(client, hybrid, reviewed, organiser):
    for name in ("pt1", "fr1", "de1"):
        Application.objects.filter(pk=reviewed[name].pk).update(attendance="in_person")
    Application.objects.exclude(pk__in=[reviewed[n].pk for n in ("pt1", "fr1", "de1")]).update(attendance="online")
    client.post("/en/editions/13/selection/", {"seats": 3, "room_seats": 1})
    run = SelectionRun.objects.get()
    assert run.parameters["room_seats"] == 1
    chosen = Application.objects.filter(pk__in=run.selected)
    assert [a.attendance for a in chosen].count("in_person") == 1
    page = client.get(f"/en/editions/13/selection/{run.pk}/").content.decode()
    assert "In person or online" in page
    assert "<td>In person</td><td>3 (50%)</td><td>1 (33%)</td>" in page


def test_applications_table_and_csv_show_the_attendance_mode(client, hybrid, reviewed, organiser):
    Application.objects.filter(pk=reviewed["sn1"].pk).update(attendance="in_person")
    page = client.get("/en/editions/13/applications/").content.decode()
    assert "<td>In person</td>" in page
    assert "<td>Online</td>" in page
    rows = list(csv.reader(io.StringIO(client.get("/en/editions/13/applications/?format=csv").content.decode())))
    mode = rows[0].index("In person or online")
    assert sorted(row[mode] for row in rows[1:]) == ["In person"] + ["Online"] * 5


def test_offer_to_an_online_place_pays_no_travel(hybrid, reviewed):
    FundingSource.objects.create(edition=hybrid, name="SSTC", budget=Decimal(10_000))
    Application.objects.filter(pk=reviewed["sn1"].pk).update(attendance="online")
    run = services.run_selection(edition=hybrid, parameters={"seats": 6}, by=None)
    decisions.confirm_run(run=run, by=None, now=hybrid.applications_close_at)
    assert Scholarship.objects.get(application=reviewed["sn1"]).travel == 0
    assert Scholarship.objects.get(application=reviewed["br1"]).travel == 0  # no answer: not in person


def test_selecting_by_hand_may_offer_the_scholarship_asked_for_from_a_named_source(hybrid, reviewed):
    FundingSource.objects.create(edition=hybrid, name="SSTC", budget=Decimal(10_000))
    sn = reviewed["sn1"]
    Application.objects.filter(pk=sn.pk).update(attendance="in_person")
    with pytest.raises(ValidationError, match="No funding source"):
        decisions.decide_by_hand(application=sn, status=Status.SELECTED, by=None, reason="Host", scholarship_from="X")
    assert Application.objects.get(pk=sn.pk).status == Status.SUBMITTED
    decisions.decide_by_hand(application=sn, status=Status.SELECTED, by=None, reason="Host", scholarship_from="SSTC")
    assert Scholarship.objects.get(application=sn).amount == Decimal(1200 + 500 + 500)
