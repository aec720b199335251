from django import forms
from django.utils.translation import gettext_lazy as _

from academy.applications.models import Application, Attendance, Call, QuestionKind
from academy.applications.services import APPLICATION_FIELDS
from academy.common.i18n import localize
from academy.editions.models import Modality


class ApplicationForm(forms.ModelForm):
    """The standard form plus the edition's own questions (as fields named question_<id>)."""

    cv = forms.FileField(label=_("CV (PDF, at most 5 MB)"), required=False)
    support_letter = forms.FileField(label=_("Letter of support (PDF, optional)"), required=False)

    class Meta:
        model = Application
        # The standard questions; uploads and the edition's own questions are handled apart.
        fields = [f for f in APPLICATION_FIELDS if f not in ("cv", "support_letter", "answers")]
        widgets = {
            "motivation": forms.Textarea(attrs={"rows": 10}),
            "sse_role": forms.Textarea(attrs={"rows": 4}),
            "multiplier": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, call: Call, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.call = call
        hours = call.edition.daily_commitment_hours
        self.fields["commitment"].label = _(
            "I commit to take part about %(hours)s hours a day for the whole Academy."
        ) % {"hours": f"{hours:g}"}
        self.fields["motivation"].help_text = _("Between %(min)s and %(max)s words.") % {
            "min": call.motivation_min_words,
            "max": call.motivation_max_words,
        }
        if call.edition.modality != Modality.HYBRID:
            del self.fields["attendance"]  # the edition's modality decides
        else:
            self.fields["attendance"].choices = [("", "—"), *Attendance.choices]
            self.fields["attendance"].help_text = _("Scholarships covering travel are for those who attend in person.")
        if call.edition.modality == Modality.ONLINE:
            # Nobody travels to an online edition: no scholarship to ask for.
            for name in (
                "scholarship_requested",
                "scholarship_travel",
                "scholarship_accommodation",
                "scholarship_fee",
                "travel_from",
            ):
                del self.fields[name]
        answers = self.instance.answers or {}
        for question in call.questions.all():
            label = localize(question.label, language, call.edition.main_language)[0]
            name = f"question_{question.pk}"
            if question.kind == QuestionKind.CHOICE:
                options = localize(question.choices, language, call.edition.main_language)[0].splitlines()
                field = forms.ChoiceField(choices=[("", "—"), *((o, o) for o in options if o.strip())])
            elif question.kind == QuestionKind.YES_NO:
                field = forms.ChoiceField(choices=[("", "—"), ("yes", _("Yes")), ("no", _("No"))])
            else:
                field = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
            field.label, field.required, field.initial = label, False, answers.get(str(question.pk), "")
            self.fields[name] = field

    def answers(self) -> dict[str, str]:
        return {
            name.removeprefix("question_"): value
            for name, value in self.cleaned_data.items()
            if name.startswith("question_") and value
        }

    def changes(self) -> dict:
        """The fields to save: uploads only when a new file came."""
        values = {field: self.cleaned_data[field] for field in self.Meta.fields if field in self.fields}
        values["answers"] = self.answers()
        for upload in ("cv", "support_letter"):
            if self.cleaned_data.get(upload):
                values[upload] = self.cleaned_data[upload]
        return values


class ReviewForm(forms.Form):
    """One score per criterion of the rubric, and a comment."""

    comment = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 4}), required=False)

    def __init__(self, *args, criteria, language: str, fallback: str, initial_scores: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            name = localize(criterion.name, language, fallback)[0]
            self.fields[f"criterion_{criterion.pk}"] = forms.IntegerField(
                label=f"{name} (0–{criterion.scale_max})",
                min_value=0,
                max_value=criterion.scale_max,
                initial=initial_scores.get(str(criterion.pk)),
            )
        self.order_fields([*(f"criterion_{c.pk}" for c in self.criteria), "comment"])

    def scores(self) -> dict[int, int]:
        return {criterion.pk: self.cleaned_data[f"criterion_{criterion.pk}"] for criterion in self.criteria}
