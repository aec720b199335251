from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.utils import timezone


class UserTimeZoneMiddleware:
    """Dates and times on every page in the reader's own time zone (from their profile) when logged in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.time_zone:
            with timezone.override(user.time_zone):
                return self.get_response(request)
        return self.get_response(request)


class ReadAheadMiddleware:
    """A page's reads from the cache in one round trip, when the cache can read ahead (Redis: `common.cache`).

    Before the session middleware, so that the session is read in the same round trip. Only for GET and HEAD:
    a burst is reads, and a form sent is answered once."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.cache = caches[DEFAULT_CACHE_ALIAS]
        self.reading_ahead = getattr(self.cache, "reading_ahead", None)

    def __call__(self, request):
        if self.reading_ahead is None or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        with self.reading_ahead((request.get_full_path(), request.COOKIES.get(settings.SESSION_COOKIE_NAME))):
            return self.get_response(request)
