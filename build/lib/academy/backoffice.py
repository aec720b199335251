"""The back-office: Django's admin, open to platform staff and to the organisers of an edition.

What each person may see and change there is decided by the apps' rules.py, like everywhere else.
"""

from functools import wraps

from django.contrib import admin
from django.template.response import SimpleTemplateResponse
from django.utils.translation import gettext_lazy as _
from django_scopes import scope, scopes_disabled

from academy.editions.models import Edition
from academy.editions.rules import managed_editions
from academy.people.rules import is_platform_staff


class BackOfficeSite(admin.AdminSite):
    site_header = _("SSE Academy back-office")
    site_title = _("SSE Academy back-office")
    index_title = _("Back-office")

    def has_permission(self, request) -> bool:
        return request.user.is_active and request.user.has_perm("editions.use_backoffice")

    def admin_view(self, view, cacheable=False):
        """Every back-office page reads edition-owned data in the scope of the editions its reader manages: lists,
        pages and the choices of every drop-down (staff manage them all)."""
        protected = super().admin_view(view, cacheable)

        @wraps(view)
        def scoped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return protected(request, *args, **kwargs)  # to the login page
            if is_platform_staff(request.user):
                reading = scopes_disabled()
            else:
                reading = scope(
                    edition=list(managed_editions(request.user, Edition.objects.all()).values_list("pk", flat=True))
                )
            with reading:
                response = protected(request, *args, **kwargs)
                # The admin's pages are template responses, rendered after the view: render them in the scope.
                if isinstance(response, SimpleTemplateResponse):
                    response.render()
                return response

        return scoped
