from collections.abc import Callable

from django import forms
from django.utils.translation import gettext_lazy as _

from academy.common.i18n import localize
from academy.programme.models import PROGRAMME_LANGUAGES, Kind


def elective_label(elective, language: str) -> str:
    return f"{elective.code} · {localize(elective.title, language, elective.edition.main_language)[0]}"


class PreferenceForm(forms.Form):
    """Choices 1..k of one round and the one "not for me"; the service checks every rule again."""

    def __init__(self, *args, round_, ranks: int, electives, language: str, **kwargs):
        super().__init__(*args, prefix=f"round{round_.pk}", **kwargs)
        options = [("", "—")] + [(str(e.pk), elective_label(e, language)) for e in electives]
        for rank in range(1, ranks + 1):
            self.fields[f"choice_{rank}"] = forms.TypedChoiceField(
                label=_("Choice %(rank)d") % {"rank": rank},
                choices=options,
                required=False,
                coerce=int,
                empty_value=None,
            )
        self.fields["not_for_me"] = forms.TypedChoiceField(
            label=_("Not for me"), choices=options, required=False, coerce=int, empty_value=None
        )
        self.ranks = ranks

    def ranked(self) -> list[int]:
        return [self.cleaned_data[f"choice_{r}"] for r in range(1, self.ranks + 1) if self.cleaned_data[f"choice_{r}"]]


class SwitchForm(forms.Form):
    elective = forms.TypedChoiceField(label=_("Move to"), coerce=int)

    def __init__(self, *args, options, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["elective"].choices = options


class AgendaFilter(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=[("", _("All kinds")), *Kind.choices], required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Any language"))] + [(c, c.upper()) for c in PROGRAMME_LANGUAGES],
        required=False,
    )
    topic = forms.TypedChoiceField(label=_("Sub-topic"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, topics: Callable[[], list[tuple[int, str]]], **kwargs):
        """`topics()` is read only when the form is validated or shown: a cached agenda needs neither."""
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = lambda: [("", _("All sub-topics")), *topics()]


class RunForm(forms.Form):
    keep_published = forms.BooleanField(label=_("Keep the places already published"), required=False, initial=True)


class MoveForm(forms.Form):
    people = forms.TypedMultipleChoiceField(coerce=int)
    elective = forms.TypedChoiceField(label=_("Move the people ticked to"), coerce=int)

    def __init__(self, *args, people, electives, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].choices = people
        self.fields["elective"].choices = electives


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Spreadsheet (CSV or XLSX)"))
