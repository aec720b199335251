from django import forms
from django.utils.translation import gettext_lazy as _

from academy.hosting.models import HostingRequest, RequestStatus
from academy.hosting.services import PROPOSED_FIELDS


class HostingRequestForm(forms.ModelForm):
    class Meta:
        model = HostingRequest
        fields = PROPOSED_FIELDS
        widgets = {
            "proposed_start": forms.DateInput(attrs={"type": "date"}),
            "proposed_end": forms.DateInput(attrs={"type": "date"}),
            "themes": forms.Textarea(attrs={"rows": 5}),
            "co_financing": forms.Textarea(attrs={"rows": 4}),
        }


class DecisionForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(value, label) for value, label in RequestStatus.choices if value != RequestStatus.SUBMITTED],
        widget=forms.RadioSelect,
    )
    notes = forms.CharField(label=_("Notes"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
