from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from academy.editions.models import FIRST_POSSIBLE_DAY, LAST_POSSIBLE_DAY, MAX_EDITION_NUMBER, Edition


class CloneForm(forms.Form):
    number = forms.IntegerField(label=_("Number of the new edition"), min_value=1, max_value=MAX_EDITION_NUMBER)
    start_date = forms.DateField(
        label=_("First day of the new edition"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_start_date(self) -> date:
        start = self.cleaned_data["start_date"]
        if not FIRST_POSSIBLE_DAY <= start <= LAST_POSSIBLE_DAY:
            raise forms.ValidationError(
                _("Choose a day between %(first)s and %(last)s."),
                params={"first": FIRST_POSSIBLE_DAY.year, "last": LAST_POSSIBLE_DAY.year},
            )
        return start

    def clean_number(self) -> int:
        number = self.cleaned_data["number"]
        if Edition.objects.filter(number=number).exists():
            raise forms.ValidationError(_("There is already an edition with this number."))
        return number
