from django.middleware.http import ConditionalGetMiddleware
from django.urls import URLPattern, path
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.decorators import decorator_from_middleware

from academy.api.endpoints import api

app_name = "api"

conditional_get = decorator_from_middleware(ConditionalGetMiddleware)


def revalidated(view):
    """Every answer with an ETag, a 304 when `If-None-Match` holds it; caches must ask again each time, and keep
    what a token read for that client only."""

    @conditional_get
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_vary_headers(response, ["Authorization"])
        if "HTTP_AUTHORIZATION" in request.META:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, no_cache=True)
        return response

    wrapped.csrf_exempt = True  # no cookies are read: a token or nothing
    return wrapped


def _wrapped(pattern: URLPattern) -> URLPattern:
    return path(str(pattern.pattern), revalidated(pattern.callback), name=pattern.name)


ninja_patterns, _app, _namespace = api.urls
# The documentation page is under each language (`academy.urls`: api_docs); ninja's own, which loads Swagger UI from
# a CDN, is off.
urlpatterns = [_wrapped(pattern) for pattern in ninja_patterns]
