from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from academy.people.models import CERTIFICATE_NAME_MAX_LENGTH, User, known_time_zones
from academy.people.services import PROFILE_FIELDS

TIME_ZONE_CHOICES = [(zone, zone.replace("_", " ")) for zone in sorted(known_time_zones()) if "/" in zone]


class SignupForm(AllauthSignupForm):
    """Sign-up asks only what a certificate and a first page need; the rest is in the profile."""

    certificate_name = forms.CharField(
        label=_("Full name, as it must appear on a certificate"),
        max_length=CERTIFICATE_NAME_MAX_LENGTH,
    )
    country = User._meta.get_field("country").formfield(label=_("Country"))

    field_order = ["email", "certificate_name", "country", "password1", "password2"]

    def language(self) -> str:
        """People sign up in the language they read: make it their preferred one."""
        current = get_language() or settings.LANGUAGE_CODE
        return current if current in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class ProfileForm(forms.ModelForm):
    other_languages = forms.MultipleChoiceField(
        label=_("Other languages spoken"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=[("UTC", "UTC"), *TIME_ZONE_CHOICES])

    class Meta:
        model = User
        fields = PROFILE_FIELDS


class EmailAliasForm(forms.Form):
    email = forms.EmailField(label=_("Other e-mail address"), max_length=254)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(label=_("Your password, to confirm"), widget=forms.PasswordInput)
    keep_articles = forms.BooleanField(
        label=_("Keep my accepted articles in the Readers, credited to “former participant”"),
        required=False,
        initial=True,
    )
