"""The `<edition:edition>` URL converter, registered once for every app's URLs.

Every address of an edition's pages names its number this way; `editions.middleware.EditionMiddleware` turns it
into `request.edition`.
"""

from django.urls import register_converter


class EditionNumberConverter:
    """An edition number: a few digits, so that no lookup overflows the database's integer."""

    regex = "[0-9]{1,4}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(getattr(value, "number", value))


register_converter(EditionNumberConverter, "edition")
