from django.contrib import admin

from academy.audit.models import ActionLog


@admin.register(ActionLog)
class ActionLogAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "edition", "action", "object_type", "object_id"]
    list_filter = ["action"]

    def has_module_permission(self, request) -> bool:
        return request.user.has_perm("audit.view_actionlog")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
