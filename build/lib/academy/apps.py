"""The back-office's app configuration, apart from the site so that it loads before the models do."""

from django.contrib.admin.apps import AdminConfig


class BackOfficeConfig(AdminConfig):
    default_site = "academy.backoffice.BackOfficeSite"
