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
