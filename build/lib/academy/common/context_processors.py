from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language_info, override


def language_links(request) -> dict:
    """Links to this same page in each language, for the switcher in every page's header."""
    return {
        "language_links": [
            {"code": code, "name": get_language_info(code)["name_local"], "url": _in_language(request, code)}
            for code, _name in settings.LANGUAGES
        ]
    }


def _in_language(request, code: str) -> str:
    """The address reversed from the match Django already made for this request (`translate_url` would resolve
    it again for each language); a page with no match (a 404) links to its own address."""
    path, match = request.get_full_path(), getattr(request, "resolver_match", None)
    if match is None:
        return path
    with override(code):
        try:
            translated = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return path
    return urlunsplit(("", "", translated, urlsplit(path).query, ""))
