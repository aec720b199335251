"""The `<edition:number>` URL converter, registered once for every app's URLs."""

from django.urls import register_converter


class EditionNumberConverter:
    """An edition number: a few digits, so that no lookup overflows the database's integer."""

    regex = "[0-9]{1,4}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


register_converter(EditionNumberConverter, "edition")
