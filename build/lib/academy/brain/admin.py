"""The knowledge hub, the glossary, the networks and the topics in the back-office (organisers and staff)."""

from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsTabularInline

from academy.brain import knowledge
from academy.brain.models import (
    ArticleCall,
    CaseFigure,
    Definition,
    DocumentKind,
    Flag,
    GoodPractice,
    Network,
    Resource,
    Topic,
)
from academy.common.admin import BackOfficeModelAdmin
from academy.editions.admin import EditionScopedAdmin
from academy.editions.scoping import ScopedModelChoiceField


@admin.register(Topic)
class TopicAdmin(BackOfficeModelAdmin):
    list_display = ["name", "slug", "order"]


class ResourceForm(forms.ModelForm):
    class Meta:
        model = Resource
        fields = [
            "kind", "title", "summary", "language", "other_languages", "file", "url",
            "edition", "session", "topics", "countries", "sdg_targets",
        ]  # fmt: skip
        field_classes = {"session": ScopedModelChoiceField}

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if isinstance(upload, UploadedFile):
            try:
                self.instance.extracted_text = knowledge.read_upload(upload)
            except forms.ValidationError as error:
                self.add_error("file", error)
        elif not upload and not cleaned.get("url"):
            raise forms.ValidationError(_("Upload a file or give a link."), code="file_or_link")
        return cleaned


class IndexedAdmin(BackOfficeModelAdmin):
    """Keeps the search index in step: after the topics are saved, and when an item is deleted."""

    kind: DocumentKind

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        self.refresh(form.instance)

    def delete_model(self, request, obj) -> None:
        object_id = obj.pk
        super().delete_model(request, obj)
        knowledge.forget(kind=self.kind, object_id=object_id)

    def delete_queryset(self, request, queryset) -> None:
        object_ids = list(queryset.values_list("pk", flat=True))
        super().delete_queryset(request, queryset)
        for object_id in object_ids:
            knowledge.forget(kind=self.kind, object_id=object_id)


@admin.register(Resource)
class ResourceAdmin(IndexedAdmin):
    form = ResourceForm
    kind = DocumentKind.RESOURCE
    list_display = ["title", "kind", "language", "edition", "created_at"]
    list_filter = ["kind", "language", ("edition", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title"]
    filter_horizontal = ["topics"]
    raw_id_fields = ["session", "added_by"]

    def save_model(self, request, obj, form, change) -> None:
        if not change:
            obj.added_by = request.user
        super().save_model(request, obj, form, change)

    def refresh(self, resource) -> None:
        knowledge.refresh_resource(resource=resource)


class FigureInline(ObjectPermissionsTabularInline):
    model = CaseFigure
    extra = 1


@admin.register(GoodPractice)
class GoodPracticeAdmin(IndexedAdmin):
    kind = DocumentKind.PRACTICE
    list_display = ["title", "country", "organisation_kind", "language"]
    list_filter = ["organisation_kind", "language"]
    search_fields = ["title", "place"]
    filter_horizontal = ["topics", "resources"]
    raw_id_fields = ["people"]
    inlines = [FigureInline]

    def refresh(self, practice) -> None:
        knowledge.refresh_practice(practice=practice)


@admin.register(Definition)
class DefinitionAdmin(BackOfficeModelAdmin):
    list_display = ["term", "slug", "source"]


@admin.register(Network)
class NetworkAdmin(BackOfficeModelAdmin):
    list_display = ["name", "acronym", "regions", "website"]
    exclude = ["members"]


@admin.register(ArticleCall)
class ArticleCallAdmin(EditionScopedAdmin):
    list_display = ["edition", "deadline"]


@admin.register(Flag)
class ReportAdmin(BackOfficeModelAdmin):
    """What alumni reported: organisers read, follow up with the people, and close the report."""

    list_display = ["created_at", "reporter", "person", "closed_at"]
    list_filter = ["closed_at"]
    fields = ["reporter", "person", "message_text", "reason", "created_at", "closed_at"]
    readonly_fields = ["reporter", "person", "message_text", "reason", "created_at"]

    @admin.display(description=_("message"))
    def message_text(self, report) -> str:
        return report.message.body if report.message else "–"

    def has_add_permission(self, request) -> bool:
        return False
