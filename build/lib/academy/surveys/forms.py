"""The survey builder (a survey and its questions as a formset) and the form a person answers."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from i18nfield.forms import I18nFormField
from i18nfield.strings import LazyI18nString

from academy.common.i18n import localize
from academy.common.widgets import LabelledI18nTextarea, LabelledI18nTextInput
from academy.surveys.models import RANGES, Question, QuestionKind, Survey, SurveyKind

LANGUAGES = [code for code, _name in settings.LANGUAGES]


class SurveyForm(forms.ModelForm):
    class Meta:
        model = Survey
        fields = ["title", "intro", "opens_at", "closes_at", "anonymous"]
        widgets = {
            "title": LabelledI18nTextInput,
            "intro": LabelledI18nTextarea,
            "opens_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "closes_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        }


class QuestionForm(forms.ModelForm):
    """One question; its choices written one per line in each language (line n is choice n)."""

    choice_lines = I18nFormField(label=_("Choices (one per line)"), required=False, widget=LabelledI18nTextarea)

    class Meta:
        model = Question
        fields = ["kind", "text", "low_label", "high_label", "required"]
        widgets = {
            "text": LabelledI18nTextInput,
            "low_label": LabelledI18nTextInput,
            "high_label": LabelledI18nTextInput,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = self.instance.choices or []
        self.initial.setdefault(
            "choice_lines",
            LazyI18nString({code: "\n".join(choice.get(code, "") for choice in choices) for code in LANGUAGES}),
        )

    def save(self, commit=True):
        question = super().save(commit=False)
        data = getattr(self.cleaned_data.get("choice_lines"), "data", None) or {}
        lines = {code: [line.strip() for line in (data.get(code) or "").splitlines()] for code in LANGUAGES}
        count = max((len([line for line in value if line]) for value in lines.values()), default=0)
        question.choices = [
            {code: lines[code][index] for code in LANGUAGES if index < len(lines[code]) and lines[code][index]}
            for index in range(count)
        ]
        return question


QuestionFormSet = forms.modelformset_factory(Question, form=QuestionForm, extra=2, can_delete=True)


class CopyForm(forms.Form):
    source = forms.ModelChoiceField(queryset=Survey.objects.none(), label=_("Copy the survey"))
    opens_at = forms.DateTimeField(label=_("Opens"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    closes_at = forms.DateTimeField(label=_("Closes"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))

    def __init__(self, *args, sources, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = sources
        self.fields["source"].label_from_instance = lambda survey: f"{survey.edition.number} · {survey.title}"


def _text(value, edition) -> str:
    return localize(value, get_language(), edition.main_language)[0]


class AnswerForm(forms.Form):
    """One field per question, named q<id>; nothing is required here (drafts), the service checks on submit."""

    def __init__(self, *args, survey, questions, initial_answers=None, consent=False, **kwargs):
        super().__init__(*args, **kwargs)
        edition = survey.edition
        initial_answers = initial_answers or {}
        self.questions = questions
        for question in questions:
            name = f"q{question.pk}"
            label = _text(question.text, edition)
            if question.kind in RANGES:
                low, high = RANGES[question.kind]
                field = forms.TypedChoiceField(
                    label=label,
                    choices=[(str(n), str(n)) for n in range(low, high + 1)],
                    coerce=int,
                    required=False,
                    widget=forms.RadioSelect(attrs={"class": "scale"}),
                    empty_value=None,
                )
                ends = [_text(question.low_label, edition), _text(question.high_label, edition)]
                if any(ends):
                    field.help_text = f"{low} = {ends[0] or low} · {high} = {ends[1] or high}"
            elif question.kind == QuestionKind.SINGLE:
                field = forms.TypedChoiceField(
                    label=label,
                    choices=[(str(i), _text(choice, edition)) for i, choice in enumerate(question.choices)],
                    coerce=int,
                    required=False,
                    empty_value=None,
                    widget=forms.RadioSelect,
                )
            elif question.kind == QuestionKind.MULTIPLE:
                field = forms.TypedMultipleChoiceField(
                    label=label,
                    choices=[(str(i), _text(choice, edition)) for i, choice in enumerate(question.choices)],
                    coerce=int,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                )
            else:
                # Named for assistive technology like the choices are by theirs: the legend above labels no box.
                field = forms.CharField(
                    label=label,
                    required=False,
                    max_length=5000,
                    widget=forms.Textarea(attrs={"rows": 4, "aria-label": label}),
                )
            if question.required:
                field.label = f"{label} *"
            self.fields[name] = field
            if question.pk in initial_answers:
                value = initial_answers[question.pk]
                self.initial[name] = [str(v) for v in value] if isinstance(value, list) else str(value)
        if survey.kind == SurveyKind.IMPACT:
            self.fields["consent"] = forms.BooleanField(
                label=_(
                    "My written answers may become a follow-up of the edition in the SSE Collective Brain, public "
                    "and with my name. Untick this box to withdraw it."
                ),
                required=False,
                initial=consent,
            )

    @property
    def question_fields(self):
        return [self[f"q{question.pk}"] for question in self.questions]

    @property
    def consent_field(self):
        """The impact survey's consent checkbox (None on other surveys)."""
        return self["consent"] if "consent" in self.fields else None

    def consented(self) -> bool:
        return bool(self.cleaned_data.get("consent"))

    def answers(self) -> dict[int, object]:
        return {question.pk: self.cleaned_data.get(f"q{question.pk}") for question in self.questions}
