"""Short codes people read aloud, type on a phone or copy from paper: badges, check-in, certificates."""

import secrets
import unicodedata
from urllib.parse import urlsplit

# No 0/O, 1/l/I, nor letters easily confused on a phone screen.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


# What people put between the groups besides spaces and dashes (Unicode's Pd): the minus sign, and the
# dots of any script (full stop, Latin, Greek and Japanese middle dots, bullets, the ideographic full
# stop), as they come out of NFKC, which has already turned the full-width ones into these.
GROUP_SEPARATORS = frozenset("\u2212.\u00b7\u2022\u2027\u2219\u22c5\u2e31\u30fb\u3002")


def is_group_separator(character: str) -> bool:
    return character.isspace() or unicodedata.category(character) == "Pd" or character in GROUP_SEPARATORS


def normalise_code(text: str) -> str:
    """What the person typed or pasted, as stored: upper case, without the spaces, dashes and dots that group it.

    Full-width forms become plain letters and digits (NFKC); any dash counts (hyphen, en and em dash,
    minus sign, non-breaking hyphen...) and so does any dot (full stop, middle dot, bullet...); from an
    address (the QR code's, or the verification page's), the code is its last path part."""
    text = unicodedata.normalize("NFKC", text).strip()
    if "/" in text:
        text = urlsplit(text).path.rstrip("/").rpartition("/")[2]
    return "".join(character for character in text if not is_group_separator(character)).upper()


def grouped(code: str) -> str:
    """ABCD-EFGH: easier to read out and to type."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
