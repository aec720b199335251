"""What people write (articles, threads, marketplace posts) as safe HTML: CommonMark, then an allow-list.

markdown-it-py renders CommonMark with raw HTML off, so `<script>` arrives as text; nh3 (the Rust
`ammonia` sanitiser) then keeps only the tags and attributes below and only http(s) and mailto
links, whatever the renderer let through, and adds rel="nofollow noopener noreferrer" to links.
"""

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

_renderer = MarkdownIt("commonmark", {"html": False}).disable("image")
TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h2", "h3", "h4", "hr",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}


def to_html(text: str) -> SafeString:
    """Markdown as HTML safe to put on a page; headings start at h2 (the page has the h1)."""
    html = _renderer.render(text).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return mark_safe(  # noqa: S308 (sanitised by nh3 just above)
        nh3.clean(
            html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel="nofollow noopener noreferrer"
        )
    )


def to_text(text: str) -> str:
    """The words of a Markdown text without its markup, for search and summaries."""
    return nh3.clean(_renderer.render(text), tags=set()).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
