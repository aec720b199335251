"""The Reader of an edition as a PDF: cover, the organisers' introduction, contents, and every accepted
article with its author and country, each in its own language and script (ReportLab Platypus with
`common.typesetting`'s chain of fonts)."""

import io
from xml.sax.saxutils import quoteattr

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from markdown_it import MarkdownIt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from academy.common.i18n import localize
from academy.common.typesetting import fonts, markup

_parser = MarkdownIt("commonmark", {"html": False}).disable("image")
SAFE_LINKS = ("http://", "https://", "mailto:")


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="NotoSans", fontSize=10.5, leading=15, spaceAfter=6)
    return {
        "body": body,
        "cover": ParagraphStyle("cover", parent=body, fontSize=26, leading=32, spaceAfter=18),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=19, spaceAfter=10),
        "title": ParagraphStyle("title", parent=body, fontSize=18, leading=23, spaceAfter=4),
        "byline": ParagraphStyle("byline", parent=body, fontSize=10, textColor="#5b6770", spaceAfter=14),
        "heading": ParagraphStyle("heading", parent=body, fontSize=13, leading=18, spaceBefore=8),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4),
        "quote": ParagraphStyle("quote", parent=body, leftIndent=18, textColor="#33424d"),
        "toc": ParagraphStyle("toc", parent=body, fontSize=10.5, leading=15),
    }


def _inline(children) -> str:
    out, bold = [], False
    for token in children:
        if token.type in ("text", "code_inline"):
            out.append(markup(token.content, bold=bold))
        elif token.type == "strong_open":
            bold = True
        elif token.type == "strong_close":
            bold = False
        elif token.type == "softbreak":
            out.append(" ")
        elif token.type == "hardbreak":
            out.append("<br/>")
        elif token.type == "link_open":
            href = token.attrGet("href") or ""
            out.append(f"<a href={quoteattr(href)} color='#0b6e4f'>" if href.startswith(SAFE_LINKS) else "<a>")
        elif token.type == "link_close":
            out.append("</a>")
    return "".join(out).replace("<a></a>", "")


def flowables(body: str, styles: dict[str, ParagraphStyle]) -> list:
    """Markdown as paragraphs, headings, lists and quotes (no raw HTML, no images)."""
    result, style, bullet, number = [], "body", None, []
    for token in _parser.parse(body):
        if token.type == "heading_open":
            style = "heading"
        elif token.type == "blockquote_open":
            style = "quote"
        elif token.type == "blockquote_close":
            style = "body"
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            number.append(0 if token.type == "ordered_list_open" else None)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            number.pop()
        elif token.type == "list_item_open":
            if number[-1] is None:
                bullet = "•"
            else:
                number[-1] += 1
                bullet = f"{number[-1]}."
        elif token.type == "inline":
            text = _inline(token.children or [])
            if bullet:
                result.append(Paragraph(text, styles["bullet"], bulletText=bullet))
                bullet = None
            else:
                result.append(Paragraph(text, styles["quote" if style == "quote" else style]))
            if style == "heading":
                style = "body"
        elif token.type in ("fence", "code_block"):
            lines = "<br/>".join(markup(line) for line in token.content.rstrip("\n").split("\n"))
            result.append(Paragraph(lines, styles["quote"]))
    return result


class _ReaderTemplate(BaseDocTemplate):
    """Adds each article to the contents and to the PDF outline as its title is laid out."""

    progress = None

    def afterFlowable(self, flowable) -> None:
        if self.progress is not None:
            self.progress()
        entry = getattr(flowable, "contents_entry", None)
        if entry is None:
            return
        text, key = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.plain_title, key, level=0)
        self.notify("TOCEntry", (0, text, self.page, key))


def _page_number(canvas, document) -> None:
    if document.page > 1:
        canvas.setFont("NotoSans", 9)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(document.page))


def reader_pdf(edition, articles, introduction: str, progress=None) -> bytes:
    """The PDF; the frame (cover, headings) is in the edition's main language. `progress`, when given, is called
    as each piece is laid out (a long compilation's heartbeat)."""
    fonts()
    styles = _styles()
    language = edition.main_language
    buffer = io.BytesIO()
    with translation.override(language):
        title = localize(edition.title, language, language)[0]
        theme = localize(edition.theme, language, language)[0]
        document = _ReaderTemplate(
            buffer, pagesize=A4, title=f"{title} – {_('Reader')}", leftMargin=2.2 * cm, rightMargin=2.2 * cm
        )
        frame = Frame(document.leftMargin, document.bottomMargin, document.width, document.height)
        document.progress = progress
        document.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_page_number)])
        host = localize(edition.host_city, language, language)[0]
        dates = f"{date_format(edition.start_date, 'DATE_FORMAT')} – {date_format(edition.end_date, 'DATE_FORMAT')}"
        story = [
            Spacer(1, 5 * cm),
            Paragraph(markup(title, bold=True), styles["cover"]),
            Paragraph(markup(theme), styles["subtitle"]),
            Paragraph(markup(_("Reader")), styles["subtitle"]),
            Paragraph(
                markup(", ".join(part for part in (host, str(edition.host_country.name or "")) if part)), styles["body"]
            ),
            Paragraph(markup(dates), styles["body"]),
            PageBreak(),
        ]
        if introduction:
            story += [
                Paragraph(markup(_("Introduction"), bold=True), styles["title"]),
                *flowables(introduction, styles),
            ]
            story.append(PageBreak())
        contents = TableOfContents(levelStyles=[styles["toc"]])
        story += [Paragraph(markup(_("Contents"), bold=True), styles["title"]), contents, PageBreak()]
        former = _("Former participant")
        for number, article in enumerate(articles):
            heading = Paragraph(markup(article.title, bold=True), styles["title"])
            heading.contents_entry = (markup(article.title), f"article-{number}")
            heading.plain_title = article.title
            author = article.author
            credit = author.certificate_name if author else former
            if author is not None and author.country:
                credit += f" ({author.country.name})"
            story += [heading, Paragraph(markup(credit), styles["byline"]), *flowables(article.body, styles)]
            story.append(PageBreak())
        document.multiBuild(story)
    return buffer.getvalue()
