"""Translatable content with a fallback to the edition's main language."""

import re

from django.conf import settings
from i18nfield.strings import LazyI18nString


def localize(value, language: str, fallback: str) -> tuple[str, str]:
    """The text of a translatable value in `language`, else in `fallback`, else in any language.

    Returns the text and the language it is in, so a page can mark it with `lang`.
    """
    data = value.data if isinstance(value, LazyI18nString) else value
    if not data:
        return "", language
    if not isinstance(data, dict):
        return str(data), fallback
    for code in (language, fallback, *(code for code, _name in settings.LANGUAGES)):
        if data.get(code):
            return data[code], code
    return "", language


def numbered_title(number: int, title: str) -> str:
    """An edition's title after its number, "13. Academy…", unless the title starts with it already
    ("13.ª Academia…", "13e Académie…"): the number once, never "13. 13.ª"."""
    return title if re.match(rf"{number}(?!\d)", title.strip()) else f"{number}. {title}"
