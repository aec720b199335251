from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


def language_links(request) -> dict:
    """Links to this same page in each language, for the switcher in every page's header."""
    return {
        "language_links": [
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": translate_url(request.get_full_path(), code),
            }
            for code, _name in settings.LANGUAGES
        ]
    }
