import pytest
from hypothesis import given
from hypothesis import strategies as st

from academy.common.codes import CODE_ALPHABET, grouped, normalise_code

# What people put between the groups when they type a code, or what their keyboard, word processor or
# phone puts there for them.
SEPARATORS = [
    " ", "\u00a0", "\u3000", "\t",  # spaces: plain, non-breaking, ideographic
    "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d",  # dashes and minus signs
    ".", "\u00b7", "\u2022", "\u2027", "\u2219", "\u22c5", "\u30fb", "\uff65", "\u3002", "\uff0e", "\uff61",  # dots
]  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("abcd.efgh.jkmn", "ABCDEFGHJKMN"),
        ("ABCD·EFGH·JKMN", "ABCDEFGHJKMN"),  # middle dot
        ("ABCD\u2013EFGH\u2212JKMN", "ABCDEFGHJKMN"),  # en dash, minus sign
        ("ＡＢＣＤ．ＥＦＧＨ．ＪＫＭＮ", "ABCDEFGHJKMN"),  # full-width letters and full stops
        ("ＡＢＣＤ－ＥＦＧＨ　ＪＫＭＮ", "ABCDEFGHJKMN"),  # full-width dash and ideographic space
        ("ABCD-EFGH-JKMN.", "ABCDEFGHJKMN"),  # copied with the end of a sentence
        ("ABCD・EFGH。JKMN", "ABCDEFGHJKMN"),  # a Japanese keyboard's middle dot and full stop
        ("https://sse-academy.org/c/ABCDEFGHJKMN", "ABCDEFGHJKMN"),
    ],
)
def test_normalise_code_drops_spaces_dashes_and_dots_of_any_script(typed, stored):
    assert normalise_code(typed) == stored


@given(
    code=st.text(alphabet=CODE_ALPHABET, min_size=1, max_size=16),
    separator=st.sampled_from(SEPARATORS),
    full_width=st.booleans(),
    lower=st.booleans(),
)
def test_normalise_code_finds_the_code_however_it_is_grouped(code, separator, full_width, lower):
    typed = grouped(code).replace("-", separator)
    if lower:
        typed = typed.lower()
    if full_width:
        typed = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in typed)
    assert normalise_code(typed) == code
