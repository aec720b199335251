"""Who sees whose profile: directory, search and the profile page follow each person's choice."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.urls import reverse

from academy.brain import profiles
from academy.brain.models import DocumentKind, ProfileField, SearchDocument, Visibility
from academy.brain.rules import clearance
from academy.brain.search.engine import search
from academy.editions.models import Role
from tests.factories import EditionFactory, MembershipFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db


def alumnus(**fields):
    return MembershipFactory(user=UserFactory(**fields), role=Role.PARTICIPANT).user


def viewers():
    """One person of each clearance: anonymous, outsider (account, no edition), alumnus, organiser."""
    organiser = MembershipFactory(role=Role.ORGANISER).user
    return {
        "anonymous": AnonymousUser(),
        "outsider": UserFactory(),
        "alumnus": alumnus(),
        "organiser": organiser,
    }


def set_visibility(person, visibility, shown=None):
    profile = profiles.profile_of(person)
    profiles.save_profile(
        person=person,
        visibility=visibility,
        shown_fields=list(ProfileField.values) if shown is None else shown,
        bio=profile.bio,
        expertise=list(profile.expertise.all()),
        networks=[],
        accepts_messages=True,
    )


# Which viewers see a profile of each visibility.
MATRIX = {
    Visibility.EVERYONE: {"anonymous", "outsider", "alumnus", "organiser"},
    Visibility.ALUMNI: {"alumnus", "organiser"},
    Visibility.ORGANISERS: {"organiser"},
}


@pytest.mark.parametrize("visibility", list(MATRIX))
def test_visibility_matrix_across_directory_search_and_profile_page(client, visibility):
    person = alumnus(certificate_name="Amani Wanjiru", organisation="Kenya Cooperative Alliance")
    set_visibility(person, visibility)
    for name, viewer in viewers().items():
        allowed = name in MATRIX[visibility]
        level = clearance(viewer)
        directory = search("", clearance=level, filters={"type": DocumentKind.PERSON})
        by_name = search("Wanjiru", clearance=level)
        by_organisation = search("cooperative alliance", clearance=level)
        assert (person.pk in [hit.object_id for hit in directory.hits]) is allowed, name
        assert (by_name.total == 1) is allowed, name
        assert (by_organisation.total == 1) is allowed, name
        client.logout()
        if viewer.is_authenticated:
            client.force_login(viewer)
        page = client.get(reverse("brain:person", args=[person.pk]))
        assert page.status_code == (200 if allowed else 404), name
        listing = client.get(reverse("brain:directory"), {"q": "Wanjiru"})
        assert ("Amani Wanjiru" in listing.content.decode()) is allowed, name


def test_default_visibility_is_alumni_only():
    person = alumnus(certificate_name="Rosa Quispe")
    document = SearchDocument.objects.get(kind=DocumentKind.PERSON, object_id=person.pk)
    assert document.audience == Visibility.ALUMNI


def test_hidden_fields_are_not_searchable_nor_filterable():
    topic = TopicFactory(name={"en": "Fair trade"})
    person = alumnus(certificate_name="Lucía Mamani", organisation="Red de Comercio Justo", country="BO")
    profile = profiles.profile_of(person)
    profile.expertise.set([topic])
    set_visibility(person, Visibility.EVERYONE, shown=[ProfileField.JOB_TITLE])
    assert search("Mamani", clearance=Visibility.EVERYONE).total == 1
    assert search("comercio", clearance=Visibility.EVERYONE).total == 0
    assert search("fair trade", clearance=Visibility.EVERYONE).total == 0
    for dimension, value in {"country": "BO", "region": "Americas", "topic": str(topic.pk)}.items():
        assert search("", clearance=Visibility.ORGANISERS, filters={dimension: value}).total == 0, dimension


def test_shown_fields_are_filterable():
    person = alumnus(certificate_name="Kofi Mensah", country="GH", constituency="workers")
    set_visibility(person, Visibility.EVERYONE)
    for dimension, value in {"country": "GH", "region": "Africa", "constituency": "workers"}.items():
        results = search("", clearance=Visibility.EVERYONE, filters={"type": "person", dimension: value})
        assert [hit.object_id for hit in results.hits] == [person.pk], dimension


def test_people_who_never_took_part_are_not_in_the_directory():
    UserFactory(certificate_name="Not An Alumnus")
    MembershipFactory(role=Role.SPEAKER, user=UserFactory(certificate_name="Only A Speaker"))
    assert search("alumnus speaker", clearance=Visibility.ORGANISERS).total == 0
    assert not SearchDocument.objects.filter(kind=DocumentKind.PERSON).exists()


def test_profile_follows_changes_to_the_person_and_their_roles():
    person = alumnus(certificate_name="Thi Ha Nguyen", organisation="Coop Hanoi")
    set_visibility(person, Visibility.EVERYONE)
    person.organisation = "Saigon Cooperative Union"
    person.save()
    assert search("saigon", clearance=Visibility.EVERYONE).total == 1
    assert search("hanoi", clearance=Visibility.EVERYONE).total == 0
    other_edition = EditionFactory()
    MembershipFactory(user=person, edition=other_edition, role=Role.PARTICIPANT)
    assert search("", clearance=Visibility.EVERYONE, filters={"edition": str(other_edition.number)}).total == 1
    person.memberships.all().delete()
    assert search("saigon", clearance=Visibility.EVERYONE).total == 0


def test_deleting_the_account_removes_the_document():
    person = alumnus()
    person_id = person.pk
    person.delete()
    assert not SearchDocument.objects.filter(kind=DocumentKind.PERSON, object_id=person_id).exists()


def test_only_alumni_have_a_profile_to_save():
    with pytest.raises(ValidationError):
        set_visibility(UserFactory(), Visibility.EVERYONE)


def test_my_profile_page_saves_the_choice(client):
    person = alumnus()
    client.force_login(person)
    response = client.post(
        reverse("brain:my_profile"),
        {"visibility": Visibility.ORGANISERS, "shown_fields": ["country"], "bio": "Hello", "accepts_messages": "on"},
    )
    assert response.status_code == 302
    profile = profiles.profile_of(person)
    assert profile.visibility == Visibility.ORGANISERS
    assert profile.shown_fields == ["country"]


def test_my_profile_page_refuses_an_unknown_visibility(client):
    person = alumnus()
    client.force_login(person)
    response = client.post(reverse("brain:my_profile"), {"visibility": 7, "shown_fields": ["nonsense"]})
    assert response.status_code == 200
    assert profiles.profile_of(person).visibility == Visibility.ALUMNI
    assert response.context["form"].errors.keys() == {"visibility", "shown_fields"}
