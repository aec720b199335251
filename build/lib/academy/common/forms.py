"""Helpers shared by the apps' forms."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


def show_errors(form, error: ValidationError) -> None:
    """Put a service's refusal on the form: on the field it names, else above the form."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, problems in error.message_dict.items():
        form.add_error(field if field in form.fields else NON_FIELD_ERRORS, problems)
