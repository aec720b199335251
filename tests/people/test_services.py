import pytest
from django.core.exceptions import ValidationError

from academy.people import services
from academy.people.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NAMES_IN_MANY_SCRIPTS = [
    "Nguyễn Thị Hương",
    "김지영",
    "فاطمة الزهراء العمراني",
    "Ольга Иванова",
    "José María Núñez-Pérez",
    "王小明",
]


@pytest.mark.parametrize("name", NAMES_IN_MANY_SCRIPTS)
def test_update_profile_keeps_names_in_any_script_exactly(name):
    person = UserFactory()
    services.update_profile(user=person, certificate_name=name)
    assert User.objects.get(pk=person.pk).certificate_name == name


def test_update_profile_name_of_200_characters_is_accepted():
    person = UserFactory()
    services.update_profile(user=person, certificate_name="é" * 200)
    assert len(User.objects.get(pk=person.pk).certificate_name) == 200


def test_update_profile_name_of_201_characters_is_refused_and_nothing_changes():
    person = UserFactory(certificate_name="Original Name", organisation="Coop A")
    with pytest.raises(ValidationError) as error:
        services.update_profile(user=person, certificate_name="x" * 201, organisation="Coop B")
    assert "certificate_name" in error.value.message_dict
    stored = User.objects.get(pk=person.pk)
    assert (stored.certificate_name, stored.organisation) == ("Original Name", "Coop A")


def test_update_profile_unknown_country_is_refused():
    person = UserFactory(country="SN")
    with pytest.raises(ValidationError) as error:
        services.update_profile(user=person, country="ZZ")
    assert "country" in error.value.message_dict
    assert User.objects.get(pk=person.pk).country.code == "SN"


def test_update_profile_unknown_time_zone_is_refused():
    person = UserFactory()
    with pytest.raises(ValidationError) as error:
        services.update_profile(user=person, time_zone="Mars/Olympus")
    assert "time_zone" in error.value.message_dict


def test_update_profile_unknown_language_is_refused():
    person = UserFactory()
    with pytest.raises(ValidationError) as error:
        services.update_profile(user=person, other_languages=["en", "xx"])
    assert "other_languages" in error.value.message_dict


def test_update_profile_self_description_kept_only_with_self_described_gender():
    person = UserFactory()
    services.update_profile(user=person, gender="self_described", gender_self_description="two-spirit")
    assert User.objects.get(pk=person.pk).gender_self_description == "two-spirit"
    services.update_profile(user=person, gender="woman")
    assert User.objects.get(pk=person.pk).gender_self_description == ""


def test_update_profile_other_languages_exclude_the_preferred_one():
    person = UserFactory(language="fr")
    services.update_profile(user=person, other_languages=["pt", "fr", "en"])
    assert User.objects.get(pk=person.pk).other_languages == ["en", "pt"]


def test_update_profile_rejects_fields_that_are_not_profile():
    person = UserFactory()
    with pytest.raises(TypeError):
        services.update_profile(user=person, is_staff=True)
    assert not User.objects.get(pk=person.pk).is_staff


def test_register_person_is_idempotent_and_keeps_password():
    first = services.register_person(email="new@example.org", certificate_name="New Person", password="pw-1234567890")
    again = services.register_person(email="NEW@example.org", certificate_name="New Person", password="other")
    assert first.pk == again.pk
    assert User.objects.filter(email__iexact="new@example.org").count() == 1
    assert User.objects.get(pk=first.pk).check_password("pw-1234567890")
    assert first.emailaddress_set.get().verified
