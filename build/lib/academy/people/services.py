"""Business rules for people: their profile and what follows from it."""

from datetime import datetime

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from academy.common.mail import mail_person
from academy.people.models import EmailAlias, Gender, User

PROFILE_FIELDS = (
    "certificate_name",
    "country",
    "organisation",
    "job_title",
    "constituency",
    "gender",
    "gender_self_description",
    "language",
    "other_languages",
    "time_zone",
)


@transaction.atomic
def update_profile(*, user: User, **changes) -> User:
    """Change a person's profile; a bad value raises ValidationError and nothing is saved."""
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"not profile fields: {sorted(unknown)}")
    for field, value in changes.items():
        setattr(user, field, value)
    if user.gender != Gender.SELF_DESCRIBED:
        user.gender_self_description = ""
    user.other_languages = sorted(set(user.other_languages) - {user.language})
    user.full_clean()
    user.save()
    return user


@transaction.atomic
def register_person(
    *, email: str, certificate_name: str, password: str | None = None, is_demo: bool = False, **profile
) -> User:
    """Create a person with a verified e-mail (for people organisers or the demo add, not self sign-up).

    Idempotent by e-mail: an existing person keeps their password and gets the profile given here.
    """
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(email=User.objects.normalize_email(email), is_demo=is_demo, certificate_name=certificate_name)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
    changes = {"certificate_name": certificate_name, **profile}
    if user.pk is None or any(getattr(user, field) != value for field, value in changes.items()):
        update_profile(user=user, **changes)
    EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    return user


ALIAS_LINK_DAYS = 3


def is_login_address(email: str) -> bool:
    """Someone logs in with it (or has it among their account's addresses)."""
    return (
        User.objects.filter(email__iexact=email).exists() or EmailAddress.objects.filter(email__iexact=email).exists()
    )


def is_confirmed_alias(email: str) -> bool:
    """Someone proved it is their other address: it is theirs, nobody else's login or alias."""
    return EmailAlias.objects.filter(email__iexact=email, confirmed_at__isnull=False).exists()


@transaction.atomic
def add_email_alias(*, user: User, email: str) -> EmailAlias:
    """Another address of the person's, for matching attendance reports, once confirmed from that mailbox.

    An address belongs to one person and is either a login or an alias, never both. Until it is confirmed an alias
    claims nothing: whoever confirms the address first keeps it, and a sign-up with it takes it over."""
    email = User.objects.normalize_email(email.strip())
    validate_email(email)
    if is_login_address(email) or is_confirmed_alias(email):
        raise ValidationError(_("This address is already in use."))
    EmailAlias.objects.filter(email__iexact=email).delete()  # an unconfirmed claim, maybe this person's own
    alias = EmailAlias.objects.create(user=user, email=email)
    context = {"alias": alias, "token": alias_token(alias), "site_url": settings.SITE_URL}
    mail_person(user, "people/email/confirm_alias", context, to=email)
    return alias


def alias_token(alias: EmailAlias) -> str:
    return signing.dumps({"alias": alias.pk, "email": alias.email.lower()}, salt="academy.people.alias")


def alias_of_token(token: str) -> EmailAlias | None:
    """The unconfirmed alias a link was sent for, while the link is fresh and the address unchanged."""
    try:
        claim = signing.loads(token, salt="academy.people.alias", max_age=ALIAS_LINK_DAYS * 24 * 3600)
    except signing.BadSignature:
        return None
    return EmailAlias.objects.filter(pk=claim["alias"], email__iexact=claim["email"], confirmed_at=None).first()


def confirm_email_alias(*, alias: EmailAlias, now: datetime) -> None:
    """Refused when the address became someone's login since it was added: the alias then stays unconfirmed and
    counts for nothing."""
    if is_login_address(alias.email):
        raise ValidationError(_("This address is already in use."))
    alias.confirmed_at = now
    alias.save(update_fields=["confirmed_at"])


def release_unconfirmed_alias(*, email: str) -> None:
    """Someone signs up with an address another person claimed without confirming it: the claim goes."""
    EmailAlias.objects.filter(email__iexact=email, confirmed_at=None).delete()


def remove_email_alias(*, user: User, alias_id: int) -> None:
    EmailAlias.objects.filter(user=user, pk=alias_id).delete()
