import pytest

from academy.brain.models.articles import Article, ArticleStatus
from academy.brain.models.marketplace import MarketplacePost, Side


@pytest.mark.parametrize("status", ArticleStatus.values)
def test_article_status_properties_name_one_status_each(status):
    article = Article(status=status)

    assert article.is_accepted is (status == "accepted")
    assert article.revision_asked is (status == "revision")


@pytest.mark.parametrize("side", Side.values)
def test_marketplace_post_is_need_only_for_needs(side):
    assert MarketplacePost(side=side).is_need is (side == "need")
