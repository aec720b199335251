"""Short codes people read aloud, type on a phone or copy from paper: badges, check-in, certificates."""

import secrets
import unicodedata
from urllib.parse import urlsplit

# No 0/O, 1/l/I, nor letters easily confused on a phone screen.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str:
    """What the person typed or pasted, as stored: upper case, without the spaces and dashes that group it.

    Full-width forms become plain letters and digits (NFKC); any dash counts (hyphen, en and em dash,
    minus sign, non-breaking hyphen...); from an address (the QR code's, or the verification page's),
    the code is its last path part."""
    text = unicodedata.normalize("NFKC", text).strip()
    if "/" in text:
        text = urlsplit(text).path.rstrip("/").rpartition("/")[2]
    return "".join(
        character
        for character in text
        if not character.isspace() and unicodedata.category(character) != "Pd" and character != "\u2212"
    ).upper()


def grouped(code: str) -> str:
    """ABCD-EFGH: easier to read out and to type."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
