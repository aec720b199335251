from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsStackedInline

from academy.applications.models import Application, Call, Criterion, Question
from academy.common.admin import I18N_WIDGETS, BackOfficeModelAdmin
from academy.editions.models import Edition
from academy.editions.rules import managed_editions


class QuestionInline(ObjectPermissionsStackedInline):
    model = Question
    extra = 0
    formfield_overrides = I18N_WIDGETS


class CriterionInline(ObjectPermissionsStackedInline):
    model = Criterion
    extra = 0
    formfield_overrides = I18N_WIDGETS


@admin.register(Call)
class CallAdmin(BackOfficeModelAdmin):
    list_display = ["edition", "reviews_per_application", "blind_review", "review_deadline"]
    inlines = [QuestionInline, CriterionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(edition__in=managed_editions(request.user, Edition.objects.all()))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "edition":
            kwargs["queryset"] = managed_editions(request.user, Edition.objects.all())
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Application)
class ApplicationAdmin(BackOfficeModelAdmin):
    list_display = ["applicant", "edition", "status", "submitted_at"]
    list_filter = ["status", "edition"]
    readonly_fields = [field.name for field in Application._meta.fields]

    def get_queryset(self, request):
        editions = managed_editions(request.user, Edition.objects.all())
        return super().get_queryset(request).filter(edition__in=editions).select_related("applicant", "edition")

    def has_add_permission(self, request) -> bool:
        return False
