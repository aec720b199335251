"""Text in any script on a PDF page (ReportLab): a chain of fonts, each character in the first that has it.

Participants' names come in Latin with diacritics, Vietnamese, Cyrillic, Arabic, Hangul, Chinese and
more, and a certificate must show them exactly. Noto covers most scripts in separate files, Nanum
Gothic covers Hangul and Droid Sans Fallback the CJK ideographs, all TrueType (ReportLab embeds
TrueType outlines, subset to the glyphs used). Scripts that join or reorder letters (Arabic, Hebrew,
the Indic scripts) are shaped with HarfBuzz. The fonts come from Debian's packages (see
scripts/install-system-packages.sh); ``ACADEMY_FONT_DIR`` points elsewhere if needed.
"""

from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import segno
from django.conf import settings
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import bidiShapedText

# (name, file under ACADEMY_FONT_DIR, shaped): the first is the main text font, the others fall back in order.
FONTS = (
    ("NotoSans", "truetype/noto/NotoSans-Regular.ttf", False),
    ("NotoSansArabic", "truetype/noto/NotoSansArabic-Regular.ttf", True),
    ("NotoSansHebrew", "truetype/noto/NotoSansHebrew-Regular.ttf", True),
    ("NotoSansDevanagari", "truetype/noto/NotoSansDevanagari-Regular.ttf", True),
    ("NotoSansBengali", "truetype/noto/NotoSansBengali-Regular.ttf", True),
    ("NotoSansTamil", "truetype/noto/NotoSansTamil-Regular.ttf", True),
    ("NotoSansThai", "truetype/noto/NotoSansThai-Regular.ttf", True),
    ("NotoSansKhmer", "truetype/noto/NotoSansKhmer-Regular.ttf", True),
    ("NotoSansMyanmar", "truetype/noto/NotoSansMyanmar-Regular.ttf", True),
    ("NotoSansEthiopic", "truetype/noto/NotoSansEthiopic-Regular.ttf", True),
    ("NotoSansGeorgian", "truetype/noto/NotoSansGeorgian-Regular.ttf", False),
    ("NotoSansArmenian", "truetype/noto/NotoSansArmenian-Regular.ttf", False),
    ("NanumGothic", "truetype/nanum/NanumGothic.ttf", False),
    ("DroidSansFallback", "truetype/droid/DroidSansFallbackFull.ttf", False),
)
BOLD = ("NotoSans-Bold", "truetype/noto/NotoSans-Bold.ttf", False)
DEBIAN_PACKAGES = "fonts-noto-core fonts-nanum fonts-droid-fallback"


def font_dir() -> Path:
    return Path(settings.ACADEMY_FONT_DIR)


def missing_fonts() -> list[str]:
    return [str(font_dir() / path) for _name, path, _shaped in (*FONTS, BOLD) if not (font_dir() / path).is_file()]


@cache
def fonts() -> tuple[tuple[str, dict, bool], ...]:
    """Register the fonts with ReportLab once per process; each with the characters it covers."""
    loaded = []
    for name, path, shaped in (*FONTS, BOLD):
        font = TTFont(name, str(font_dir() / path), shapable=shaped)
        pdfmetrics.registerFont(font)
        loaded.append((name, font.face.charToGlyph, shaped))
    return tuple(loaded)


def runs(text: str, *, bold: bool = False) -> list[tuple[str, str, bool]]:
    """The text cut into (font, part, shaped) runs; a character stays in the current run's font if it can."""
    chain = fonts()
    chain = (chain[-1], *chain[1:-1]) if bold else chain[:-1]
    result: list[list] = []
    for char in text:
        code = ord(char)
        if result and code in result[-1][3]:
            result[-1][1] += char
            continue
        name, covered, shaped = next(((n, c, s) for n, c, s in chain if code in c), chain[0])
        result.append([name, char, shaped, covered])
    return [(name, part, shaped) for name, part, shaped, _covered in result]


def markup(text: str, *, bold: bool = False) -> str:
    """Text as Platypus paragraph markup, each run of characters in the font that has them."""
    return "".join(f'<font name="{name}">{escape(part)}</font>' for name, part, _shaped in runs(text, bold=bold))


def width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(
        bidiShapedText(part, None, fontName=name, fontSize=size, shaping=shaped)[1]
        for name, part, shaped in runs(text, bold=bold)
    )


def fitting_size(text: str, size: float, room: float, *, bold: bool = False, smallest: float = 6) -> float:
    """The largest size up to ``size`` at which the text fits in ``room`` points."""
    wide = width(text, size, bold=bold)
    return size if wide <= room else max(smallest, size * room / wide)


def draw(canvas: Canvas, x: float, y: float, text: str, size: float, *, align: str = "left", bold: bool = False):
    """Draw one line; ``align`` "centre" centres it on x, "right" ends it at x."""
    parts = runs(text, bold=bold)
    shaped = [bidiShapedText(part, None, fontName=name, fontSize=size, shaping=s) for name, part, s in parts]
    total = sum(wide for _text, wide in shaped)
    x -= {"left": 0, "centre": total / 2, "right": total}[align]
    for (name, _part, _s), (part, wide) in zip(parts, shaped, strict=True):
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += wide


def draw_wrapped(
    canvas: Canvas, x: float, y: float, text: str, size: float, room: float, *, leading: float = 1.3, **options
) -> float:
    """Draw text over as many lines as it needs in ``room`` points; returns the y below the last line."""
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and width(candidate, size, bold=options.get("bold", False)) > room:
            draw(canvas, x, y, line, size, **options)
            y -= size * leading
            line = word
        else:
            line = candidate
    if line:
        draw(canvas, x, y, line, size, **options)
        y -= size * leading
    return y


def draw_qr(canvas: Canvas, value: str, x: float, y: float, side: float) -> None:
    """A QR code with its lower-left corner at (x, y), drawn as vectors (sharp when printed).

    segno encodes it (choosing the mask as the standard says); each row's runs of dark modules become
    rectangles of one filled path, a few hundred operators instead of one shape per module.
    """
    rows = list(segno.make_qr(value, error="m").matrix_iter(border=0))
    module = side / len(rows)
    path = canvas.beginPath()
    for index, row in enumerate(rows):
        bottom = y + side - (index + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.rect(x + start * module, bottom, (column - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
