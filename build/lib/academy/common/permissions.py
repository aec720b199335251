"""How views declare what they require; the rules themselves live in each app's rules.py."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def require(permission: str, *, obj=None):
    """Let the view run when the user holds `permission` on its object.

    The object is what `obj(request, **kwargs)` returns; without `obj`, the edition of the page
    (`request.edition`, None outside an edition). Anonymous visitors are sent to log in; people logged in without
    the permission get 403.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            target = obj(request, *args, **kwargs) if obj else request.edition
            if request.user.has_perm(permission, target):
                return view(request, *args, **kwargs)
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied

        return wrapped

    return decorator
