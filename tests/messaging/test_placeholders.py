import pytest
from hypothesis import given
from hypothesis import strategies as st

from academy.messaging.placeholders import PlaceholderError, fill, first_name, names_in


def test_known_placeholders_are_found_and_filled():
    text = "Dear {first_name}, {edition} closes on {deadline}. {{not a placeholder}}"
    assert names_in(text) == {"first_name", "edition", "deadline"}
    filled = fill(text, {"first_name": "Awa", "edition": "13th", "deadline": "1 May"})
    assert filled == "Dear Awa, 13th closes on 1 May. {not a placeholder}"


@pytest.mark.parametrize(
    "text",
    [
        "Hello {firstname}",
        "{first_name.__class__}",
        "{first_name[0]}",
        "{0}",
        "{}",
        "{first_name!r}",
        "{first_name:>40}",
        "{name:{edition}}",
    ],
)
def test_unknown_or_clever_placeholders_are_refused(text):
    with pytest.raises(PlaceholderError, match="Unknown placeholder"):
        names_in(text)


@pytest.mark.parametrize("text", ["Hello {first_name", "Hello }", "a { b"])
def test_unbalanced_braces_are_refused(text):
    with pytest.raises(PlaceholderError, match="brace"):
        names_in(text)


@given(st.text())
def test_a_value_is_inserted_as_typed_never_read_as_a_placeholder(value):
    assert fill("<{name}>", {"name": value}) == f"<{value}>"


def test_first_name_is_the_first_word():
    assert (first_name("Awa  Diallo"), first_name("Nguyễn Thị Lan"), first_name("")) == ("Awa", "Nguyễn", "")
