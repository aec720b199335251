from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import translate_url


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Fill the profile fields the sign-up form asks before the first save (the name is required)."""
        user.certificate_name = form.cleaned_data["certificate_name"]
        user.country = form.cleaned_data.get("country") or ""
        user.language = form.language()
        return super().save_user(request, user, form, commit=commit)

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

    def get_login_redirect_url(self, request):
        return translate_url(super().get_login_redirect_url(request), request.user.language)


def login_attempt_email(request, credentials) -> str | None:
    """The e-mail a login attempt is for, as django-axes counts failures per account and address."""
    if credentials and credentials.get("email"):
        return credentials["email"].lower()
    login = request.POST.get("login") if request is not None else None
    return login.lower() if login else None
