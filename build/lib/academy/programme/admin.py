from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsStackedInline, ObjectPermissionsTabularInline

from academy.common.admin import I18N_WIDGETS, BackOfficeModelAdmin, ReadOnlyAdminMixin
from academy.editions.admin import EditionScopedAdmin
from academy.programme.models import (
    AllocationRound,
    AllocationRun,
    Elective,
    Material,
    Session,
    SessionSpeaker,
    Speaker,
)
from academy.programme.rules import speakers_seen_by


class SpeakerInline(ObjectPermissionsTabularInline):
    model = SessionSpeaker
    extra = 0
    autocomplete_fields = ["speaker"]


class MaterialInline(ObjectPermissionsStackedInline):
    model = Material
    extra = 0


@admin.register(Session)
class SessionAdmin(EditionScopedAdmin):
    list_display = ["code", "title", "kind", "starts_at", "ends_at", "published", "cancelled"]
    list_filter = [("edition", admin.RelatedOnlyFieldListFilter), "kind", "published", "cancelled"]
    search_fields = ["code", "title"]
    inlines = [SpeakerInline, MaterialInline]


class PartInline(ObjectPermissionsTabularInline):
    model = Session
    extra = 0
    fields = ["code", "starts_at", "ends_at", "published"]
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # parts are sessions, added on the session page with all their fields

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Elective)
class ElectiveAdmin(EditionScopedAdmin):
    list_display = ["code", "title", "round", "minimum_seats", "maximum_seats", "cancelled"]
    list_filter = [("edition", admin.RelatedOnlyFieldListFilter), "round", "cancelled"]
    inlines = [PartInline]


@admin.register(AllocationRound)
class AllocationRoundAdmin(EditionScopedAdmin):
    list_display = ["edition", "position", "name", "preferences_open_at", "preferences_close_at", "published_at"]


@admin.register(AllocationRun)
class AllocationRunAdmin(ReadOnlyAdminMixin, EditionScopedAdmin):
    edition_path = "round__edition"
    list_display = ["round", "created_at", "created_by", "seed", "seconds", "kept_published"]
    readonly_fields = [field.name for field in AllocationRun._meta.fields]


@admin.register(Speaker)
class SpeakerAdmin(BackOfficeModelAdmin):
    list_display = ["name", "organisation"]
    search_fields = ["name", "organisation"]
    formfield_overrides = I18N_WIDGETS

    def get_exclude(self, request, obj=None):
        return [] if request.user.has_perm("programme.link_speaker_account") else ["user"]

    def get_queryset(self, request):
        return speakers_seen_by(request.user)
