from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext as _

from academy.common.ratelimit import client_address
from academy.people.models import User
from academy.people.services import is_confirmed_alias, release_unconfirmed_alias


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email: str) -> str:
        """An address someone confirmed as their other address is theirs: nobody logs in with it."""
        email = super().clean_email(email)
        if is_confirmed_alias(email):
            raise ValidationError(_("This address is already in use."))
        return email

    def save_user(self, request, user, form, commit=True):
        """Fill the profile fields the sign-up form asks before the first save (the name is required); an
        unconfirmed claim of the address by someone else goes."""
        user.certificate_name = form.cleaned_data["certificate_name"]
        user.country = form.cleaned_data.get("country") or ""
        user.language = form.language()
        user = super().save_user(request, user, form, commit=commit)
        release_unconfirmed_alias(email=user.email)
        return user

    def send_mail(self, template_prefix, email, context):
        """Each e-mail in its recipient's language, whatever page they asked from."""
        recipient = context.get("user") or User.objects.filter(email__iexact=email).first()
        language = getattr(recipient, "language", None) or translation.get_language()
        # Links made for the page they asked from (activate_url, password_reset_url) lead to their language.
        context = {
            key: translate_url(value, language) if isinstance(value, str) and value.startswith("http") else value
            for key, value in context.items()
        }
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def post_login(self, request, user, *, redirect_url=None, **kwargs):
        """After logging in, people land on pages in their preferred language, and stay in it."""
        if redirect_url:
            redirect_url = translate_url(redirect_url, user.language)
        response = super().post_login(request, user, redirect_url=redirect_url, **kwargs)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            user.language,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response

    def get_client_ip(self, request):
        """allauth's limits (logins, sign-ups, password resets per address) count the address our limits see: behind
        the proxy, the one it appended, not the proxy's own, which would be everyone's."""
        return client_address(request) or super().get_client_ip(request)  # which refuses a request without one

    def get_login_redirect_url(self, request):
        return translate_url(super().get_login_redirect_url(request), request.user.language)


# Where each login form puts the e-mail: allauth's credentials, its form, and the back-office form.
LOGIN_FIELDS = ("email", "login", "username")


def login_attempt_email(request, credentials) -> str | None:
    """The e-mail a login attempt is for, as django-axes counts failures per account and address."""
    for source in (credentials or {}, request.POST if request is not None else {}):
        for field in LOGIN_FIELDS:
            if source.get(field):
                return str(source[field]).lower()
    return None
