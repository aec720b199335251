"""The newest discussions and marketplace posts, as My Academy lists them.

They are the same for every member (curators also see hidden discussions), so they are kept in the
cache until a discussion or a post is saved or deleted (`common.freshness`), not read on every visit.
"""

from academy.brain.models import MarketplacePost, Thread
from academy.brain.rules import can_curate
from academy.common import freshness

LATEST = "brain-latest"  # the freshness topic

freshness.depends(LATEST, Thread, MarketplacePost)


def threads(viewer, count: int) -> list[Thread]:
    """The discussions with the latest activity that this person may read."""
    curator = can_curate(viewer)

    def read() -> list[Thread]:
        found = Thread.objects.only("title", "language", "last_activity_at").order_by("-last_activity_at")
        return list((found if curator else found.filter(hidden_at=None))[:count])

    return freshness.cached("latest-threads", [(LATEST, None)], read, vary_on=(curator, count))


def posts(count: int) -> list[MarketplacePost]:
    """The newest open marketplace posts."""

    def read() -> list[MarketplacePost]:
        found = MarketplacePost.objects.filter(closed_at=None).only("title", "language", "side", "created_at")
        return list(found.order_by("-created_at")[:count])

    return freshness.cached("latest-posts", [(LATEST, None)], read, vary_on=(count,))
