import zoneinfo
from functools import cache

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from academy.people.regions import country_facts

CERTIFICATE_NAME_MAX_LENGTH = 200


class Constituency(models.TextChoices):
    GOVERNMENT = "government", _("Government or public authority")
    EMPLOYERS = "employers", _("Employers' organisation")
    WORKERS = "workers", _("Workers' organisation or trade union")
    SSE_PRACTITIONER = "sse_practitioner", _("SSE enterprise or practitioner")
    DEVELOPMENT_PARTNER = (
        "development_partner",
        _("Development partner or international organisation"),
    )
    ACADEMIA = "academia", _("Academia or research")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non_binary", _("Non-binary")
    SELF_DESCRIBED = "self_described", _("Prefer to self-describe")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


@cache
def known_time_zones() -> frozenset[str]:
    """The IANA zones tzdata knows (reading them walks the disk, so once per process)."""
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in known_time_zones():
        raise ValidationError(_("“%(value)s” is not a known time zone."), params={"value": value})


def validate_language_codes(value: list) -> None:
    known = {code for code, _name in settings.LANGUAGES}
    if not isinstance(value, list) or not all(isinstance(code, str) and code in known for code in value):
        raise ValidationError(_("Choose languages from the list."))


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email: str, password: str | None, **fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **fields):
        return self._create(email, password, **fields)

    def create_superuser(self, email: str, password: str | None = None, **fields):
        return self._create(email, password, is_staff=True, is_superuser=True, **fields)

    def get_by_natural_key(self, email: str):
        return self.get(email__iexact=email)


class User(AbstractBaseUser, PermissionsMixin):
    """A person on the platform: the account and the profile in one row (the one is never without the other)."""

    email = models.EmailField(_("e-mail address"), max_length=254)
    certificate_name = models.CharField(
        _("name as it must appear on a certificate"),
        max_length=CERTIFICATE_NAME_MAX_LENGTH,
        help_text=_("In any script, exactly as you want it printed."),
    )
    country = CountryField(_("country"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    constituency = models.CharField(_("constituency group"), max_length=32, choices=Constituency.choices, blank=True)
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices, blank=True)
    gender_self_description = models.CharField(_("gender, in your own words"), max_length=100, blank=True)
    language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    other_languages = models.JSONField(
        _("other languages spoken"),
        default=list,
        blank=True,
        validators=[validate_language_codes],
    )
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC", validators=[validate_time_zone])
    is_staff = models.BooleanField(
        _("platform staff"),
        default=False,
        help_text=_("Platform staff run the platform across all editions."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False, editable=False)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["certificate_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="people_user_email_unique_ci"),
            models.CheckConstraint(
                condition=~models.Q(certificate_name=""),
                name="people_user_certificate_name_not_empty",
            ),
        ]

    def __str__(self) -> str:
        return self.certificate_name or self.email

    def get_full_name(self) -> str:
        return self.certificate_name

    def get_short_name(self) -> str:
        return self.certificate_name

    @property
    def region(self) -> str:
        facts = country_facts(self.country.code)
        return facts.region if facts else ""

    @property
    def is_global_south(self) -> bool:
        facts = country_facts(self.country.code)
        return bool(facts and facts.global_south)


class EmailAlias(models.Model):
    """Another address the person joins webinars with, so attendance reports find them."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="email_aliases")
    email = models.EmailField(_("e-mail address"), max_length=254)
    # Counts only once someone opened the link sent to the address: before, anyone could claim another's.
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)

    class Meta:
        verbose_name = _("other e-mail address")
        verbose_name_plural = _("other e-mail addresses")
        constraints = [models.UniqueConstraint(Lower("email"), name="people_email_alias_unique_ci")]

    def __str__(self) -> str:
        return self.email
