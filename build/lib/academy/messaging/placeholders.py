"""Placeholders in a message's subject and text, checked before anything is sent and filled safely. Pure.

A placeholder is a name in braces, `{first_name}`; braces themselves are written `{{` and `}}`. Only the names in
`PLACEHOLDERS` exist: no attribute or index access, no conversion, no format specification. Filling is
`str.format_map` over a fixed dict of strings, so what a person typed (their name) is inserted as text and never
read as a placeholder or markup (e-mails are plain text; pages escape it).
"""

from string import Formatter

from django.utils.translation import gettext_lazy as _

PLACEHOLDERS = {
    "first_name": _("the first word of the person's name"),
    "name": _("the person's name as on a certificate"),
    "edition": _("the edition's title, in the person's language"),
    "deadline": _("the deadline given with the message, in the edition's time zone"),
    "join_link": _("the address of the person's timetable, where each session's link to join is"),
}
# Those that only an edition's message can fill.
OF_AN_EDITION = {"edition", "deadline", "join_link"}


class PlaceholderError(ValueError):
    """A text that cannot be filled: `message` says why, in the reader's language (lazy)."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def names_in(text: str) -> set[str]:
    """The placeholders a text uses; PlaceholderError when one is unknown or badly written."""
    names = set()
    try:
        parsed = list(Formatter().parse(text))
    except ValueError:
        raise PlaceholderError(
            _("A brace is not closed. Placeholders are written {first_name}; a brace itself is written {{ or }}.")
        ) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            shown = "{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
            raise PlaceholderError(
                _("Unknown placeholder %(placeholder)s. Use one of: %(known)s.")
                % {"placeholder": shown, "known": ", ".join("{" + known + "}" for known in PLACEHOLDERS)}
            )
        names.add(name)
    return names


def fill(text: str, values: dict[str, str]) -> str:
    """The text with its placeholders replaced by `values` (checked with `names_in` first)."""
    return text.format_map({name: str(values.get(name, "")) for name in PLACEHOLDERS})


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name
