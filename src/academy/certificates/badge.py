"""The achievement's image in the Open Badges: a small PNG the platform draws itself, one per edition.

Pure drawing (Pillow): no database, no fonts from the system (Pillow's own), so the same edition gives the same
bytes on every server.
"""

from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

SIZE = 256
RIM = (22, 78, 99)  # the platform's dark teal
FACE = (255, 255, 255)
TEXT = (22, 78, 99)


def centred(draw: ImageDraw.ImageDraw, y: int, text: str, size: int) -> None:
    font = ImageFont.load_default(size=size)
    left, top, right, _bottom = draw.textbbox((0, 0), text, font=font)
    draw.text(((SIZE - (right - left)) / 2 - left, y - top), text, font=font, fill=TEXT)


def badge_png(*, year: int, number: int) -> bytes:
    """A round badge: "SSE Academy", the edition's year and its number."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, SIZE - 5, SIZE - 5), fill=RIM)
    draw.ellipse((20, 20, SIZE - 21, SIZE - 21), fill=FACE)
    centred(draw, 62, "SSE", 40)
    centred(draw, 108, "ACADEMY", 26)
    centred(draw, 146, str(year), 44)
    centred(draw, 200, f"#{number}", 20)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
