from django import forms
from django.utils.translation import gettext_lazy as _

from academy.attendance.readers import DateOrder, Platform
from academy.editions.services import participants
from academy.people.forms import TIME_ZONE_CHOICES

MAX_REPORT_BYTES = 50 * 1024 * 1024


class ParticipantChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, person) -> str:
        return f"{person.certificate_name} ({person.country.name})" if person.country else person.certificate_name


def participant_field(edition, *, required=True, label=None) -> ParticipantChoiceField:
    return ParticipantChoiceField(
        queryset=participants(edition).order_by("certificate_name"),
        required=required,
        label=label or _("Participant"),
    )


class ImportReportForm(forms.Form):
    session = forms.ModelChoiceField(queryset=None, label=_("Session"))
    platform = forms.ChoiceField(choices=Platform.choices, label=_("Platform"))
    time_zone = forms.ChoiceField(
        choices=TIME_ZONE_CHOICES,
        label=_("Time zone of the report's times"),
        help_text=_("Platforms write times in the zone of the account that downloaded the report."),
    )
    date_order = forms.ChoiceField(
        choices=DateOrder.choices,
        required=False,
        label=_("Order of the dates"),
        help_text=_("Change it only if a spreadsheet saved the report again with the day and month swapped."),
    )
    file = forms.FileField(label=_("Report file"))

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = edition.sessions.filter(cancelled=False).order_by("starts_at")
        zone = edition.zone
        self.fields["session"].label_from_instance = lambda session: (
            f"{session.code} · {session.starts_at.astimezone(zone):%Y-%m-%d %H:%M}"
        )
        self.initial.setdefault("time_zone", edition.time_zone)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_REPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 50 MB: this is not an attendance report."))
        return upload


class ReviewForm(forms.Form):
    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"] = participant_field(edition, required=False, label=_("This is"))


class HandRecordForm(forms.Form):
    minutes = forms.IntegerField(
        label=_("Minutes attended"), required=False, min_value=1, help_text=_("Leave empty for the whole session.")
    )
    reason = forms.CharField(label=_("Reason"), max_length=500)

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {"person": participant_field(edition), **self.fields}


class ExcuseForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500)

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {"person": participant_field(edition), **self.fields}


class CodeForm(forms.Form):
    code = forms.CharField(label=_("Code"), max_length=32, widget=forms.TextInput(attrs={"autocomplete": "off"}))


class CheckInForm(CodeForm):
    leaving = forms.TypedChoiceField(
        label=_("Direction"),
        choices=[("0", _("Arriving")), ("1", _("Leaving"))],
        coerce=lambda value: value == "1",
        initial="0",
        widget=forms.RadioSelect,
    )
