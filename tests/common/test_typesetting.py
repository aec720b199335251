import io
import re

import segno
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from academy.common import typesetting

RECTANGLE = re.compile(rb"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re")


def modules_drawn(value: str, side: float) -> list[list[bool]]:
    """Draw a QR code, then read the rectangles back from the PDF page into a grid of modules."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    typesetting.draw_qr(canvas, value, 100, 200, side)
    canvas.save()
    content = PdfReader(io.BytesIO(out.getvalue())).pages[0].get_contents().get_data()
    size = len(segno.make_qr(value, error="m").matrix)
    module = side / size
    grid = [[False] * size for _ in range(size)]
    for x, y, width, height in (map(float, found) for found in RECTANGLE.findall(content)):
        row = round((200 + side - y - height) / module)
        assert round(height / module) == 1
        for column in range(round((x - 100) / module), round((x - 100 + width) / module)):
            assert not grid[row][column], "each module is drawn once"
            grid[row][column] = True
    return grid


def test_the_qr_code_drawn_is_the_encoded_one_module_for_module():
    value = "https://academy.example.org/c/ABCD2345EFGH"
    expected = [[bool(module) for module in row] for row in segno.make_qr(value, error="m").matrix]
    assert modules_drawn(value, 80) == expected


def test_fitting_size_shrinks_long_text_to_the_room_and_no_further_than_the_smallest():
    assert typesetting.fitting_size("Ana", 30, 500) == 30
    long_name = "Maria da Conceição " * 3
    size = typesetting.fitting_size(long_name, 30, 400)
    assert size < 30
    assert typesetting.width(long_name, size) <= 400.01
    assert typesetting.fitting_size(long_name * 10, 30, 10) == 6
