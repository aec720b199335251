"""What the API answers, as pydantic models: the OpenAPI schema is generated from them."""

from datetime import date, datetime

from ninja import Schema
from pydantic import Field

Translations = dict[str, str]


class Message(Schema):
    message: str


class Problem(Schema):
    location: str = Field(description="Where, e.g. query.limit.")
    message: str


class Invalid(Schema):
    message: str
    errors: list[Problem]


class EditionSummary(Schema):
    number: int
    title: Translations = Field(description="The title in each language it is written in, by language code.")
    theme: Translations
    start_date: date
    end_date: date
    dates_approximate: bool
    time_zone: str = Field(description="The IANA time zone the edition's sessions are given in.")
    modality: str
    host_city: Translations
    host_country: str = Field(description="ISO 3166-1 alpha-2 code, empty when none.")
    main_language: str
    languages: list[str]
    status: str
    is_demo: bool
    url: str


class KeyFeature(Schema):
    title: Translations
    text: Translations


class Edition(EditionSummary):
    summary: Translations
    background: Translations
    audience: Translations
    why_join: Translations
    programme_outline: Translations
    learning_modality: Translations
    interpretation: Translations
    costs: Translations
    how_to_apply: Translations
    applications_open_at: datetime | None
    applications_close_at: datetime | None
    key_features: list[KeyFeature]
    sub_topics: list[Translations]
    partners: list[str] = Field(description="The acronyms of the partner organisations.")


class Session(Schema):
    code: str
    kind: str
    title: Translations
    description: Translations
    starts_at: datetime = Field(description="In UTC.")
    ends_at: datetime = Field(description="In UTC.")
    starts_at_local: datetime = Field(description="In the edition's time zone, with its offset.")
    ends_at_local: datetime = Field(description="In the edition's time zone, with its offset.")
    time_zone: str
    place: str
    floor_languages: list[str] = Field(description="The languages spoken on the floor.")
    interpretation: list[str] = Field(description="The languages interpreted into.")
    audience: str
    elective: str | None = Field(description="The code of the elective the session is part of.")
    cancelled: bool


class SearchHit(Schema):
    kind: str
    title: str
    summary: str
    language: str


class SearchResults(Schema):
    count: int
    page: int
    pages: int
    items: list[SearchHit]
    facets: dict[str, dict[str, int]] = Field(description="For each dimension, how many results have each value.")


class CertificateVerdict(Schema):
    code: str
    status: str = Field(description="valid or revoked")
    name: str = Field(description="The participant's name as printed.")
    edition: int
    language: str
    hours: float
    issued_on: date
    revoked_on: date | None
    replaced_by: str | None = Field(description="The code of the certificate that replaced a revoked one.")


class VisaLetterVerdict(Schema):
    """What the public verification page shows of a visa letter, and nothing of the passport."""

    code: str
    status: str = Field(description="valid, or expired once the edition's last day has passed")
    name: str = Field(description="The participant's full name as printed on the letter.")
    edition: int
    edition_title: Translations
    start_date: date
    end_date: date
    valid_until: date


# For organisers, with a token


class OrganisedEdition(Schema):
    number: int
    title: Translations
    status: str


class Scholarship(Schema):
    source: str
    status: str
    travel: float
    accommodation: float
    fee: float
    amount: float


class Application(Schema):
    id: int
    person_id: int
    name: str
    email: str
    country: str
    status: str = Field(description="draft, submitted, withdrawn, selected, waitlisted, not_selected, ...")
    submitted_at: datetime | None
    decided_at: datetime | None
    waitlist_rank: int | None
    score_raw: float | None
    score_normalised: float | None
    score_spread: float | None
    reviewers_disagree: bool
    scholarship_requested: bool
    scholarship: Scholarship | None


class PlacementRow(Schema):
    round: int
    person_id: int
    name: str
    elective: str
    source: str
    published: bool


class Attendee(Schema):
    person_id: int
    name: str
    email: str
    scheduled_seconds: int
    attended_seconds: int
    credited_seconds: int
    excused: bool


class SessionAttendance(Schema):
    session: str
    starts_at: datetime
    ends_at: datetime
    attendees: list[Attendee]


class CertificateRow(Schema):
    code: str
    person_id: int | None
    name: str
    language: str
    hours: float
    issued_at: datetime
    emailed_at: datetime | None
    revoked_at: datetime | None
    revocation_reason: str
    replaced_by: str | None
