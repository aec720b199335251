"""The API's endpoints, thin: parse, ask `services`, answer. The OpenAPI schema is generated from them."""

from django.conf import settings
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Path, Query, Router, Schema
from ninja.errors import AuthenticationError, ValidationError
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.responses import Status
from ninja.security import HttpBearer
from pydantic import Field

from academy.api import schemas, services
from academy.brain.forms import SearchForm
from academy.common.ratelimit import client_address, within_limit
from academy.editions.models import MAX_EDITION_NUMBER

EditionNumber = Path(..., ge=1, le=MAX_EDITION_NUMBER, description="The edition's number, e.g. 12.")


class Token(HttpBearer):
    """A personal token, made by an organiser on their profile: `Authorization: Bearer sse_...`."""

    def authenticate(self, request, token: str):
        return services.authenticate(secret=token, path=request.path, address=client_address(request))


api = NinjaAPI(
    title="SSE Academy API",
    version="1",
    description=(
        "Read-only data of the Academy on Social and Solidarity Economy: the editions, their published programmes, "
        "the knowledge hub's search and the verification of certificates and visa letters, for anyone; and, with a "
        "personal token, the data of the editions its owner organises. Lists are paginated with `limit` and `offset`; every answer carries an "
        "ETag (send it back in `If-None-Match` for a 304)."
    ),
    urls_namespace="api",
    docs_url=None,  # ninja's page loads Swagger UI from a CDN: ours is `views.documentation`
    openapi_url="/openapi.json",
)


# Parameters that do not fit their description (a limit of 0, a page past 500...) are a 422 that says which.
INVALID = {422: schemas.Invalid}

public = Router(tags=["public"])
organisers = Router(tags=["organisers"], auth=Token())


@public.get(
    "/editions", response={200: list[schemas.EditionSummary], **INVALID}, summary="The published editions, oldest first"
)
@paginate(LimitOffsetPagination)
def editions(request):
    return [services.edition_summary(edition) for edition in services.published_editions()]


@public.get(
    "/editions/{number}",
    response={200: schemas.Edition, 404: schemas.Message, **INVALID},
    summary="One edition with its texts in every language they are written in",
)
def edition(request, number: int = EditionNumber):
    found = services.published_edition(number)
    if found is None:
        return Status(404, {"message": _("No published edition has this number.")})
    return Status(200, services.edition_detail(found))


@public.get(
    "/editions/{number}/sessions",
    response={200: list[schemas.Session], 404: schemas.Message, **INVALID},
    summary="The edition's published programme, in order",
)
@paginate(LimitOffsetPagination)
def sessions(request, number: int = EditionNumber):
    found = services.published_edition(number)
    if found is None:
        raise services.NotFound(_("No published edition has this number."))
    return services.programme(found)


# Text without NUL characters, which no form field accepts and PostgreSQL cannot store: said in the schema, a 422.
TEXT = r"^[^\x00]*$"


class SearchQuery(Schema):
    q: str = Field("", max_length=200, pattern=TEXT, description="Words to find; none lists everything, newest first.")
    page: int = Field(1, ge=1, le=500)
    type: str = Field(
        "", max_length=60, pattern=TEXT, description="A facet filter, as the search page's links give them."
    )
    language: str = Field("", max_length=60, pattern=TEXT)
    topic: str = Field("", max_length=60, pattern=TEXT)
    country: str = Field("", max_length=60, pattern=TEXT)
    edition: str = Field("", max_length=60, pattern=TEXT)
    sdg: str = Field("", max_length=60, pattern=TEXT)


@public.get(
    "/brain/search",
    response={200: schemas.SearchResults, 400: schemas.Message, **INVALID},
    summary="The SSE Collective Brain's search, as an anonymous visitor sees it (20 results a page)",
)
def search(request, query: Query[SearchQuery]):
    data = query.dict()
    form = SearchForm(data)
    if not form.is_valid():
        return Status(400, {"message": " ".join(message for errors in form.errors.values() for message in errors)})
    return Status(200, services.search(form, data))


@public.get(
    "/certificates/{code}",
    response={200: schemas.CertificateVerdict, 404: schemas.Message, 429: schemas.Message, **INVALID},
    summary="Verify a certificate by the code printed on it",
)
def certificate(request, code: str = Path(..., max_length=40)):
    # The same count as the verification pages: one limit per address, whichever way the look-ups come.
    if not within_limit(request, "verification", limit=settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR):
        return Status(429, {"message": _("Too many look-ups from your address; try later.")})
    verdict = services.verdict(code)
    if verdict is None:
        return Status(404, {"message": _("No certificate has this code.")})
    return Status(200, verdict)


@public.get(
    "/visa-letters/{code}",
    response={200: schemas.VisaLetterVerdict, 404: schemas.Message, 429: schemas.Message, **INVALID},
    summary="Verify a visa invitation letter by the code printed on it (never any passport data)",
)
def visa_letter(request, code: str = Path(..., max_length=40)):
    # Counted with the certificates' look-ups and the verification pages': one budget per address.
    if not within_limit(request, "verification", limit=settings.ACADEMY_VERIFICATION_LOOKUPS_PER_HOUR):
        return Status(429, {"message": _("Too many look-ups from your address; try later.")})
    verdict = services.visa_letter_verdict(code)
    if verdict is None:
        return Status(404, {"message": _("No visa letter has this code.")})
    return Status(200, verdict)


UNAUTHORISED = {401: schemas.Message, **INVALID}
NOT_ORGANISED = {404: schemas.Message}


def organised(request, number: int):
    found = services.organised_edition(request.auth.user, number)
    if found is None:
        raise services.NotFound(_("You organise no edition with this number."))
    return found


@organisers.get(
    "/editions",
    response={200: list[schemas.OrganisedEdition], **UNAUTHORISED},
    summary="The editions the token's owner organises",
)
@paginate(LimitOffsetPagination)
def organised_editions(request):
    return [
        {"number": edition.number, "title": services.translations(edition.title), "status": edition.status}
        for edition in services.organised_editions(request.auth.user)
    ]


@organisers.get(
    "/editions/{number}/applications",
    response={200: list[schemas.Application], **UNAUTHORISED, **NOT_ORGANISED},
    summary="Submitted applications with their scores, decisions and scholarships",
)
@paginate(LimitOffsetPagination)
def applications(request, number: int = EditionNumber):
    return services.applications(organised(request, number))


@organisers.get(
    "/editions/{number}/placements",
    response={200: list[schemas.PlacementRow], **UNAUTHORISED, **NOT_ORGANISED},
    summary="Who takes which elective in each allocation round",
)
@paginate(LimitOffsetPagination)
def placements(request, number: int = EditionNumber):
    return services.placements(organised(request, number))


@organisers.get(
    "/editions/{number}/attendance",
    response={200: list[schemas.SessionAttendance], **UNAUTHORISED, **NOT_ORGANISED},
    summary="Attendance per session: everyone expected and what they attended",
)
@paginate(LimitOffsetPagination)
def attendance(request, number: int = EditionNumber):
    return services.attendance_by_session(organised(request, number))


@organisers.get(
    "/editions/{number}/certificates",
    response={200: list[schemas.CertificateRow], **UNAUTHORISED, **NOT_ORGANISED},
    summary="The certificates issued, revoked ones included",
)
@paginate(LimitOffsetPagination)
def certificates(request, number: int = EditionNumber):
    return services.certificates(organised(request, number))


@api.exception_handler(services.NotFound)
def not_found(request, error):
    return api.create_response(request, {"message": str(error)}, status=404)


@api.exception_handler(ValidationError)
def invalid(request, error):
    problems = [
        {"location": ".".join(str(part) for part in problem.get("loc", ())), "message": str(problem.get("msg", ""))}
        for problem in error.errors
    ]
    return api.create_response(
        request, {"message": _("The request's parameters are not valid."), "errors": problems}, status=422
    )


@api.exception_handler(AuthenticationError)
def unauthorised(request, error):
    response = api.create_response(request, {"message": _("A valid API token is required.")}, status=401)
    response["WWW-Authenticate"] = "Bearer"
    return response


api.add_router("/", public)
api.add_router("/organisers", organisers)
