from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "academy.audit"
