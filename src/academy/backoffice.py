"""The back-office: Django's admin, open to platform staff and to the organisers of an edition.

What each person may see and change there is decided by the apps' rules.py, like everywhere else.
"""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class BackOfficeSite(admin.AdminSite):
    site_header = _("SSE Academy back-office")
    site_title = _("SSE Academy back-office")
    index_title = _("Back-office")

    def has_permission(self, request) -> bool:
        return request.user.is_active and request.user.has_perm("editions.use_backoffice")


class BackOfficeConfig(AdminConfig):
    default_site = "academy.backoffice.BackOfficeSite"
