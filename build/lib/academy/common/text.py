"""Text as people type it, compared without case or accents (names in attendance reports, search terms)."""

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, as decomposed characters: "Economía" -> "economia"; other scripts keep their
    letters (decomposed, as NFKD leaves them)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
