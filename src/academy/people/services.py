"""Business rules for people: their profile and what follows from it."""

from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

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


@transaction.atomic
def add_email_alias(*, user: User, email: str) -> EmailAlias:
    """Another address of the person's, for matching attendance reports; each address belongs to one person."""
    email = User.objects.normalize_email(email.strip())
    validate_email(email)
    taken = User.objects.filter(email__iexact=email).exists() or EmailAlias.objects.filter(email__iexact=email).exists()
    if taken:
        raise ValidationError(_("This address is already in use."))
    return EmailAlias.objects.create(user=user, email=email)


def remove_email_alias(*, user: User, alias_id: int) -> None:
    EmailAlias.objects.filter(user=user, pk=alias_id).delete()
