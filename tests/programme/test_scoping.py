"""Edition-owned data is read inside a scope: one edition on its pages, the managed editions in the back-office."""

import re

import pytest
from django.apps import apps
from django_scopes import scope
from django_scopes.exceptions import ScopeError

from academy.common.background import background_task
from academy.editions.models import Edition
from academy.programme.models import AllocationRound, Elective, Placement, Session, Speaker
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import at, elective, plenary

pytestmark = pytest.mark.django_db


@background_task
def count_sessions() -> int:
    return Session.objects.count()


@pytest.fixture
def twelfth(edition):
    other = EditionFactory(
        number=12, start_date=edition.start_date, end_date=edition.end_date, time_zone=edition.time_zone
    )
    round_ = AllocationRound.objects.create(
        edition=other, position=1, name={"en": "Round of the twelfth"},
        preferences_open_at=at(1, 9), preferences_close_at=at(2, 9),
    )  # fmt: skip
    elective(other, round_, "TWELVE")
    plenary(other, code="P12")
    return other


def test_a_query_on_edition_owned_data_outside_a_scope_raises(edition, twelfth):
    plenary(edition)
    with scope():
        for model in (Session, Elective, AllocationRound, Placement):
            with pytest.raises(ScopeError):
                list(model.objects.all())
        with pytest.raises(ScopeError):
            edition.sessions.count()
    with scope(edition=edition):
        assert [session.code for session in Session.objects.all()] == ["P1"]
        assert Elective.objects.count() == 0
    with scope(edition=[edition.pk, twelfth.pk]):
        assert Session.objects.count() == 5


def test_an_editions_page_reads_its_own_editions_rows_only(client, edition, twelfth):
    plenary(edition)
    page = client.get("/en/editions/12/programme/").content.decode()
    assert "/en/editions/12/programme/P12/" in page
    assert "/en/editions/13/programme/P1/" not in page
    assert client.get("/en/editions/13/programme/P12/").status_code == 404


def test_a_background_task_reads_every_edition_wherever_it_runs(edition, twelfth):
    plenary(edition)
    with scope():
        assert count_sessions.call() == 5


def choices(page: str, name: str) -> set[int]:
    """The rows a back-office drop-down offers."""
    select = re.search(rf'<select name="{name}".*?</select>', page, re.S).group()
    return {int(value) for value in re.findall(r'<option value="(\d+)"', select)}


def test_the_back_office_offers_an_organiser_only_the_rows_of_their_editions(client, edition, organiser, twelfth):
    ours = AllocationRound.objects.create(
        edition=edition, position=1, name={"en": "Round of the thirteenth"},
        preferences_open_at=at(1, 9), preferences_close_at=at(2, 9),
    )  # fmt: skip
    elective(edition, ours, "THIRTEEN")
    client.force_login(organiser)
    new_elective = client.get("/en/back-office/programme/elective/add/").content.decode()
    assert choices(new_elective, "round") == {ours.pk}
    new_session = client.get("/en/back-office/programme/session/add/").content.decode()
    assert choices(new_session, "elective") == {Elective.objects.get(code="THIRTEEN").pk}
    # Staff run every edition and see every edition's rows.
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    new_session = client.get("/en/back-office/programme/session/add/").content.decode()
    assert choices(new_session, "elective") == set(Elective.objects.values_list("pk", flat=True))


def test_rules_see_every_edition_whatever_the_scope(edition, organiser, twelfth):
    shared = Speaker.objects.create(name="Shared")
    shared.sessions.add(plenary(edition), Session.objects.get(code="P12"))
    with scope(edition=[edition.pk]):
        assert organiser.has_perm("programme.change_speaker", shared)
        assert not organiser.has_perm("programme.delete_speaker", shared)


# Rows of an edition that are read across editions on purpose, each with why.
READ_ACROSS_EDITIONS = {
    "editions.Membership": "roles decide permissions on every page, whatever the edition",
    "brain.Article": "accepted articles are the Collective Brain's, searched across editions",
    "brain.FollowUp": "what came of each edition is listed and searched across editions",
    "brain.Thread": "the community of practice spans editions; a thread may name one",
    "brain.Resource": "the knowledge hub spans editions; a resource may come from one",
    "brain.GoodPractice": "the knowledge hub spans editions; a practice may come from one",
    "hosting.HostingRequest": "a proposal becomes an edition, it does not belong to one",
}


def belongs_to_an_edition(model) -> bool:
    """It names its edition itself (rows that reach theirs through another row follow that row's scope)."""
    return any(
        field.concrete and field.is_relation and field.related_model is Edition for field in model._meta.get_fields()
    )


def is_scoped(model) -> bool:
    return model._default_manager.__class__.__module__ == "django_scopes.manager"


def test_every_model_of_an_edition_is_scoped_or_says_why_not():
    scoped, unscoped = set(), set()
    for model in apps.get_app_config("editions").apps.get_models():
        label = model._meta.label
        if not label.startswith(("editions.", "applications.", "programme.", "attendance.", "certificates.",
                                 "learning.", "reports.", "brain.", "hosting.")):  # fmt: skip
            continue
        if is_scoped(model):
            scoped.add(label)
        elif belongs_to_an_edition(model):
            unscoped.add(label)
    assert unscoped == set(READ_ACROSS_EDITIONS)
    assert len(scoped) >= 40
