from django import forms
from django.utils.translation import gettext_lazy as _

from academy.editions.models import Edition


class CloneForm(forms.Form):
    number = forms.IntegerField(label=_("Number of the new edition"), min_value=1)
    start_date = forms.DateField(
        label=_("First day of the new edition"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_number(self) -> int:
        number = self.cleaned_data["number"]
        if Edition.objects.filter(number=number).exists():
            raise forms.ValidationError(_("There is already an edition with this number."))
        return number
