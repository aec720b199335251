"""What people write (articles, threads, marketplace posts, lessons) as safe HTML: CommonMark, then an allow-list.

markdown-it-py renders CommonMark with raw HTML off, so `<script>` arrives as text; nh3 (the Rust
`ammonia` sanitiser) then keeps only the tags and attributes below and only http(s) and mailto
links, whatever the renderer let through, and adds rel="nofollow noopener noreferrer" to links.

Lessons may show images, but only those served by the platform (pages make no third-party
requests): an image elsewhere becomes a link to it. Images load lazily, after the text.
"""

import nh3
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

_renderer = MarkdownIt("commonmark", {"html": False}).disable("image")
TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h2", "h3", "h4", "hr",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}
IMAGE_ATTRIBUTES = {"img": {"src", "alt", "loading", "decoding"}}


def _local_image_or_link(self, tokens, index, options, env) -> str:
    token = tokens[index]
    source = token.attrGet("src") or ""
    description = escape(self.renderInlineAsText(token.children or [], options, env))
    if source.startswith(settings.MEDIA_URL) and "//" not in source:
        return f'<img src="{escape(source)}" alt="{description}" loading="lazy" decoding="async">'
    return f'<a href="{escape(source)}">{description or escape(source)}</a>'


_with_images = MarkdownIt("commonmark", {"html": False})
_with_images.add_render_rule("image", _local_image_or_link)


def to_html(text: str, *, images: bool = False) -> SafeString:
    """Markdown as HTML safe to put on a page; headings start at h2 (the page has the h1)."""
    html = (_with_images if images else _renderer).render(text).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return mark_safe(  # noqa: S308 (sanitised by nh3 just above)
        nh3.clean(
            html,
            tags=TAGS | ({"img"} if images else set()),
            attributes=ATTRIBUTES | (IMAGE_ATTRIBUTES if images else {}),
            url_schemes=URL_SCHEMES,
            link_rel="nofollow noopener noreferrer",
        )
    )


def to_text(text: str) -> str:
    """The words of a Markdown text without its markup, for search and summaries."""
    return nh3.clean(_renderer.render(text), tags=set()).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
