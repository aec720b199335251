from html.parser import HTMLParser

import pytest

from academy.common.markdown import to_html, to_text


class Elements(HTMLParser):
    """Every element and attribute a browser would build from the HTML (escaped text is not one)."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "<a href='javascript:alert(1)'>x</a>",
        '<img src=x onerror="alert(1)">',
        '<p onmouseover="alert(1)">hover</p>',
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<iframe src='https://evil.example'></iframe>",
        "![img](https://example.org/x.png)",
    ],
)
def test_scripts_handlers_and_javascript_links_are_neutralised(text):
    for tag, attributes in Elements(str(to_html(text))).found:
        assert tag not in {"script", "iframe", "img", "object", "embed"}
        assert not any(name.startswith("on") for name in attributes)
        assert attributes.get("href", "https:").lower().startswith(("https:", "http:", "mailto:"))


def test_markdown_is_rendered_and_links_are_marked():
    html = str(to_html("# Title\n\n**Cooperatives** in [Seoul](https://example.org/seoul)\n\n- one\n- two"))
    assert "<h2>Title</h2>" in html
    assert "<strong>Cooperatives</strong>" in html
    assert '<a href="https://example.org/seoul" rel="nofollow noopener noreferrer">Seoul</a>' in html
    assert "<li>one</li>" in html


def test_text_without_markup():
    assert to_text("**Cooperativas** de <b>trabalho</b> & [rede](https://x.org)").split() == [
        "Cooperativas", "de", "<b>trabalho</b>", "&", "rede",
    ]  # fmt: skip
