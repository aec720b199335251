from django.contrib import admin

from academy.audit.models import ActionLog
from academy.common.admin import ReadOnlyAdminMixin


@admin.register(ActionLog)
class ActionLogAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["created_at", "actor", "edition", "action", "object_type", "object_id"]
    list_filter = ["action"]

    def has_module_permission(self, request) -> bool:
        return request.user.has_perm("audit.view_actionlog")
