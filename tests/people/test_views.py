import re

import pytest
from allauth.account import app_settings as allauth_settings
from django.core import mail

from academy.people.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = "/en/accounts/signup/"


def signup_data(**overrides):
    return {
        "email": "amina@example.org",
        "certificate_name": "Amina Diallo",
        "country": "SN",
        "password1": "cooperatives-are-resilient",
        "password2": "cooperatives-are-resilient",
        **overrides,
    }


def test_signup_creates_person_and_sends_verification_mail(client):
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302
    person = User.objects.get(email="amina@example.org")
    assert (person.certificate_name, person.country.code, person.language) == ("Amina Diallo", "SN", "en")
    assert len(mail.outbox) == 1
    assert re.search(r"/en/accounts/confirm-email/[^/\s]+/", mail.outbox[0].body)


def test_signup_in_portuguese_makes_portuguese_preferred_and_mails_in_portuguese(client):
    client.post("/pt/accounts/signup/", signup_data())
    assert User.objects.get(email="amina@example.org").language == "pt"
    assert "/pt/accounts/confirm-email/" in mail.outbox[0].body


def test_verification_link_verifies_and_logs_in(client):
    client.post(SIGNUP, signup_data())
    link = re.search(r"http://testserver(/en/accounts/confirm-email/[^/\s]+/)", mail.outbox[0].body).group(1)
    response = client.post(link)
    assert response.status_code == 302
    assert User.objects.get(email="amina@example.org").emailaddress_set.get().verified


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "not-an-address"}, "email", "Enter a valid email address."),
        ({"password1": "short", "password2": "short"}, "password1", "This password is too short."),
        ({"password1": "password123", "password2": "password123"}, "password1", "This password is too common."),
        ({"certificate_name": "x" * 201}, "certificate_name", "at most 200 characters"),
        ({"country": "ZZ"}, "country", "Select a valid choice."),
        ({"certificate_name": "   "}, "certificate_name", "This field is required."),
    ],
)
def test_signup_bad_input_is_refused_with_message_and_writes_nothing(client, overrides, field, message):
    response = client.post(SIGNUP, signup_data(**overrides))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not User.objects.exists()
    assert mail.outbox == []


def test_signup_duplicate_email_in_other_case_is_refused(client):
    UserFactory(email="amina@example.org")
    response = client.post(SIGNUP, signup_data(email="Amina@Example.org"))
    assert response.status_code == 200
    assert "already registered" in " ".join(response.context["form"].errors["email"])
    assert User.objects.count() == 1


def test_signup_error_message_is_translated(client):
    response = client.post("/fr/accounts/signup/", signup_data(certificate_name="x" * 201))
    assert "200 caractères" in " ".join(response.context["form"].errors["certificate_name"])


def test_login_redirects_to_preferred_language(client):
    UserFactory(email="luis@example.org", language="es")
    response = client.post("/en/accounts/login/", {"login": "luis@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/es/")


def test_login_keeps_next_page_but_in_preferred_language(client):
    UserFactory(email="luis@example.org", language="es")
    response = client.post(
        "/en/accounts/login/?next=/en/people/profile/", {"login": "luis@example.org", "password": PASSWORD}
    )
    assert response["Location"] == "/es/people/profile/"
    assert response.cookies["academy_language"].value == "es"


def test_login_locked_after_repeated_failures(client):
    UserFactory(email="luis@example.org")
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"login": "luis@example.org", "password": "wrong"})
    response = client.post("/en/accounts/login/", {"login": "luis@example.org", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


def fail_five_times_then_log_in(client, **address):
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"login": "luis@example.org", "password": "wrong"}, **address)
    return client.post("/en/accounts/login/", {"login": "luis@example.org", "password": PASSWORD}, **address)


def test_login_lockout_is_per_address_when_served_directly(client, settings):
    settings.BEHIND_PROXY = False
    UserFactory(email="luis@example.org")
    assert fail_five_times_then_log_in(client, REMOTE_ADDR="198.51.100.7").status_code == 429
    response = client.post(
        "/en/accounts/login/", {"login": "luis@example.org", "password": PASSWORD}, REMOTE_ADDR="198.51.100.8"
    )
    assert response.status_code == 302


def test_login_lockout_is_per_forwarded_address_behind_the_proxy(client, settings):
    settings.BEHIND_PROXY = True
    UserFactory(email="luis@example.org")
    # The proxy appends the address it saw; what the client wrote before it is not trusted.
    attacker = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "192.0.2.1, 198.51.100.7"}
    assert fail_five_times_then_log_in(client, **attacker).status_code == 429
    attacker_again = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "192.0.2.99, 198.51.100.7"}
    response = client.post("/en/accounts/login/", {"login": "luis@example.org", "password": PASSWORD}, **attacker_again)
    assert response.status_code == 429
    owner = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.8"}
    response = client.post("/en/accounts/login/", {"login": "luis@example.org", "password": PASSWORD}, **owner)
    assert response.status_code == 302


def test_allauth_limits_count_per_forwarded_address_behind_the_proxy(client, settings):
    settings.BEHIND_PROXY = True
    UserFactory(email="luis@example.org")
    for _attempt in range(30):  # allauth allows 30 logins a minute from one address
        client.post(
            "/en/accounts/login/",
            {"login": "someone@example.org", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="198.51.100.7",
        )
    response = client.post(
        "/en/accounts/login/",
        {"login": "luis@example.org", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.8",
    )
    assert response.status_code == 302


def test_failed_logins_are_left_to_axes_alone():
    """allauth's failed-login limit is off (decisions.md): django-axes alone locks, per account and address."""
    assert allauth_settings.RATE_LIMITS["login_failed"] is None


def test_profile_update_saves_and_shows_region(client):
    person = UserFactory(country="SN")
    client.force_login(person)
    response = client.post(
        "/en/people/profile/",
        {
            "certificate_name": "Awa Ndiaye",
            "country": "BR",
            "organisation": "Rede de Cooperativas",
            "job_title": "Coordinator",
            "constituency": "sse_practitioner",
            "gender": "woman",
            "language": "pt",
            "other_languages": ["en", "es"],
            "time_zone": "America/Sao_Paulo",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert (person.certificate_name, person.country.code, person.language, person.other_languages) == (
        "Awa Ndiaye",
        "BR",
        "pt",
        ["en", "es"],
    )
    page = client.get("/en/people/profile/").content.decode()
    assert "South America" in page
    assert "Global South" in page


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"certificate_name": "y" * 201}, "certificate_name"),
        ({"country": "XX"}, "country"),
        ({"time_zone": "Nowhere/City"}, "time_zone"),
        ({"other_languages": ["de"]}, "other_languages"),
    ],
)
def test_profile_bad_input_changes_nothing(client, overrides, field):
    person = UserFactory(certificate_name="Kept Name", country="SN")
    client.force_login(person)
    data = {"certificate_name": "Changed", "country": "SN", "language": "en", "time_zone": "UTC", **overrides}
    response = client.post("/en/people/profile/", data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    person.refresh_from_db()
    assert person.certificate_name == "Kept Name"


def test_password_reset_by_mail_sets_a_new_password(client):
    UserFactory(email="ana@example.org", language="pt")
    client.post("/pt/accounts/password/reset/", {"email": "ana@example.org"})
    [message] = mail.outbox
    link = re.search(r"http://testserver(/pt/accounts/password/reset/key/\S+/)", message.body).group(1)
    form_page = client.get(link, follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"password1": "nova-palavra-passe-2027", "password2": "nova-palavra-passe-2027"},
    )
    assert User.objects.get(email="ana@example.org").check_password("nova-palavra-passe-2027")


def test_unknown_page_is_a_translated_404(client):
    response = client.get("/es/editions/4242/")
    assert response.status_code == 404
    assert "Página no encontrada" in response.content.decode()


def test_back_office_login_is_throttled_too(client):
    UserFactory(email="staff@example.org", is_staff=True)
    for _attempt in range(5):
        client.post("/en/back-office/login/", {"username": "staff@example.org", "password": "wrong"})
    response = client.post("/en/back-office/login/", {"username": "staff@example.org", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_mail_goes_out_in_the_recipients_language(client):
    UserFactory(email="luis@example.org", language="es")
    client.post("/en/accounts/password/reset/", {"email": "luis@example.org"})
    [message] = mail.outbox
    assert "Saludos desde la Academia" in message.body
    assert "/es/accounts/password/reset/key/" in message.body
