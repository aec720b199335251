from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from academy.applications.models import Application, FundingSource, SelectionRun, Status
from academy.editions.models import Edition, Role
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def confirm(client, run):
    """Confirm the run on its page, the call having closed a minute ago."""
    Edition.objects.filter(pk=run.edition_id).update(applications_close_at=timezone.now() - timedelta(minutes=1))
    return client.post(f"/en/editions/13/selection/{run.pk}/confirm/", {"confirm": "yes"}, follow=True)


@pytest.fixture
def organiser(client, edition):
    user = MembershipFactory(edition=edition, role=Role.ORGANISER).user
    client.force_login(user)
    return user


def test_organiser_runs_reviews_the_proposal_and_confirms(client, edition, reviewed, organiser):
    FundingSource.objects.create(edition=edition, name="SSTC", budget=Decimal(10_000))
    response = client.post("/en/editions/13/selection/", {"seats": 3, "min_global_south_percent": 30})
    run = SelectionRun.objects.get()
    assert response["Location"] == f"/en/editions/13/selection/{run.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "sn1" in page
    assert "SSTC: 2,200.00 EUR / 10,000.00 EUR" in page
    confirm(client, run)
    assert Application.objects.filter(status=Status.SELECTED).count() == 3
    assert len(mail.outbox) == 6


def test_impossible_rules_are_explained_in_words(client, edition, reviewed, organiser):
    response = client.post(
        "/fr/editions/13/selection/", {"seats": 4, "min_global_south_percent": 100, "min_employers": 1}
    )
    page = client.get(response["Location"]).content.decode()
    assert "Au minimum parmi : Organisation d" in page
    assert SelectionRun.objects.get().status == "infeasible"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"seats": 0}, "seats"),
        ({"seats": 3, "women_min_percent": 60}, "__all__"),
        ({"seats": 3, "min_global_south_percent": 140}, "min_global_south_percent"),
    ],
)
def test_bad_selection_parameters_are_refused_and_nothing_runs(client, edition, organiser, data, field):
    response = client.post("/en/editions/13/selection/", data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not SelectionRun.objects.exists()


@pytest.mark.parametrize("role", [Role.PARTICIPANT, Role.COMMITTEE, Role.SPEAKER])
def test_only_organisers_reach_the_selection(client, edition, role):
    partner = OrganisationFactory() if role == Role.COMMITTEE else None
    membership = MembershipFactory(edition=edition, role=role, organisation=partner)
    client.force_login(membership.user)
    assert client.get("/en/editions/13/selection/").status_code == 403
    assert client.post("/en/editions/13/selection/", {"seats": 3}).status_code == 403
    assert not SelectionRun.objects.exists()  # the committee confirms runs, organisers make them


def test_selected_applicant_confirms_on_my_applications(client, edition, reviewed, organiser):
    client.post("/en/editions/13/selection/", {"seats": 3})
    run = SelectionRun.objects.get()
    confirm(client, run)
    chosen = Application.objects.filter(status=Status.SELECTED).select_related("applicant").first()
    client.force_login(chosen.applicant)
    assert "I confirm my participation" in client.get("/en/applications/").content.decode()
    client.post(f"/en/applications/{chosen.pk}/respond/", {"answer": "accept"})
    chosen.refresh_from_db()
    assert chosen.status == Status.CONFIRMED


def test_run_page_charts_pool_against_proposal_with_the_numbers(client, edition, reviewed, organiser):
    client.post("/en/editions/13/selection/", {"seats": 4, "min_global_south_percent": 50})
    run = SelectionRun.objects.get()
    page = client.get(f"/en/editions/13/selection/{run.pk}/").content.decode()
    assert page.count("<svg") == 5
    assert "<td>Africa</td><td>1 (17%)</td><td>1 (25%)</td>" in page
    rows = client.get(f"/en/editions/13/selection/{run.pk}/?format=csv").content.decode().splitlines()
    assert rows[0] == "Dimension,Group,Applications,Proposed"
    assert "Global South,Global South,3,2" in rows


def test_organisers_see_who_got_a_seat_from_the_waitlist_and_why(
    client,
    edition,
    reviewed,
    organiser,
    django_capture_on_commit_callbacks,
):
    from academy.applications import decisions

    FundingSource.objects.create(edition=edition, name="SSTC", budget=Decimal(10_000))
    client.post("/en/editions/13/selection/", {"seats": 3, "min_global_south_percent": 30})
    run = SelectionRun.objects.get()
    confirm(client, run)
    for name in ("sn1", "br1"):  # each seat goes down the waitlist once the decline is committed
        with django_capture_on_commit_callbacks(execute=True):
            decisions.respond(application=reviewed[name], accept=False)
    page = client.get("/en/editions/13/selection/").content.decode()
    assert "vn1" in page
    assert "1 before them would have broken one" in page


def test_group_maximums_from_the_form_hold(client, edition, reviewed, organiser):
    Application.objects.filter(pk=reviewed["pt1"].pk).update(constituency="government")
    # Five of the six are from workers' organisations: at most one of them may take one of two seats.
    client.post("/en/editions/13/selection/", {"seats": 2, "max_workers": 1})
    run = SelectionRun.objects.get()
    assert (run.status, run.parameters["constituency_max"]["workers"]) == ("optimal", 1)
    chosen = Application.objects.filter(pk__in=run.selected)
    assert chosen.filter(constituency="workers").count() == 1
    assert chosen.filter(constituency="government").count() == 1


def detail_url(application) -> str:
    return f"/en/editions/13/applications/{application.pk}/"


def test_organisers_read_an_application_with_every_review(client, edition, reviewed, organiser):
    from academy.applications.models import Question, ReviewAssignment

    application = reviewed["sn1"]
    question = Question.objects.create(call=edition.call, kind="yes_no", label={"en": "Have you run a cooperative?"})
    Application.objects.filter(pk=application.pk).update(answers={str(question.pk): "yes"}, motivation="Decent work.")
    review = ReviewAssignment.objects.get(application=application)
    review.comment = "Strong multiplier plan."
    review.save()
    page = client.get(detail_url(application)).content.decode()
    assert "Have you run a cooperative?" in page
    assert "<dd>Yes</dd>" in page
    assert "Decent work." in page
    assert "Overall: 7 / 10" in page  # the reviewer's score on the rubric's one criterion
    assert "Weighted total (0 to 1): 0.70" in page
    assert "Strong multiplier plan." in page
    # Senegal: 1,200 travel + 5 nights × 100 + 500 fee, in the call's currency.
    assert "estimated 2,200.00 EUR" in page


def test_organisers_pin_with_a_reason_or_not_at_all(client, edition, reviewed, organiser):
    from academy.applications.models import Pin

    application = reviewed["de1"]
    response = client.post(detail_url(application), {"action": "pin", "pin": "exclude", "reason": " "})
    assert "Say why." in response.content.decode()
    assert not Pin.objects.exists()
    client.post(detail_url(application), {"action": "pin", "pin": "exclude", "reason": "Took part in 2025"})
    pin = Pin.objects.get()
    assert (pin.application, pin.include, pin.reason, pin.created_by) == (
        application,
        False,
        "Took part in 2025",
        organiser,
    )
    run = SelectionRun.objects.get(
        pk=client.post("/en/editions/13/selection/", {"seats": 3})["Location"].split("/")[-2]
    )
    assert application.pk not in run.selected
    assert application.pk in run.parameters["pins"]["exclude"]
    client.post(detail_url(application), {"action": "pin", "pin": "", "reason": ""})
    assert not Pin.objects.exists()
    assert "Unpinned" in client.get(detail_url(application)).content.decode()


def test_organisers_decide_by_hand_and_a_full_edition_says_so(client, edition, reviewed, organiser):
    client.post("/en/editions/13/selection/", {"seats": 3})
    run = SelectionRun.objects.get()
    confirm(client, run)
    waiting = Application.objects.filter(status=Status.WAITLISTED).first()
    response = client.post(
        detail_url(waiting), {"action": "decide", "status": "selected", "reason": "Partner's request"}
    )
    assert "Every seat is taken." in response.content.decode()
    assert Application.objects.get(pk=waiting.pk).status == Status.WAITLISTED
    client.post(detail_url(waiting), {"action": "decide", "status": "not_selected", "reason": "Withdrew by phone"})
    assert Application.objects.get(pk=waiting.pk).status == Status.NOT_SELECTED
    page = client.get(detail_url(waiting)).content.decode()
    assert "Decided by hand: Withdrew by phone" in page


def test_the_back_office_lists_pins_but_does_not_change_them(client, edition, reviewed, organiser):
    from academy.applications import services

    services.set_pin(application=reviewed["de1"], include=False, reason="Took part in 2025", by=organiser)
    assert "Took part in 2025" in client.get("/en/back-office/applications/pin/").content.decode()
    assert client.get("/en/back-office/applications/pin/add/").status_code == 403


def test_names_lead_organisers_to_each_application(client, edition, reviewed, organiser):
    link = f'href="/en/editions/13/applications/{reviewed["pt1"].pk}/"'
    assert link in client.get("/en/editions/13/applications/").content.decode()
    client.post("/en/editions/13/selection/", {"seats": 3})
    run_page = f"/en/editions/13/selection/{SelectionRun.objects.get().pk}/"
    assert link in client.get(run_page).content.decode()
    # The selection committee reads the proposal too, but not each application's page.
    client.force_login(MembershipFactory(edition=edition, role=Role.COMMITTEE, organisation=OrganisationFactory()).user)
    assert link not in client.get(run_page).content.decode()


def test_confirming_without_the_tick_or_while_the_call_is_open_decides_nothing(client, edition, reviewed, organiser):
    client.post("/en/editions/13/selection/", {"seats": 3, "min_global_south_percent": 30})
    run = SelectionRun.objects.get()
    page = client.get(f"/en/editions/13/selection/{run.pk}/").content.decode()
    assert 'name="confirm" value="yes" required' in page
    page = client.post(f"/en/editions/13/selection/{run.pk}/confirm/", follow=True).content.decode()
    assert "Tick the box to confirm: the decisions cannot be undone." in page
    page = client.post(f"/en/editions/13/selection/{run.pk}/confirm/", {"confirm": "yes"}, follow=True)
    assert edition.applications_close_at > timezone.now()
    assert "The call is still open: confirm the selection once applications have closed." in page.content.decode()
    assert not Application.objects.exclude(status=Status.SUBMITTED).exists()
    assert len(mail.outbox) == 0
