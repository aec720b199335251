"""The form an organiser writes a message with: who it is for (the filters), when, and the text in each language."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from academy.applications.models import ScholarshipStatus
from academy.applications.models import Status as Decision
from academy.common.i18n import localize
from academy.messaging import segments
from academy.messaging.models import Kind
from academy.messaging.placeholders import PLACEHOLDERS
from academy.people.models import Constituency
from academy.people.regions import REGION_NAMES
from academy.programme.models import Elective

CHECKBOXES = forms.CheckboxSelectMultiple
WHEN = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class MessageForm(forms.Form):
    groups = forms.MultipleChoiceField(label=_("Who it is for"), widget=CHECKBOXES, required=False)
    decisions = forms.MultipleChoiceField(
        label=_("Decision on their application"),
        choices=[(value, label) for value, label in Decision.choices if value != Decision.DRAFT],
        widget=CHECKBOXES,
        required=False,
    )
    scholarships = forms.MultipleChoiceField(
        label=_("Scholarship"), choices=ScholarshipStatus.choices, widget=CHECKBOXES, required=False
    )
    regions = forms.MultipleChoiceField(
        label=_("Region"), choices=list(REGION_NAMES.items()), widget=CHECKBOXES, required=False
    )
    global_south = forms.ChoiceField(
        label=_("Global South"),
        choices=[("", _("Anyone")), ("yes", _("From the Global South")), ("no", _("Not from the Global South"))],
        required=False,
    )
    countries = forms.MultipleChoiceField(
        label=_("Country"), choices=lambda: list(countries), required=False, help_text=_("None chosen: every country.")
    )
    constituencies = forms.MultipleChoiceField(
        label=_("Constituency group"), choices=Constituency.choices, widget=CHECKBOXES, required=False
    )
    languages = forms.MultipleChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES, widget=CHECKBOXES, required=False
    )
    below_attendance_threshold = forms.BooleanField(label=_("Below the attendance threshold so far"), required=False)
    course_not_completed = forms.BooleanField(label=_("Distance-learning course not completed"), required=False)
    elective = forms.TypedChoiceField(label=_("Placed in the elective"), coerce=int, empty_value=None, required=False)
    kind = forms.ChoiceField(label=_("Kind of message"), choices=Kind.choices, widget=forms.RadioSelect)
    deadline = forms.DateTimeField(
        label=_("Deadline"),
        widget=WHEN,
        required=False,
        help_text=_("In the edition's time zone; fills {deadline}."),
    )
    send_at = forms.DateTimeField(
        label=_("Send at"),
        widget=WHEN,
        required=False,
        help_text=_("In the edition's time zone; leave empty to send now."),
    )

    def __init__(self, *args, edition=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.edition = edition
        if edition is None:  # platform staff, to the alumni of every edition
            self.fields["groups"].choices = [(segments.ALUMNI_ALL, segments.GROUPS[segments.ALUMNI_ALL])]
            self.fields["kind"].choices = [(Kind.ANNOUNCEMENT, Kind.ANNOUNCEMENT.label)]
            for name in ("decisions", "scholarships", "below_attendance_threshold", "course_not_completed", "elective"):
                del self.fields[name]
            del self.fields["deadline"]
            self.fields["send_at"].help_text = _("In UTC; leave empty to send now.")
        else:
            self.fields["groups"].choices = [(group, segments.GROUPS[group]) for group in segments.EDITION_GROUPS]
            electives = Elective.objects.filter(edition=edition).order_by("round__position", "code")
            self.fields["elective"].choices = [("", _("Any or none"))] + [
                (elective.pk, f"{elective.code}: {localize(elective.title, get_language(), edition.main_language)[0]}")
                for elective in electives
            ]
        known = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        for code, name in settings.LANGUAGES:
            self.fields[f"subject_{code}"] = forms.CharField(
                label=_("Subject in %(language)s") % {"language": name}, max_length=200, required=False
            )
            self.fields[f"body_{code}"] = forms.CharField(
                label=_("Text in %(language)s") % {"language": name},
                widget=forms.Textarea(attrs={"rows": 8}),
                max_length=20_000,
                required=False,
                help_text=_("Placeholders: %(known)s.") % {"known": known},
            )

    def filters(self) -> segments.Filters:
        data = self.cleaned_data
        south = data.get("global_south")
        return segments.Filters(
            groups=tuple(data.get("groups", ())),
            decisions=tuple(data.get("decisions", ())),
            scholarships=tuple(data.get("scholarships", ())),
            regions=tuple(data.get("regions", ())),
            global_south=None if not south else south == "yes",
            countries=tuple(data.get("countries", ())),
            constituencies=tuple(data.get("constituencies", ())),
            languages=tuple(data.get("languages", ())),
            below_attendance_threshold=bool(data.get("below_attendance_threshold")),
            course_not_completed=bool(data.get("course_not_completed")),
            elective=data.get("elective"),
        )

    def texts(self) -> tuple[dict, dict]:
        data = self.cleaned_data
        codes = [code for code, _name in settings.LANGUAGES]
        return (
            {code: data.get(f"subject_{code}", "") for code in codes},
            {code: data.get(f"body_{code}", "") for code in codes},
        )

    def language_fields(self):
        return [(self[f"subject_{code}"], self[f"body_{code}"]) for code, _name in settings.LANGUAGES]

    def filter_fields(self):
        return [
            self[name]
            for name in self.fields
            if not name.startswith(("subject_", "body_")) and name not in ("kind", "deadline", "send_at")
        ]
