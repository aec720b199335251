"""What every back-office page shares: permissions from the apps' rules.py, one named box per language."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from i18nfield.fields import I18nCharField, I18nTextField
from rules.contrib.admin import ObjectPermissionsModelAdminMixin

from academy.common.uploads import storing_files
from academy.common.widgets import LabelledI18nTextarea, LabelledI18nTextInput

I18N_WIDGETS = {I18nCharField: {"widget": LabelledI18nTextInput}, I18nTextField: {"widget": LabelledI18nTextarea}}


class BackOfficeModelAdmin(ObjectPermissionsModelAdminMixin, admin.ModelAdmin):
    """A back-office model page: shown in the index to those holding `module_permission`."""

    formfield_overrides = I18N_WIDGETS
    module_permission = "editions.use_backoffice"

    def has_module_permission(self, request) -> bool:
        return request.user.has_perm(self.module_permission)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """A page whose uploads (its own or its inlines') could not be stored is shown again with the refusal
        above the form: the admin's transaction was left by the error, so nothing of the page was saved."""
        try:
            with storing_files():
                return super().changeform_view(request, object_id, form_url, extra_context)
        except ValidationError as refusal:
            if refusal.code != "not_stored" or getattr(request, "upload_refusal", None) is not None:
                raise
            request.upload_refusal = refusal
            for upload in request.FILES.values():
                upload.seek(0)  # read again by the form's validation (images are opened)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        refusal = getattr(request, "upload_refusal", None)
        if refusal is None:
            return form

        class Refused(form):
            def clean(self):
                super().clean()
                raise refusal

        return Refused


class ReadOnlyAdminMixin:
    """Records kept as they were written (runs, pins, the audit trail): listed and shown, never edited here."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
