from django import forms
from django.conf import settings
from django.contrib import admin
from django.db import transaction
from i18nfield.admin import I18nModelAdmin
from rules.contrib.admin import (
    ObjectPermissionsModelAdminMixin,
    ObjectPermissionsStackedInline,
    ObjectPermissionsTabularInline,
)

from academy.audit.services import log_action
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


class I18nInline:
    """Inlines edit translatable fields with one box per language, as the edition form does."""

    formfield_overrides = I18nModelAdmin.formfield_overrides_defaults


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
class EditionAdmin(ObjectPermissionsModelAdminMixin, I18nModelAdmin):
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

    @transaction.atomic
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        log_action(actor=request.user, action="edition.changed" if change else "edition.created", obj=obj, edition=obj)


@admin.register(Organisation)
class OrganisationAdmin(ObjectPermissionsModelAdminMixin, I18nModelAdmin):
    list_display = ["acronym", "name", "website"]
    search_fields = ["acronym"]
