from academy.brain.models.articles import Article, ArticleCall, ArticleStatus, ReaderBuild
from academy.brain.models.community import Follow, Reply, Thread
from academy.brain.models.followups import FollowUp, FollowUpKind
from academy.brain.models.introductions import Suggestion
from academy.brain.models.knowledge import (
    CaseFigure,
    Definition,
    GoodPractice,
    Network,
    NetworkMembership,
    OrganisationKind,
    Resource,
    ResourceKind,
)
from academy.brain.models.marketplace import Category, MarketplacePost, Side
from academy.brain.models.messages import Block, Flag, Message
from academy.brain.models.profiles import Profile, ProfileField, Visibility
from academy.brain.models.search import DocumentKind, SearchDocument, SearchIndexState
from academy.brain.models.topics import Topic

__all__ = [
    "Article",
    "ArticleCall",
    "ArticleStatus",
    "Block",
    "CaseFigure",
    "Category",
    "Definition",
    "DocumentKind",
    "Flag",
    "Follow",
    "FollowUp",
    "FollowUpKind",
    "GoodPractice",
    "MarketplacePost",
    "Message",
    "Network",
    "NetworkMembership",
    "OrganisationKind",
    "Profile",
    "ProfileField",
    "ReaderBuild",
    "Reply",
    "Resource",
    "ResourceKind",
    "SearchDocument",
    "SearchIndexState",
    "Side",
    "Suggestion",
    "Thread",
    "Topic",
    "Visibility",
]
