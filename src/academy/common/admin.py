"""What every back-office page shares: permissions from the apps' rules.py, one named box per language."""

from django.contrib import admin
from i18nfield.fields import I18nCharField, I18nTextField
from rules.contrib.admin import ObjectPermissionsModelAdminMixin

from academy.common.widgets import LabelledI18nTextarea, LabelledI18nTextInput

I18N_WIDGETS = {I18nCharField: {"widget": LabelledI18nTextInput}, I18nTextField: {"widget": LabelledI18nTextarea}}


class BackOfficeModelAdmin(ObjectPermissionsModelAdminMixin, admin.ModelAdmin):
    """A back-office model page: shown in the index to those holding `module_permission`."""

    formfield_overrides = I18N_WIDGETS
    module_permission = "editions.use_backoffice"

    def has_module_permission(self, request) -> bool:
        return request.user.has_perm(self.module_permission)


class ReadOnlyAdminMixin:
    """Records kept as they were written (runs, pins, the audit trail): listed and shown, never edited here."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
