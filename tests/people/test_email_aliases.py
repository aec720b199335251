import pytest

from academy.people.models import EmailAlias
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_person_adds_and_removes_another_address(client):
    person = UserFactory(email="ana@example.org")
    client.force_login(person)
    page = client.post("/en/people/profile/addresses/", {"email": "Ana.Lima@Work.Example"}, follow=True)
    assert "The address is added." in page.content.decode()
    alias = EmailAlias.objects.get(user=person)
    assert alias.email == "Ana.Lima@work.example"
    client.post(f"/en/people/profile/addresses/{alias.pk}/remove/")
    assert not EmailAlias.objects.exists()


def test_an_address_of_someone_else_or_a_bad_one_is_refused_in_the_readers_language(client):
    UserFactory(email="kim@example.kr")
    other = UserFactory()
    EmailAlias.objects.create(user=other, email="shared@example.org")
    person = UserFactory()
    client.force_login(person)
    for taken in ("KIM@example.kr", "Shared@Example.org"):
        page = client.post("/pt/people/profile/addresses/", {"email": taken}).content.decode()
        assert "Este endereço já está em uso." in page
    page = client.post("/es/people/profile/addresses/", {"email": "not an address"}).content.decode()
    assert "válid" in page
    assert EmailAlias.objects.filter(user=person).count() == 0


def test_nobody_removes_another_persons_address(client):
    alias = EmailAlias.objects.create(user=UserFactory(), email="mine@example.org")
    client.force_login(UserFactory())
    client.post(f"/en/people/profile/addresses/{alias.pk}/remove/")
    assert EmailAlias.objects.filter(pk=alias.pk).exists()


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.post("/en/people/profile/addresses/", {"email": "x@example.org"})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
