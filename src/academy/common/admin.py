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
