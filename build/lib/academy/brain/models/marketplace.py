from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from academy.brain.models.knowledge import Tagged


class Side(models.TextChoices):
    OFFER = "offer", _("Offer")
    NEED = "need", _("Need")


class Category(models.TextChoices):
    EXPERTISE = "expertise", _("Expertise")
    PARTNERSHIP = "partnership", _("Partnership")
    FUNDING = "funding", _("Funding")
    TRAINING = "training", _("Training")
    PRODUCTS = "products", _("Products")


class MarketplacePost(Tagged):
    """An alumnus's offer or need on the SSE Marketplace, written in Markdown in one language."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="marketplace_posts")
    side = models.CharField(_("offer or need"), max_length=8, choices=Side.choices)
    category = models.CharField(_("what kind"), max_length=16, choices=Category.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("description"), max_length=5000, help_text=_("Markdown: **bold**, lists, links."))
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        verbose_name = _("marketplace post")
        verbose_name_plural = _("marketplace posts")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("brain:post", args=[self.pk])

    @property
    def is_need(self) -> bool:
        return self.side == Side.NEED
