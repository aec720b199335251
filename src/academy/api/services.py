"""The API's rules: personal tokens (made, revoked, recognised) and the rows each endpoint answers with.

Endpoints (`endpoints.py`) only parse the request and call these functions; what they read comes from the other
apps' services and models, inside the scope of the edition asked for (`editions.scoping`).
"""

import hashlib
import secrets
from datetime import UTC

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from academy.api.models import ApiToken
from academy.applications.models import Application, Scholarship
from academy.applications.models import Status as ApplicationStatus
from academy.attendance.services import participation
from academy.audit.services import log_action
from academy.brain.forms import SearchForm
from academy.brain.models import Visibility
from academy.brain.search import engine
from academy.certificates.credentials import look_up
from academy.certificates.models import Certificate
from academy.editions import services as editions
from academy.editions.models import Edition, Role, Status
from academy.editions.scoping import in_editions
from academy.programme.models import Placement, Session
from academy.programme.services import published_sessions
from academy.travel import services as travel

# What every token starts with, so a leaked one is recognisable (secret scanners, logs).
TOKEN_PREFIX = "sse_"  # noqa: S105 (a marker every token starts with, not a secret)
SHOWN_PREFIX_LENGTH = 10
MAX_NAME_LENGTH = ApiToken._meta.get_field("name").max_length


def digest_of(secret: str) -> str:
    """What is stored of a token: its SHA-256, in hexadecimal. A token has 256 random bits, so no salt or slow
    hash is needed: nobody can guess one from its digest."""
    return hashlib.sha256(secret.encode()).hexdigest()


def active_tokens(user) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user, revoked_at__isnull=True)


@transaction.atomic
def create_token(*, user, name: str) -> tuple[ApiToken, str]:
    """A new token for an organiser; returns it with its secret, which is never stored and cannot be shown again."""
    if not user.has_perm("api.hold_tokens"):
        raise ValidationError(_("Only the organisers of an edition may hold API tokens."))
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("Give the token a name, such as the tool that will use it."))
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(_("The name is too long: %(most)d characters at most.") % {"most": MAX_NAME_LENGTH})
    if active_tokens(user).count() >= settings.ACADEMY_API_TOKENS_PER_PERSON:
        raise ValidationError(
            _("You already hold %(most)d tokens: revoke one you no longer use first.")
            % {"most": settings.ACADEMY_API_TOKENS_PER_PERSON}
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, prefix=secret[:SHOWN_PREFIX_LENGTH], digest=digest_of(secret))
    log_action(actor=user, action="api.token_created", obj=token, data={"name": name, "prefix": token.prefix})
    return token, secret


@transaction.atomic
def revoke_token(*, token: ApiToken, by) -> None:
    """Revoke a token for good; only its owner may. Revoking one already revoked changes nothing."""
    if token.user_id != by.pk:
        raise ValidationError(_("This token is not yours."))
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is not None:
        return
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    log_action(actor=by, action="api.token_revoked", obj=token, data={"prefix": token.prefix})


def authenticate(*, secret: str, path: str, address: str) -> ApiToken | None:
    """The active token of this secret (its owner still active), its use recorded in the audit log; else None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=digest_of(secret), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    with transaction.atomic():
        token.last_used_at = timezone.now()
        token.save(update_fields=["last_used_at"])
        log_action(actor=token.user, action="api.token_used", obj=token, data={"path": path[:300], "address": address})
    return token


# Public reads: plain rows matching `schemas.py`


def published_editions() -> QuerySet[Edition]:
    return Edition.objects.exclude(status=Status.DRAFT).order_by("number")


def published_edition(number: int) -> Edition | None:
    return published_editions().filter(number=number).first()


def translations(value) -> dict[str, str]:
    """A translatable field as {language: text}, with only the languages it has text in."""
    data = getattr(value, "data", value)
    if not data:
        return {}
    if not isinstance(data, dict):
        return {settings.LANGUAGE_CODE: str(data)}
    return {language: text for language, text in data.items() if text and isinstance(text, str)}


def edition_summary(edition: Edition) -> dict:
    return {
        "number": edition.number,
        "title": translations(edition.title),
        "theme": translations(edition.theme),
        "start_date": edition.start_date,
        "end_date": edition.end_date,
        "dates_approximate": edition.dates_approximate,
        "time_zone": edition.time_zone,
        "modality": edition.modality,
        "host_city": translations(edition.host_city),
        "host_country": edition.host_country.code or "",
        "main_language": edition.main_language,
        "languages": list(edition.languages or []),
        "status": edition.status,
        "is_demo": edition.is_demo,
        "url": settings.SITE_URL + edition.get_absolute_url(),
    }


def edition_detail(edition: Edition) -> dict:
    """Every public text of an edition in each language it is written in, with its parts and partners."""
    with in_editions([edition]):
        editions.with_page_parts(edition)
        parts = {
            "key_features": [
                {"title": translations(part.title), "text": translations(part.text)}
                for part in edition.key_features.all()
            ],
            "sub_topics": [translations(part.name) for part in edition.sub_topics.all()],
            "partners": sorted({partnership.organisation.acronym for partnership in edition.partnerships.all()}),
        }
    return {
        **edition_summary(edition),
        **{field: translations(getattr(edition, field)) for field in editions.PAGE_TEXTS},
        "applications_open_at": edition.applications_open_at,
        "applications_close_at": edition.applications_close_at,
        **parts,
    }


def programme(edition: Edition) -> list[dict]:
    """The edition's published sessions in order (`programme.services.published_sessions`), times in UTC and in the
    edition's zone."""
    zone = edition.zone
    with in_editions([edition]):
        sessions = published_sessions(edition)  # kept in the cache without their descriptions: read in one query
        descriptions = dict(
            Session.objects.filter(pk__in=[session.pk for session in sessions]).values_list("pk", "description")
        )
        return [
            {
                "code": session.code,
                "kind": session.kind,
                "title": translations(session.title),
                "description": translations(descriptions.get(session.pk)),
                "starts_at": session.starts_at.astimezone(UTC),
                "ends_at": session.ends_at.astimezone(UTC),
                "starts_at_local": session.starts_at.astimezone(zone),
                "ends_at_local": session.ends_at.astimezone(zone),
                "time_zone": edition.time_zone,
                "place": session.place,
                "floor_languages": list(session.floor_languages or []),
                "interpretation": list(session.interpretation or []),
                "audience": session.audience,
                "elective": session.elective.code if session.elective_id else None,
                "cancelled": session.cancelled,
            }
            for session in sessions
        ]


def search(form: SearchForm, data) -> dict:
    """The Collective Brain's search as an anonymous visitor sees it (`brain.search.engine.search`)."""
    results = engine.search(
        form.cleaned_data.get("q") or "",
        clearance=Visibility.EVERYONE,
        filters=form.filters(data),
        page=form.cleaned_data.get("page") or 1,
    )
    return {
        "count": results.total,
        "page": results.page,
        "pages": results.pages,
        "items": [
            {"kind": hit.kind, "title": hit.title, "summary": hit.summary, "language": hit.language}
            for hit in results.hits
        ],
        "facets": {dimension: dict(counts) for dimension, counts in results.facets.items()},
    }


def verdict(code: str) -> dict | None:
    """What our records say of a certificate code (`certificates.credentials.look_up`); None for no certificate."""
    with scopes_disabled():  # a certificate of any edition, found by its code
        certificate = look_up(code)
    if certificate is None:
        return None
    return {
        "code": certificate.code,
        "status": "valid" if certificate.is_valid else "revoked",
        "name": certificate.name,
        "edition": certificate.edition.number,
        "language": certificate.language,
        "hours": float(certificate.hours),
        "issued_on": certificate.issued_at.date(),
        "revoked_on": certificate.revoked_at.date() if certificate.revoked_at else None,
        "replaced_by": certificate.replaced_by.code if certificate.replaced_by else None,
    }


def visa_letter_verdict(code: str) -> dict | None:
    """What the public page says of a visa letter's code (`travel.services.look_up`): never the passport data."""
    with scopes_disabled():  # a letter of any edition, found by its code
        letter = travel.look_up(code)
    if letter is None:
        return None
    edition = letter.edition
    return {
        "code": letter.code,
        "status": "valid" if travel.is_valid(letter) else "expired",
        "name": letter.full_name,
        "edition": edition.number,
        "edition_title": translations(edition.title),
        "start_date": edition.start_date,
        "end_date": edition.end_date,
        "valid_until": edition.end_date,
    }


# Organisers' reads


def organised_editions(user) -> QuerySet[Edition]:
    """The editions this person organises: what their tokens read (the query form of `api.read_edition`)."""
    return (
        Edition.objects.filter(memberships__user=user, memberships__role=Role.ORGANISER).distinct().order_by("number")
    )


def organised_edition(user, number: int) -> Edition | None:
    return organised_editions(user).filter(number=number).first()


def applications(edition: Edition) -> list[dict]:
    """The edition's applications with their scores, decision and scholarship, newest submission first."""
    with in_editions([edition]):
        found = (
            Application.objects.filter(edition=edition)
            .exclude(status=ApplicationStatus.DRAFT)
            .select_related("applicant", "scholarship__source")
            .order_by("pk")
        )
        return [
            {
                "id": application.pk,
                "person_id": application.applicant_id,
                "name": application.applicant.certificate_name,
                "email": application.applicant.email,
                "country": application.applicant.country.code or "",
                "status": application.status,
                "submitted_at": application.submitted_at,
                "decided_at": application.decided_at,
                "waitlist_rank": application.waitlist_rank,
                "score_raw": application.score_raw,
                "score_normalised": application.score_normalised,
                "score_spread": application.score_spread,
                "reviewers_disagree": application.reviewers_disagree,
                "scholarship_requested": application.scholarship_requested,
                "scholarship": scholarship_row(application),
            }
            for application in found
        ]


def scholarship_row(application: Application) -> dict | None:
    try:
        scholarship = application.scholarship
    except Scholarship.DoesNotExist:
        return None
    return {
        "source": scholarship.source.name,
        "status": scholarship.status,
        "travel": float(scholarship.travel),
        "accommodation": float(scholarship.accommodation),
        "fee": float(scholarship.fee),
        "amount": float(scholarship.amount),
    }


def placements(edition: Edition) -> list[dict]:
    """Who takes which elective in each allocation round, published or still a proposal."""
    with in_editions([edition]):
        found = (
            Placement.objects.filter(round__edition=edition)
            .select_related("round", "user", "elective")
            .order_by("round__position", "user__certificate_name", "pk")
        )
        return [
            {
                "round": placement.round.position,
                "person_id": placement.user_id,
                "name": placement.user.certificate_name,
                "elective": placement.elective.code,
                "source": placement.source,
                "published": placement.published,
            }
            for placement in found
        ]


def attendance_by_session(edition: Edition) -> list[dict]:
    """Each session with everyone expected at it and what they attended (`attendance.services.participation`)."""
    with in_editions([edition]):
        sessions, rows = {}, {}
        for person in participation(edition):
            for line in person.sessions:
                sessions[line.session.pk] = line.session
                rows.setdefault(line.session.pk, []).append(
                    {
                        "person_id": person.person.pk,
                        "name": person.person.certificate_name,
                        "email": person.person.email,
                        "scheduled_seconds": line.scheduled,
                        "attended_seconds": line.attended,
                        "credited_seconds": line.credited,
                        "excused": bool(line.excused),
                    }
                )
    ordered = sorted(sessions.values(), key=lambda session: (session.starts_at, session.code))
    return [
        {
            "session": session.code,
            "starts_at": session.starts_at.astimezone(UTC),
            "ends_at": session.ends_at.astimezone(UTC),
            "attendees": sorted(rows[session.pk], key=lambda row: (row["name"], row["person_id"])),
        }
        for session in ordered
    ]


def certificates(edition: Edition) -> list[dict]:
    with in_editions([edition]):
        found = Certificate.objects.filter(edition=edition).select_related("replaced_by").order_by("issued_at", "pk")
        return [
            {
                "code": certificate.code,
                "person_id": certificate.user_id,
                "name": certificate.name,
                "language": certificate.language,
                "hours": float(certificate.hours),
                "issued_at": certificate.issued_at,
                "emailed_at": certificate.emailed_at,
                "revoked_at": certificate.revoked_at,
                "revocation_reason": certificate.revocation_reason,
                "replaced_by": certificate.replaced_by.code if certificate.replaced_by else None,
            }
            for certificate in found
        ]


class NotFound(Exception):
    """What was asked for is not there (or not for this token): a 404 with the message."""
