from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from academy.certificates.credentials import WELL_FORMED_CODE
from academy.common.codes import normalise_code

# The verification page's own answer to an unknown code: a malformed one gets the same.
NO_SUCH_CODE = _(
    "No certificate has this code. Check that it was typed as printed; the letters O, I and L and the digits 0 "
    "and 1 are never used."
)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=200,  # room for the QR code's address, pasted whole
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        help_text=_("As printed on the certificate, for example ABCD-2345-EFGH."),
    )

    def clean_code(self) -> str:
        """The code as stored, from the code as printed (any dash or dot, full-width) or the address it is part of."""
        code = normalise_code(self.cleaned_data["code"])
        if not WELL_FORMED_CODE.fullmatch(code):
            raise forms.ValidationError(NO_SUCH_CODE, code="unknown")
        return code


class CredentialForm(forms.Form):
    """An Open Badge to check: the JSON file, or its text pasted."""

    file = forms.FileField(label=_("Open Badge file (JSON)"), required=False)
    text = forms.CharField(label=_("or paste it here"), required=False, widget=forms.Textarea(attrs={"rows": 4}))

    MAX_BYTES = 64 * 1024

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            if upload.size > self.MAX_BYTES:
                raise forms.ValidationError(_("This file is too large to be an Open Badge of the Academy."))
            data["credential"] = upload.read().decode("utf-8", errors="replace")
        else:
            data["credential"] = data.get("text", "")
        if not data["credential"].strip():
            raise forms.ValidationError(_("Choose the Open Badge file, or paste its text."))
        return data


class IssueForm(forms.Form):
    person = forms.IntegerField(widget=forms.HiddenInput)


class SignatoryForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, language in settings.LANGUAGES:
            self.fields[f"position_{code}"] = forms.CharField(
                label=_("Position (%(language)s)") % {"language": language}, max_length=200, required=False
            )

    def clean(self):
        data = super().clean()
        data["position"] = {
            code: data[f"position_{code}"] for code, _language in settings.LANGUAGES if data.get(f"position_{code}")
        }
        if not data["position"]:
            raise forms.ValidationError(_("Give the position in at least one language."))
        return data
