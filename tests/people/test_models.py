import pytest
from django.db import IntegrityError

from academy.people.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_user_region_and_global_south_derive_from_country():
    person = UserFactory(country="BR")
    assert (person.region, person.is_global_south) == ("Americas", True)


def test_user_without_country_has_no_region():
    person = UserFactory(country="")
    assert (person.region, person.is_global_south) == ("", False)


def test_user_email_unique_regardless_of_case():
    UserFactory(email="ana@example.org")
    with pytest.raises(IntegrityError):
        User.objects.create_user(email="ANA@example.org", certificate_name="Ana")


def test_user_login_lookup_ignores_case():
    person = UserFactory(email="ana@example.org")
    assert User.objects.get_by_natural_key("Ana@Example.org") == person


def test_user_certificate_name_cannot_be_empty_in_database():
    with pytest.raises(IntegrityError):
        User.objects.create_user(email="nameless@example.org", certificate_name="")
