"""What an upload is, by its content: one rule for every PDF the platform accepts."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from academy.common.uploads import is_pdf

BODY = b"1 0 obj << /Type /Catalog >> endobj\n" * 100


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"%PDF-1.7\n" + BODY + b"%%EOF\n", True),
        (b"\xef\xbb\xbfjunk before the header %PDF-1.4\n" + BODY + b"%%EOF", True),  # readers allow it
        (b"%PDF-1.7\n" + BODY, False),  # cut off before its end
        (b"PK\x03\x04 a zip named cv.pdf %%EOF", False),
        (b"", False),
    ],
)
def test_a_pdf_is_known_by_its_header_and_its_end(content, expected):
    upload = SimpleUploadedFile("cv.pdf", content, content_type="application/pdf")
    assert is_pdf(upload) is expected
    assert upload.tell() == 0  # read again from the start by whoever keeps it
