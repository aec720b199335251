from django import forms
from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsStackedInline, ObjectPermissionsTabularInline

from academy.common.admin import I18N_WIDGETS, BackOfficeModelAdmin
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
    Role,
    SubTopic,
)
from academy.editions.rules import managed_editions


class I18nInline:
    formfield_overrides = I18N_WIDGETS


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
    """Roles, managed by platform staff only (rules.py): picking people means seeing everyone's name."""

    model = Membership
    extra = 0
    raw_id_fields = ["user"]


class EditionForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages offered"), choices=settings.LANGUAGES, widget=forms.CheckboxSelectMultiple, required=False
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
        return managed_editions(request.user, super().get_queryset(request))

    def save_model(self, request, obj, form, change):
        services.save_edition(edition=obj, by=request.user)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Membership:
            return super().save_formset(request, form, formset, change)
        # Roles are decisions: they go through the service, which validates and logs them.
        memberships = formset.save(commit=False)
        for membership in formset.deleted_objects:
            services.revoke_role(membership=membership, by=request.user)
        for membership in memberships:
            if membership.pk is not None:
                before = Membership.objects.get(pk=membership.pk)
                if (before.user_id, before.role) != (membership.user_id, membership.role):
                    services.revoke_role(membership=before, by=request.user)
            services.grant_role(
                edition=membership.edition,
                user=membership.user,
                role=membership.role,
                organisation=membership.organisation,
                by=request.user,
            )
        return None

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change:
            # Whoever creates an edition runs it until they hand it over.
            services.grant_role(edition=form.instance, user=request.user, role=Role.ORGANISER, by=request.user)


@admin.register(Organisation)
class OrganisationAdmin(BackOfficeModelAdmin):
    list_display = ["acronym", "name", "website"]
    search_fields = ["acronym"]


class EditionScopedAdmin(BackOfficeModelAdmin):
    """Rows of the editions this person manages, and only those editions to choose from."""

    edition_path = "edition"

    def get_queryset(self, request):
        editions = managed_editions(request.user, Edition.objects.all())
        return super().get_queryset(request).filter(**{f"{self.edition_path}__in": editions})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "edition":
            kwargs["queryset"] = managed_editions(request.user, Edition.objects.all())
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
