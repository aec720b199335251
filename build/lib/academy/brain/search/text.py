"""What the search index stores and what a query asks for: folded, stemmed terms (pure, no Django).

Both sides go through the same steps so that they meet whatever the backend: Unicode words,
case-folded, accents removed, stop words dropped, then the Snowball stemmer of the text's
language (the same algorithms PostgreSQL's dictionaries use). Accents are removed *before*
stemming so that "cooperação" and "cooperacao" give one stem. A query's language is unknown
(people search in any language, and alumni read several), so each query word stands for its
stems in all four languages: "cooperativa" finds the Spanish "cooperativas" and the Portuguese
"cooperativa", and "economia" finds "economía".
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import Stemmer

from academy.common.text import fold as common_fold

STEMMER_NAMES = {"en": "english", "fr": "french", "es": "spanish", "pt": "portuguese"}
LANGUAGES = tuple(STEMMER_NAMES)

# The commonest function words of each language: they match nearly every document and slow every
# query, so neither side keeps them. Folded (no accents), as the words are compared folded.
STOP_WORDS = {
    "en": "a an and are as at be by for from has have in is it its of on or that the this to was were will with",
    "fr": "a au aux avec ce ces dans de des du elle en est et il ils la le les leur mais ne nous ou par pas pour "
    "qu que qui sa se ses son sur un une vous",
    "es": "a al como con de del el en es esta este la las lo los mas o para pero por que se sin su sus un una y",
    "pt": "a ao aos as com da das de do dos e em entre mas na nas no nos o os ou para pela pelo por que se sem "
    "seu sua um uma",
}
STOP_WORDS = {language: frozenset(words.split()) for language, words in STOP_WORDS.items()}
ALL_STOP_WORDS = frozenset().union(*STOP_WORDS.values())

WORD = re.compile(r"\w+")
# Longer tokens are not words (hashes, run-together URLs) and would only bloat the index.
LONGEST_WORD = 40
MOST_QUERY_WORDS = 8


def fold(text: str) -> str:
    """Lower case without accents: "Economía" -> "economia"; other scripts keep their letters, composed again."""
    return unicodedata.normalize("NFC", common_fold(text))


def _is_word(token: str) -> bool:
    # A lone Latin letter is an elision ("l'économie") or an initial, not a word; a lone ideograph is one.
    return len(token) <= LONGEST_WORD and not (len(token) == 1 and token.isascii() and token.isalpha())


def words(text: str) -> list[str]:
    return [word for word in WORD.findall(fold(text)) if _is_word(word)]


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(STEMMER_NAMES[language])


def terms(text: str, language: str) -> list[str]:
    """The index terms of a text written in `language` (en, fr, es, pt; others are not stemmed)."""
    stop = STOP_WORDS.get(language, ALL_STOP_WORDS)
    kept = [word for word in words(text) if word not in stop]
    if language not in STEMMER_NAMES:
        return kept
    return _stemmer(language).stemWords(kept)


def index_text(text: str, language: str) -> str:
    """The terms as one space-separated string, the form both backends index."""
    return " ".join(terms(text, language))


@dataclass(frozen=True)
class Query:
    """What a query asks for: every group must match, a group matches if any of its terms does."""

    groups: tuple[frozenset[str], ...]

    def __bool__(self) -> bool:
        return bool(self.groups)


def parse_query(text: str) -> Query:
    """Each word of the query, as its stems in the four languages; stop words and repeats dropped."""
    groups: list[frozenset[str]] = []
    for word in words(text):
        if word in ALL_STOP_WORDS:
            continue
        group = frozenset(_stemmer(language).stemWord(word) for language in LANGUAGES)
        if group not in groups:
            groups.append(group)
    return Query(tuple(groups[:MOST_QUERY_WORDS]))
