from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from academy.brain.models.topics import Topic


class Visibility(models.IntegerChoices):
    """Who may see a profile; ordered, so that whoever may see a level may see the levels below it."""

    EVERYONE = 0, _("Everyone")
    ALUMNI = 1, _("Alumni of the Academy")
    ORGANISERS = 2, _("Only the organisers")


class ProfileField(models.TextChoices):
    """The parts of a profile its owner may show or hide; the name is always shown with the profile."""

    ORGANISATION = "organisation", _("Organisation")
    JOB_TITLE = "job_title", _("Job title")
    COUNTRY = "country", _("Country")
    CONSTITUENCY = "constituency", _("Constituency group")
    LANGUAGES = "languages", _("Languages")
    EXPERTISE = "expertise", _("Topics of expertise")
    EDITIONS = "editions", _("Editions attended")
    NETWORKS = "networks", _("Networks")
    BIO = "bio", _("About me")


def default_shown_fields() -> list[str]:
    return list(ProfileField.values)


def validate_shown_fields(value: list) -> None:
    if not isinstance(value, list) or not set(value) <= set(ProfileField.values):
        raise ValidationError(_("Choose the fields to show from the list."))


class Profile(models.Model):
    """What an alumnus shows the Collective Brain, and to whom (the person's data lives on `User`)."""

    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="brain_profile")
    visibility = models.PositiveSmallIntegerField(
        _("who sees my profile"), choices=Visibility.choices, default=Visibility.ALUMNI
    )
    shown_fields = models.JSONField(
        _("what my profile shows"), default=default_shown_fields, blank=True, validators=[validate_shown_fields]
    )
    bio = models.TextField(_("about me"), max_length=2000, blank=True)
    expertise = models.ManyToManyField(Topic, blank=True, related_name="experts", verbose_name=_("topics of expertise"))
    accepts_messages = models.BooleanField(_("alumni may write to me through the platform"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("alumni profile")
        verbose_name_plural = _("alumni profiles")

    def __str__(self) -> str:
        return str(self.person)

    def shows(self, field: str) -> bool:
        return field in self.shown_fields
