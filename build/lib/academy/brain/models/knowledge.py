from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from i18nfield.fields import I18nCharField, I18nTextField

from academy.brain import sdgs
from academy.brain.models.topics import Topic
from academy.people.models import validate_language_codes


def validate_sdg_targets(value: list) -> None:
    if not isinstance(value, list) or not all(isinstance(code, str) and sdgs.is_target(code) for code in value):
        raise ValidationError(_("Give SDG targets as the UN numbers them, such as 8.3 or 17.9."))


class ResourceKind(models.TextChoices):
    READER = "reader", _("Reader")
    SLIDES = "slides", _("Slide deck")
    STUDY = "study", _("Study or report")
    VIDEO = "video", _("Video")
    OTHER = "other", _("Other")


class Tagged(models.Model):
    """What knowledge and community content share: written in one language, tagged for search."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    topics = models.ManyToManyField(Topic, blank=True, verbose_name=_("topics"), related_name="+")
    countries = CountryField(_("countries"), multiple=True, blank=True)
    sdg_targets = models.JSONField(
        _("SDG targets"), default=list, blank=True, validators=[validate_sdg_targets], help_text=_("such as 8.3, 17.9")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Resource(Tagged):
    """A reader, a slide deck, a study or a video of the knowledge hub: an uploaded file or a link."""

    kind = models.CharField(_("type"), max_length=16, choices=ResourceKind.choices)
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    other_languages = models.JSONField(
        _("also available in"), default=list, blank=True, validators=[validate_language_codes]
    )
    edition = models.ForeignKey(
        "editions.Edition", null=True, blank=True, on_delete=models.SET_NULL, related_name="resources"
    )
    session = models.ForeignKey(
        "programme.Session", null=True, blank=True, on_delete=models.SET_NULL, related_name="resources"
    )
    file = models.FileField(_("file"), upload_to="resources/%Y/", blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    # The text of an uploaded PDF, so that search finds what is inside it.
    extracted_text = models.TextField(editable=False, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(file="") | ~models.Q(url=""), name="brain_resource_file_or_link"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("brain:resource", args=[self.pk])


class OrganisationKind(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    MUTUAL = "mutual", _("Mutual society")
    ASSOCIATION = "association", _("Association")
    FOUNDATION = "foundation", _("Foundation")
    SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
    NETWORK = "network", _("Network")
    PUBLIC_POLICY = "public_policy", _("Public policy")


class GoodPractice(Tagged):
    """A good practice or case: what was done where, by what kind of organisation, with its figures."""

    title = models.CharField(_("title"), max_length=300)
    country = CountryField(_("country"))
    place = models.CharField(_("city or region"), max_length=200, blank=True)
    organisation_kind = models.CharField(_("kind of organisation"), max_length=24, choices=OrganisationKind.choices)
    sector = models.CharField(_("sector"), max_length=200, blank=True)
    description = models.TextField(_("description"))
    resources = models.ManyToManyField(Resource, blank=True, related_name="good_practices", verbose_name=_("resources"))
    people = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="good_practices", verbose_name=_("people to ask")
    )
    edition = models.ForeignKey(
        "editions.Edition", null=True, blank=True, on_delete=models.SET_NULL, related_name="good_practices"
    )

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("brain:practice", args=[self.pk])


class CaseFigure(models.Model):
    """One figure of a good practice, with the year it is for and where it comes from."""

    practice = models.ForeignKey(GoodPractice, on_delete=models.CASCADE, related_name="figures")
    label = models.CharField(_("what is counted"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=40, blank=True, help_text=_("such as %, jobs, USD"))
    year = models.PositiveSmallIntegerField(_("year"))
    source = models.CharField(_("source"), max_length=300)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        ordering = ["order", "year"]

    def __str__(self) -> str:
        return f"{self.label} {self.value} ({self.year})"


class Definition(models.Model):
    """A core definition of the glossary, in the four languages, with where it comes from."""

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    term = I18nCharField(_("term"), max_length=200)
    text = I18nTextField(_("definition"))
    source = models.CharField(_("source"), max_length=300, blank=True)
    source_url = models.URLField(_("source link"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("definition")
        verbose_name_plural = _("glossary")
        ordering = ["slug"]

    def __str__(self) -> str:
        return str(self.term)


class Network(models.Model):
    """An existing SSE network (RIPESS, MERCOSUR Solidario...) alumni can say they belong to."""

    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    regions = models.CharField(_("regions"), max_length=300, help_text=_("where its members are"))
    website = models.URLField(_("website"), max_length=500, blank=True)
    description = I18nTextField(_("description"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="NetworkMembership", related_name="networks", blank=True
    )

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["acronym", "name"]

    def __str__(self) -> str:
        return f"{self.acronym} – {self.name}" if self.acronym else self.name


class NetworkMembership(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE)
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["network", "person"], name="brain_network_member_once")]

    def __str__(self) -> str:
        return f"{self.person} – {self.network}"
