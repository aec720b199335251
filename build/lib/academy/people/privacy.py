"""A person's right to their data: everything the platform holds about them as one JSON document,
and the deletion of their account.

Each app that holds personal data has a `privacy` module with `personal_data(person) -> dict` (and,
when deleting needs more than the database's cascades, `before_deletion(person, *, keep_contributions)`);
`collect` finds them through the app registry, so no app here depends on those above it.
"""

import datetime
import decimal
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries.fields import Country, CountryField
from i18nfield.strings import LazyI18nString

from academy.audit.services import log_action


def _modules():
    for config in apps.get_app_configs():
        if config.name.startswith("academy.") and find_spec(f"{config.name}.privacy"):
            yield config.label, import_module(f"{config.name}.privacy")


def plain(value):
    """A field's value as JSON has it."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or None
    if isinstance(value, Country):
        return value.code
    if isinstance(value, LazyI18nString):
        return value.data
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def value_of(row: models.Model, field: models.Field):
    """One field of a row as JSON has it; several countries (`CountryField(multiple=True)`, whose value
    is django-countries' own list-like wrapper) as a list of ISO codes."""
    value = getattr(row, field.attname)
    if isinstance(field, CountryField) and field.multiple:
        return [country.code for country in value]
    return plain(value)


def rows(queryset: models.QuerySet, *, leave_out: tuple[str, ...] = ()) -> list[dict]:
    """Every row of the queryset with its own fields (foreign keys as ids), for an export."""
    fields = [field for field in queryset.model._meta.concrete_fields if field.name not in leave_out]
    return [{field.name: value_of(row, field) for field in fields} for row in queryset]


def personal_data(person) -> dict:
    """The people app's own part: the account and profile (not the password), other addresses."""
    return {
        "account": rows(person._meta.model.objects.filter(pk=person.pk), leave_out=("password",)),
        "other_email_addresses": list(person.email_aliases.values_list("email", flat=True)),
    }


def collect(person) -> dict:
    """Everything about the person, one section per app."""
    return {
        "exported_at": timezone.now().isoformat(),
        **{label: module.personal_data(person) for label, module in _modules() if hasattr(module, "personal_data")},
    }


def delete_account(*, person, password: str, keep_contributions: bool) -> None:
    """Delete the account once the password confirms it; what others rely on is kept without the person
    (see each app's `before_deletion`), the rest goes with the account."""
    if not person.check_password(password):
        raise ValidationError({"password": _("The password is not right.")}, code="password")
    with transaction.atomic():
        for _label, module in _modules():
            if hasattr(module, "before_deletion"):
                module.before_deletion(person, keep_contributions=keep_contributions)
        log_action(actor=None, action="account_deleted", obj=person)
        person.delete()
