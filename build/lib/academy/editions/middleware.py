"""The edition a request is about, resolved once, and the scope every request's queries run in."""

from django.http import Http404
from django.urls import Resolver404, resolve
from django_scopes import scope

from academy.common import freshness
from academy.editions.models import Edition
from academy.editions.rules import roles_read_once
from academy.editions.topics import EDITIONS

# Every page of an edition reads its row (about 85 translated fields, each a JSON document to decode): it is kept
# in the cache until an edition is saved. Numbers that are no edition are kept too (as None), but only this long,
# since anyone can type them.
NUMBERS_KEPT_FOR = 3600


class EditionMiddleware:
    """Sets `request.edition` for every address under `editions/<edition:edition>/` and runs the request in its scope.

    An edition that does not exist, or a draft this person may not see, is a 404 before the view runs. Views of an
    edition never look it up themselves: they receive no number, only `request.edition`, and
    `academy.common.permissions.require` checks their permission on it. Queries on edition-owned data (models with
    django-scopes' `ScopedManager`) then return that edition's rows only; on any other page they raise, unless the
    view names the editions it reads (`academy.editions.scoping`). The rules read each person's roles once per
    request (`academy.editions.rules.roles_read_once`), and what is cached is fetched once per request
    (`academy.common.freshness.fetched_once_per_request`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with roles_read_once(), freshness.fetched_once_per_request():
            request.edition = self.edition_of(request)
            with scope(edition=request.edition) if request.edition is not None else scope():
                return self.get_response(request)

    @staticmethod
    def edition_of(request) -> Edition | None:
        try:
            number = resolve(request.path_info).kwargs.get("edition")
        except Resolver404:
            return None
        if number is None:
            return None
        edition = freshness.cached(
            "edition-by-number",
            [(EDITIONS, None)],
            lambda: Edition.objects.filter(number=number).first(),
            vary_on=(number,),
            kept_for=NUMBERS_KEPT_FOR,
        )
        if edition is None or not request.user.has_perm("editions.view_edition", edition):
            raise Http404  # a draft is not there for those who may not see it
        return edition

    def process_view(self, request, view, view_args, view_kwargs):
        if "edition" in view_kwargs:
            # The resolver keeps the address's own arguments (the language switcher reads them); the view gets them
            # without the number.
            request.resolver_match.kwargs = dict(view_kwargs)
            del view_kwargs["edition"]
