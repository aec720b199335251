"""What a visitor sees when the server fails: a light 503 while the database is unreachable, else the 500 page.

Django calls `server_error` (the project's `handler500`) for any exception no view or middleware handled,
from any layer: a view, a template, or a middleware that reads the database (the session, the edition).
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.views.defaults import server_error as django_server_error

# How long browsers and proxies are asked to wait before trying again; a database restart takes seconds.
RETRY_AFTER_SECONDS = 30


def database_unreachable(error: BaseException | None) -> bool:
    """The error, or one it was raised from, says the database cannot be reached or used right now."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, (OperationalError, InterfaceError)):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def unavailable(request) -> HttpResponse:
    """A 503 in the request's language, rendered without a query: no context processors, no session, no user."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        content = loader.render_to_string("503.html", {"language": language})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, *args, **kwargs):
    """The project's handler500: Django calls it while handling the uncaught exception (sys.exc_info has it)."""
    if database_unreachable(sys.exc_info()[1]):
        return unavailable(request)
    return django_server_error(request, *args, **kwargs)
