from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsStackedInline

from academy.applications import services
from academy.applications.models import (
    Application,
    Call,
    Criterion,
    FundingSource,
    Pin,
    Question,
    ReviewAssignment,
    Scholarship,
    SelectionRun,
    TravelCost,
)
from academy.common.admin import I18N_WIDGETS, ReadOnlyAdminMixin
from academy.editions.admin import EditionScopedAdmin
from academy.editions.models import Edition, Role
from academy.editions.rules import managed_editions
from academy.people.models import User


class QuestionInline(ObjectPermissionsStackedInline):
    model = Question
    extra = 0
    formfield_overrides = I18N_WIDGETS


class CriterionInline(ObjectPermissionsStackedInline):
    model = Criterion
    extra = 0
    formfield_overrides = I18N_WIDGETS


@admin.register(FundingSource)
class FundingSourceAdmin(EditionScopedAdmin):
    list_display = ["name", "edition", "budget", "eligibility"]


@admin.register(TravelCost)
class TravelCostAdmin(EditionScopedAdmin):
    list_display = ["edition", "region", "amount"]


@admin.register(Pin)
class PinAdmin(ReadOnlyAdminMixin, EditionScopedAdmin):
    """The list of pins; they are set on each application's page, where the change is logged."""

    edition_path = "application__edition"
    list_display = ["application", "include", "reason", "created_by"]
    readonly_fields = ["application", "include", "reason", "created_by"]


@admin.register(SelectionRun)
class SelectionRunAdmin(ReadOnlyAdminMixin, EditionScopedAdmin):
    """A run is the record of a decision: kept unchanged."""

    list_display = ["edition", "created_at", "created_by", "status", "objective", "gap", "seconds", "confirmed_at"]
    readonly_fields = [field.name for field in SelectionRun._meta.fields]


@admin.register(Call)
class CallAdmin(EditionScopedAdmin):
    list_display = ["edition", "reviews_per_application", "blind_review", "review_deadline"]
    inlines = [QuestionInline, CriterionInline]


@admin.register(Application)
class ApplicationAdmin(EditionScopedAdmin):
    list_display = ["applicant", "edition", "status", "submitted_at"]
    list_filter = ["status"]
    list_select_related = ["applicant", "edition"]
    readonly_fields = [field.name for field in Application._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ReviewAssignment)
class ReviewAssignmentAdmin(EditionScopedAdmin):
    """Organisers move a review to another committee member by hand."""

    edition_path = "application__edition"

    def save_model(self, request, obj, form, change):
        services.move_review(review=obj, by=request.user)

    list_display = ["application", "reviewer", "reviewed_at"]
    fields = ["application", "reviewer"]
    list_select_related = ["application__applicant", "reviewer"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        editions = managed_editions(request.user, Edition.objects.all())
        if db_field.name == "application":
            kwargs["queryset"] = Application.objects.filter(edition__in=editions).select_related("applicant")
        if db_field.name == "reviewer":
            kwargs["queryset"] = User.objects.filter(
                memberships__edition__in=editions, memberships__role=Role.COMMITTEE
            ).distinct()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Scholarship)
class ScholarshipAdmin(EditionScopedAdmin):
    """Finance records what was spent and settles scholarships."""

    edition_path = "application__edition"
    list_display = ["application", "source", "travel", "accommodation", "fee", "spent", "status"]
    list_filter = ["status"]
    list_select_related = ["application__applicant", "source"]
    fields = ["application", "source", "travel", "accommodation", "fee", "spent", "status"]
    readonly_fields = ["application", "source"]

    def has_add_permission(self, request) -> bool:
        return False
