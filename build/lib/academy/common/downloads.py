"""Files handed to the browser to save: the header Django writes for any file name, in any script."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header


def attachment(content: bytes | str, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
