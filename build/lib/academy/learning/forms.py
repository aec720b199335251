from django import forms
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from academy.common.i18n import localize, numbered_title
from academy.editions.models import Edition, Status
from academy.editions.rules import managed_editions
from academy.learning.models import Course, Quiz


class QuizForm(forms.Form):
    """One field per question: a single choice as radio buttons, several as tick boxes."""

    def __init__(self, *args, quiz: Quiz, fallback: str, **kwargs):
        super().__init__(*args, **kwargs)
        language = get_language()
        self.questions = list(quiz.questions.prefetch_related("options"))
        for question in self.questions:
            choices = [(option.pk, localize(option.text, language, fallback)[0]) for option in question.options.all()]
            label = localize(question.text, language, fallback)[0]
            if question.multiple:
                field = forms.TypedMultipleChoiceField(
                    label=label, choices=choices, coerce=int, widget=forms.CheckboxSelectMultiple,
                    help_text=_("Tick every right answer."),
                )  # fmt: skip
            else:
                field = forms.TypedChoiceField(label=label, choices=choices, coerce=int, widget=forms.RadioSelect)
            self.fields[f"question-{question.pk}"] = field

    def chosen(self) -> dict[int, set[int]]:
        return {
            question.pk: set(value) if isinstance(value, list) else {value}
            for question in self.questions
            if (value := self.cleaned_data.get(f"question-{question.pk}")) not in (None, "", [])
        }


class CopyCourseForm(forms.Form):
    source = forms.ModelChoiceField(label=_("Copy the course of"), queryset=Course.objects.none())

    def __init__(self, *args, edition, user, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["source"]
        # Published editions' courses, and drafts of editions this person runs.
        published_or_managed = ~Q(edition__status=Status.DRAFT) | Q(
            edition__in=managed_editions(user, Edition.objects.all())
        )
        field.queryset = (
            Course.objects.filter(published_or_managed).exclude(edition=edition).select_related("edition")
            .order_by("-edition__number")
        )  # fmt: skip
        field.label_from_instance = lambda course: (
            f"{numbered_title(course.edition.number, str(course.edition))} · {course}"
        )


MAX_MOODLE_REPORT_BYTES = 10 * 1024 * 1024


class MoodleReportForm(forms.Form):
    file = forms.FileField(
        label=_("Course completion report (CSV)"),
        help_text=_("In Moodle: the course, then Reports > Course completion, then one of the two CSV downloads."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_MOODLE_REPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB: this is not a course completion report."))
        return upload


class MoodleReviewForm(forms.Form):
    """Who a row of Moodle's report is: the participants are read once for the whole queue (`choices`)."""

    def __init__(self, *args, people: dict, choices: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = people
        self.fields["person"] = forms.TypedChoiceField(
            choices=[("", "---------"), *choices], coerce=int, empty_value=None, required=False, label=_("This is")
        )

    def clean_person(self):
        pk = self.cleaned_data["person"]
        return None if pk is None else self.people[pk]


def participant_choices(people) -> tuple[dict, list]:
    """The edition's participants by id, and as choices labelled as everywhere: the name (and the country)."""
    by_pk = {person.pk: person for person in people}
    labels = [
        (person.pk, f"{person.certificate_name} ({person.country.name})" if person.country else person.certificate_name)
        for person in by_pk.values()
    ]
    return by_pk, labels
