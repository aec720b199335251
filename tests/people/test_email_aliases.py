import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from freezegun import freeze_time

from academy.people.models import EmailAlias, User
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
    EmailAlias.objects.create(user=other, email="shared@example.org", confirmed_at=timezone.now())
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


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\w\w/people/addresses/confirm/\S+/)", message.body).group(1)


def test_an_address_counts_once_confirmed_from_its_own_mailbox(client, django_capture_on_commit_callbacks):
    person = UserFactory(email="ana@example.org", language="pt", certificate_name="Ana D'Souza")
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/pt/people/profile/addresses/", {"email": "ana.zoom@example.org"})
    alias = EmailAlias.objects.get(user=person)
    assert alias.confirmed_at is None
    [message] = mail.outbox
    assert message.to == ["ana.zoom@example.org"]
    assert "Confirme o seu outro endereço" in message.subject
    assert "aguardando" in client.get("/pt/people/profile/").content.decode()
    link = confirmation_link(message)
    client.logout()  # the mailbox may be opened anywhere: the link is the proof
    page = client.get(link).content.decode()
    assert "ana.zoom@example.org" in page
    alias.refresh_from_db()
    assert alias.confirmed_at is None  # a mail scanner opening the link confirms nothing
    client.post(link)
    alias.refresh_from_db()
    assert alias.confirmed_at is not None
    assert "expirou" in client.get(link).content.decode()  # used once


def test_a_link_that_is_forged_or_too_old_confirms_nothing(client, django_capture_on_commit_callbacks):
    person = UserFactory()
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/people/profile/addresses/", {"email": "second@example.org"})
    link = confirmation_link(mail.outbox[0])
    client.post(link[:-3] + "xx/")
    with freeze_time(timezone.now() + timedelta(days=4)):
        client.post(link)
    assert EmailAlias.objects.get().confirmed_at is None


def test_an_unconfirmed_claim_blocks_nobody_and_a_confirmed_one_blocks_sign_up(client):
    squatter, owner = UserFactory(), UserFactory()
    EmailAlias.objects.create(user=squatter, email="victim@example.org")
    client.force_login(owner)
    client.post("/en/people/profile/addresses/", {"email": "victim@example.org"})
    assert EmailAlias.objects.get(email="victim@example.org").user == owner  # the claim without proof is gone
    client.logout()
    signup = {"certificate_name": "Awa Ndiaye", "country": "SN", "password1": "economie-sociale-2027",
              "password2": "economie-sociale-2027"}  # fmt: skip
    client.post("/en/accounts/signup/", {**signup, "email": "victim@example.org"})
    assert not EmailAlias.objects.filter(email="victim@example.org").exists()  # the real owner signed up with it
    EmailAlias.objects.create(user=owner, email="proven@example.org", confirmed_at=timezone.now())
    page = client.post("/en/accounts/signup/", {**signup, "email": "proven@example.org"}).content.decode()
    assert "This address is already in use." in page
    assert not User.objects.filter(email="proven@example.org").exists()


def test_an_address_that_became_a_login_meanwhile_is_not_confirmed(client, django_capture_on_commit_callbacks):
    person = UserFactory()
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/people/profile/addresses/", {"email": "later@example.org"})
    link = confirmation_link(mail.outbox[0])
    UserFactory(email="later@example.org")  # the address's owner made an account with it
    page = client.post(link, follow=True).content.decode()
    assert "This address is already in use." in page
    assert EmailAlias.objects.get().confirmed_at is None
