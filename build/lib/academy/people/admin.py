from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from academy.people.models import User
from academy.people.services import PROFILE_FIELDS


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    def has_module_permission(self, request) -> bool:
        return request.user.has_perm("people.view_user")

    ordering = ["email"]
    list_display = ["email", "certificate_name", "country", "constituency", "is_staff"]
    list_filter = ["is_staff", "is_active", "constituency", "language"]
    search_fields = ["email", "certificate_name", "organisation"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            _("Profile"),
            {"fields": PROFILE_FIELDS},
        ),
        (_("Access"), {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "certificate_name", "password1", "password2"]})]
