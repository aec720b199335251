"""What an uploaded file is, by its content, never by its name."""

# Readers accept a PDF header within the first kilobyte and look for the end-of-file marker near the end.
PDF_HEADER_WITHIN = 1024
PDF_END_WITHIN = 2048


def is_pdf(upload) -> bool:
    """A PDF: its header near the start and its end-of-file marker near the end (a cut-off upload is not one)."""
    upload.seek(0)
    head = upload.read(PDF_HEADER_WITHIN)
    upload.seek(max(upload.size - PDF_END_WITHIN, 0))
    tail = upload.read()
    upload.seek(0)
    return b"%PDF-" in head and b"%%EOF" in tail
