from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from academy.brain.models import (
    Article,
    ArticleStatus,
    FollowUp,
    MarketplacePost,
    Network,
    Profile,
    ProfileField,
    Thread,
    Topic,
    Visibility,
)
from academy.brain.models.messages import MESSAGE_MAX_LENGTH
from academy.brain.search.engine import DIMENSIONS
from academy.common.i18n import localize
from academy.people.models import User


def topics_field() -> forms.ModelMultipleChoiceField:
    """Topics from the organisers' list, as checkboxes (articles, posts, discussions)."""
    return forms.ModelMultipleChoiceField(
        label=_("Topics"), queryset=Topic.objects.all(), widget=forms.CheckboxSelectMultiple, required=False
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    page = forms.IntegerField(min_value=1, max_value=500, required=False)

    def filters(self, data) -> dict[str, str]:
        """The facet filters of the request: one value per dimension, unknown ones ignored."""
        return {dimension: data[dimension][:60] for dimension in DIMENSIONS if data.get(dimension)}


class ProfileForm(forms.ModelForm):
    visibility = forms.TypedChoiceField(
        label=_("Who sees my profile"), choices=Visibility.choices, coerce=int, widget=forms.RadioSelect
    )
    shown_fields = forms.MultipleChoiceField(
        label=_("What my profile shows (my name is always shown)"),
        choices=ProfileField.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    expertise = forms.ModelMultipleChoiceField(
        label=_("Topics of expertise"),
        queryset=Topic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    networks = forms.ModelMultipleChoiceField(
        label=_("Networks I belong to"),
        queryset=Network.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Profile
        fields = ["visibility", "shown_fields", "bio", "expertise", "accepts_messages"]


class MessageForm(forms.Form):
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=MESSAGE_MAX_LENGTH)


class MarketplacePostForm(forms.ModelForm):
    topics = topics_field()

    class Meta:
        model = MarketplacePost
        fields = ["side", "category", "title", "body", "language", "topics", "countries"]
        widgets = {"side": forms.RadioSelect, "body": forms.Textarea(attrs={"rows": 8})}


class ArticleForm(forms.ModelForm):
    topics = topics_field()

    class Meta:
        model = Article
        fields = ["title", "language", "topics", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 20})}


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            (ArticleStatus.ACCEPTED, _("Accept")),
            (ArticleStatus.REVISION, _("Ask for a revision")),
            (ArticleStatus.DECLINED, _("Decline")),
        ],
        widget=forms.RadioSelect,
    )
    comments = forms.CharField(
        label=_("Comments to the author"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    sessions = forms.ModelMultipleChoiceField(
        label=_("Sessions it feeds (when accepted)"), queryset=None, widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sessions"].queryset = edition.sessions.order_by("starts_at")
        language, fallback = get_language(), edition.main_language
        # Editors choose by title: "P1 · SSE principles and values", not a bare "P1".
        self.fields["sessions"].label_from_instance = lambda session: (
            f"{session.code} · {localize(session.title, language, fallback)[0]}"
        )


class ThreadForm(forms.ModelForm):
    topics = topics_field()

    class Meta:
        model = Thread
        fields = ["title", "body", "language", "topics", "edition"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, person, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the editions one took part in.
        self.fields["edition"].queryset = self.fields["edition"].queryset.filter(memberships__user=person).distinct()
        self.fields["edition"].required = False


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Your reply"), widget=forms.Textarea(attrs={"rows": 5}), max_length=10_000)


class FollowUpForm(forms.ModelForm):
    """What came of one edition; the people to link are that edition's participants the writer may see."""

    topics = topics_field()
    sdg_targets = forms.CharField(
        label=_("SDG targets"), required=False, max_length=200, help_text=_("Separated by commas, such as 8.3, 17.9")
    )
    people = forms.ModelMultipleChoiceField(
        label=_("People involved"), queryset=User.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = FollowUp
        fields = [
            "kind", "title", "description", "language", "countries", "partners", "started_on", "ended_on",
            "link", "sdg_targets", "topics", "people",
        ]  # fmt: skip
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "started_on": forms.DateInput(attrs={"type": "date"}),
            "ended_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = people
        if self.instance.pk:
            self.initial["sdg_targets"] = ", ".join(self.instance.sdg_targets)

    def clean_sdg_targets(self) -> list[str]:
        """The codes as a list; the model's validator says which are no SDG targets."""
        return [code.strip() for code in self.cleaned_data["sdg_targets"].split(",") if code.strip()]
