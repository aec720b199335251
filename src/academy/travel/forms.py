from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from academy.common.codes import normalise_code
from academy.common.documents import is_well_formed

NO_SUCH_CODE = _(
    "No visa letter has this code. Check that it was typed as printed; the letters O, I and L and the digits 0 "
    "and 1 are never used."
)


class DateInput(forms.DateInput):
    input_type = "date"


class VisaLetterForm(forms.Form):
    """What an embassy needs; every field is checked again by `services.request_letter`."""

    full_name = forms.CharField(label=_("Full name as in your passport"), max_length=200, required=False)
    nationality = forms.ChoiceField(label=_("Nationality"), required=False)
    passport_number = forms.CharField(label=_("Passport number"), max_length=40, required=False)
    passport_expiry = forms.DateField(label=_("Passport valid until"), widget=DateInput, required=False)
    date_of_birth = forms.DateField(label=_("Date of birth"), widget=DateInput, required=False)
    consulate = forms.CharField(
        label=_("Consulate or embassy where you will apply"),
        max_length=200,
        required=False,
        help_text=_("For example: Embassy of Senegal in Brasília."),
    )
    language = forms.ChoiceField(label=_("Language of the letter"))

    def __init__(self, *args, languages: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nationality"].choices = [("", "—"), *countries]
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [(code, names[code]) for code in languages]


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=200,  # room for the QR code's address, pasted whole
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        help_text=_("As printed on the letter, for example ABCD-2345-EFGH."),
    )

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        if not is_well_formed(code):
            raise forms.ValidationError(NO_SUCH_CODE, code="unknown")
        return code


class RefusalForm(forms.Form):
    reason = forms.CharField(label=_("Why"), max_length=500, required=False)
