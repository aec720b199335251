from django.db import models
from django.utils.translation import gettext_lazy as _
from i18nfield.fields import I18nCharField


class Topic(models.Model):
    """A subject the Academy works on (youth employment, local development...): the list organisers keep,
    used to tag articles, resources, good practices, threads, marketplace posts and people's expertise."""

    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    name = I18nCharField(_("name"), max_length=120)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return str(self.name)
