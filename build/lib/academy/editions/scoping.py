"""Edition-owned data is read inside a scope: one edition on its pages, the editions a page names elsewhere.

Models whose rows belong to an edition declare `objects = ScopedManager(edition="<path to the edition>")`
(django-scopes). A query on them outside a scope raises `ScopeError` instead of silently returning every edition's
rows. `EditionMiddleware` opens the scope of each request; pages outside an edition, the back-office, background
tasks and console commands say here which editions they read.
"""

from functools import wraps

from django import forms
from django_scopes import scope, scopes_disabled
from django_scopes.manager import DisabledQuerySet


def across_editions(view):
    """For a page that reads edition-owned data of any edition (public pages that list across editions, and the
    pages of one person's own data, whose queries name that person)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        with scopes_disabled():
            return view(request, *args, **kwargs)

    return wrapped


def in_editions(editions):
    """The scope of several editions (a list of editions or their ids)."""
    return scope(edition=list(editions))


class ScopedModelChoiceField(forms.ModelChoiceField):
    """A choice among edition-owned rows in a form declared outside any scope (when its module is imported).

    The form's choices are those of the scope it is used in: the back-office builds its fields again for each request,
    inside the scope of the editions its reader manages; the one built at import time offers nothing.
    """

    def __init__(self, queryset, **kwargs):
        if isinstance(queryset, DisabledQuerySet):
            queryset = queryset.none()
        super().__init__(queryset, **kwargs)
