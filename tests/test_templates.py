"""Templates read well: no line over 400 characters, and no tag compares a value with a raw string.

A status is asked of its model (`application.is_draft`, `article.is_accepted`), so the meaning of
each value lives in one place and a renamed value cannot leave a template silently wrong.
"""

import re
from pathlib import Path

import academy

SOURCE = Path(academy.__file__).parent
LONGEST_LINE = 400
TAG = re.compile(r"{%.*?%}")
# `x == "a"`, `x != 'a'`, and the same with the literal on the left.
RAW_COMPARISON = re.compile(r"""(?P<left>[^\s"'{%]*)\s*(?:==|!=)\s*["']|["']\s*(?:==|!=)\s*(?P<right>[^\s"'%]+)""")
# (template, the value compared with a string) -> why no model property can say it instead.
ALLOWED_RAW_COMPARISONS = {
    ("attendance/templates/attendance/overview.html", "sort"): (
        "the ?sort= value of the page's own column links, passed through by the view; no model names these"
    ),
    ("brain/templates/brain/marketplace.html", "side"): (
        "the ?side= filter of the page's own links, passed through by the view as it came, possibly empty"
    ),
    ("programme/templates/programme/round.html", "in_elective"): (
        'the ?in= filter, where "none" is the page\'s own option for people without an elective'
    ),
    ("applications/templates/applications/apply.html", "field.widget_type"): (
        "Django's form API names widget types only as strings"
    ),
    ("applications/templates/applications/apply.html", "field.name"): (
        "the one form field, among the ones the loop renders, that shows a note about the uploaded CV"
    ),
    ("applications/templates/applications/selection_run.html", "relaxation.status"): (
        "a dict the view builds from SelectionRun.relaxations (JSON), with no model to ask; "
        "the view could pass whether each relaxation found a selection instead"
    ),
}


def templates():
    for path in sorted(SOURCE.rglob("*.html")):
        yield path.relative_to(SOURCE).as_posix(), path.read_text().splitlines()


def raw_comparisons(line: str) -> list[str]:
    """The values a line's template tags compare with a string literal."""
    found = []
    for tag in TAG.findall(line):
        for match in RAW_COMPARISON.finditer(tag):
            found.append(match["left"] or match["right"] or "")
    return found


def test_raw_comparisons_finds_literals_on_either_side_with_either_quote():
    assert raw_comparisons('{% if application.status == "draft" %}') == ["application.status"]
    assert raw_comparisons("{% if sort != 'name' %}a{% elif 'x' == side %}b{% endif %}") == ["sort", "side"]
    assert raw_comparisons('{% if a == b|default:"c" %}{{ x == "y" }}') == []  # a filter's argument; not a tag


def test_templates_have_no_line_over_400_characters():
    too_long = [
        f"{name}:{number} ({len(line)} characters)"
        for name, lines in templates()
        for number, line in enumerate(lines, start=1)
        if len(line) > LONGEST_LINE
    ]

    assert too_long == []


def test_templates_compare_nothing_with_a_raw_string():
    compared = [
        f"{name}:{number}: {value}"
        for name, lines in templates()
        for number, line in enumerate(lines, start=1)
        for value in raw_comparisons(line)
        if (name, value) not in ALLOWED_RAW_COMPARISONS
    ]

    assert compared == []


def test_allowed_raw_comparisons_are_all_still_in_their_templates():
    present = {(name, value) for name, lines in templates() for line in lines for value in raw_comparisons(line)}

    assert set(ALLOWED_RAW_COMPARISONS) - present == set()
