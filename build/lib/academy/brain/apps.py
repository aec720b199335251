from django.apps import AppConfig
from django.db.models.signals import m2m_changed
from django.utils.translation import gettext_lazy as _


class BrainConfig(AppConfig):
    name = "academy.brain"
    verbose_name = _("SSE Collective Brain")

    def ready(self) -> None:
        from academy.brain import latest, receivers  # noqa: F401 (connect the receivers, and what keeps lists fresh)
        from academy.brain.models import Article, ArticleCall, FollowUp, Topic
        from academy.brain.search.index import INDEX
        from academy.common import freshness
        from academy.editions.models import Edition
        from academy.editions.topics import EDITION_PAGE
        from academy.programme.topics import SESSION_PAGES

        freshness.depends(EDITION_PAGE, FollowUp, scope=lambda item: item.edition_id)  # "What came of it"
        # A participant's "My article" link shows only when the edition calls for articles.
        freshness.depends(EDITION_PAGE, ArticleCall, scope=lambda call: call.edition_id)
        # A session's page lists the articles written for it.
        freshness.depends(SESSION_PAGES, Article, scope=lambda article: article.edition_id)
        # Results pages name their facets' topics and editions.
        freshness.depends(INDEX, Topic, Edition)
        m2m_changed.connect(_articles_sessions_changed, sender=Article.sessions.through, dispatch_uid="brain:sessions")


def _articles_sessions_changed(sender, instance, **kwargs) -> None:
    from academy.common import freshness
    from academy.programme.topics import SESSION_PAGES

    freshness.changed(SESSION_PAGES, instance.edition_id)  # an article or a session: both have their edition
