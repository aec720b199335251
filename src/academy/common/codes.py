"""Short codes people read aloud, type on a phone or copy from paper: badges, check-in, certificates."""

import secrets

# No 0/O, 1/l/I, nor letters easily confused on a phone screen.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str:
    """What the person typed, as stored: upper case, without the spaces and dashes that group it."""
    return "".join(text.split()).replace("-", "").upper()


def grouped(code: str) -> str:
    """ABCD-EFGH: easier to read out and to type."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
