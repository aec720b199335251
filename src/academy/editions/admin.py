from django import forms
from django.conf import settings
from django.contrib import admin
from i18nfield.fields import I18nCharField, I18nTextField
from rules.contrib.admin import (
    ObjectPermissionsModelAdminMixin,
    ObjectPermissionsStackedInline,
    ObjectPermissionsTabularInline,
)

from academy.common.widgets import LabelledI18nTextarea, LabelledI18nTextInput
from academy.editions import services
from academy.editions.models import (
    DailySlot,
    Edition,
    EditionPartner,
    FaqEntry,
    KeyFeature,
    LearningOutcome,
    Membership,
    Organisation,
    SubTopic,
)
from academy.people.rules import is_platform_staff

# Translatable fields get one named box per language, in the edition form and its inlines alike.
I18N_WIDGETS = {I18nCharField: {"widget": LabelledI18nTextInput}, I18nTextField: {"widget": LabelledI18nTextarea}}


class I18nInline:
    formfield_overrides = I18N_WIDGETS


class BackOfficeModelAdmin(ObjectPermissionsModelAdminMixin, admin.ModelAdmin):
    """Permissions from rules.py, for the model and each object; translatable fields per language."""

    formfield_overrides = I18N_WIDGETS

    def has_module_permission(self, request) -> bool:
        return request.user.has_perm("editions.use_backoffice")


class PartnerInline(ObjectPermissionsTabularInline):
    model = EditionPartner
    extra = 0


class KeyFeatureInline(I18nInline, ObjectPermissionsStackedInline):
    model = KeyFeature
    extra = 0


class SubTopicInline(I18nInline, ObjectPermissionsStackedInline):
    model = SubTopic
    extra = 0


class LearningOutcomeInline(I18nInline, ObjectPermissionsStackedInline):
    model = LearningOutcome
    extra = 0


class DailySlotInline(I18nInline, ObjectPermissionsTabularInline):
    model = DailySlot
    extra = 0


class FaqInline(I18nInline, ObjectPermissionsStackedInline):
    model = FaqEntry
    extra = 0


class MembershipInline(ObjectPermissionsTabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


class EditionForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        choices=settings.LANGUAGES, widget=forms.CheckboxSelectMultiple, required=False
    )


@admin.register(Edition)
class EditionAdmin(BackOfficeModelAdmin):
    form = EditionForm
    exclude = ["is_demo"]  # only the demo loader makes demo editions
    list_display = ["number", "title", "host_country", "start_date", "modality", "status", "is_demo"]
    list_filter = ["status", "modality", "is_demo"]
    ordering = ["-number"]
    inlines = [
        PartnerInline,
        KeyFeatureInline,
        SubTopicInline,
        LearningOutcomeInline,
        DailySlotInline,
        FaqInline,
        MembershipInline,
    ]

    def get_queryset(self, request):
        editions = super().get_queryset(request)
        if is_platform_staff(request.user):
            return editions
        return editions.filter(memberships__user=request.user, memberships__role="organiser").distinct()

    def save_model(self, request, obj, form, change):
        services.save_edition(edition=obj, by=request.user)


@admin.register(Organisation)
class OrganisationAdmin(BackOfficeModelAdmin):
    list_display = ["acronym", "name", "website"]
    search_fields = ["acronym"]
