import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from academy.brain import marketplace
from academy.brain.models import MarketplacePost, Visibility
from academy.brain.search.engine import search
from academy.editions.models import Role
from tests.brain.test_profiles import alumnus
from tests.factories import MembershipFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db


def post(author, side, title, topics=(), category="training", body="", language="en", countries=()):
    return marketplace.save_post(author=author, side=side, category=category, title=title, body=body or title,
                                 language=language, topics=list(topics), countries=list(countries))  # fmt: skip


def test_a_need_shows_the_offers_that_answer_it():
    training = TopicFactory(name={"en": "Cooperative management"})
    need = post(alumnus(), "need", "Formação em gestão de cooperativas", [training], language="pt", countries=["MZ"])
    offer = post(alumnus(), "offer", "Training in cooperative management", [training], countries=["MZ"])
    post(alumnus(), "offer", "Coffee for sale", category="products")
    post(alumnus(), "need", "Another need", [training])
    assert marketplace.matches_for(need) == [offer]
    assert marketplace.matches_for(offer) == [need, MarketplacePost.objects.get(title="Another need")]


def test_posts_are_searchable_by_alumni_only():
    post(alumnus(), "offer", "Microcredit for women's cooperatives")
    assert search("microcredit", clearance=Visibility.ALUMNI).total == 1
    assert search("microcredit", clearance=Visibility.EVERYONE).total == 0


def test_closed_posts_leave_matches_and_search():
    author = alumnus()
    need = post(alumnus(), "need", "Funding for a housing cooperative", category="funding")
    offer = post(author, "offer", "Funding for housing", category="funding")
    marketplace.close_post(post=offer, by=author, now=offer.created_at)
    assert marketplace.matches_for(need) == []
    assert search("housing", clearance=Visibility.ALUMNI).total == 1


def test_only_alumni_post_and_only_authors_close():
    with pytest.raises(ValidationError):
        post(UserFactory(), "offer", "Not an alumnus")
    offer = post(alumnus(), "offer", "Mine")
    with pytest.raises(ValidationError):
        marketplace.close_post(post=offer, by=alumnus(), now=offer.created_at)
    assert MarketplacePost.objects.get().closed_at is None


def test_post_body_is_sanitised_on_the_page(client):
    author = alumnus()
    item = post(author, "offer", "Training", body="Hi <script>alert(1)</script> [x](javascript:alert(1)) **bold**")
    client.force_login(alumnus())
    page = client.get(reverse("brain:post", args=[item.pk])).content.decode()
    assert "<strong>bold</strong>" in page
    assert "<script>alert(1)" not in page
    assert 'href="javascript:' not in page


def test_form_refuses_a_post_without_title_or_side_and_writes_nothing(client):
    client.force_login(alumnus())
    response = client.post(reverse("brain:post_new"), {"category": "training", "body": "x", "language": "en"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"side", "title"}
    assert not MarketplacePost.objects.exists()


def test_form_publishes_and_shows_the_matches(client):
    TopicFactory()
    offer = post(alumnus(), "offer", "Training for cooperatives")
    client.force_login(alumnus())
    response = client.post(reverse("brain:post_new"), {"side": "need", "category": "training", "title": "Training",
                                                        "body": "We need training", "language": "en"})  # fmt: skip
    created = MarketplacePost.objects.get(side="need")
    assert response.url == created.get_absolute_url()
    assert offer.title in client.get(response.url).content.decode()


@pytest.mark.parametrize(
    ("who", "list_status", "new_status"),
    [("anonymous", 302, 302), ("outsider", 403, 403), ("alumnus", 200, 200), ("organiser", 200, 403)],
)
def test_who_may_open_the_marketplace(client, who, list_status, new_status):
    people = {
        "outsider": UserFactory,
        "alumnus": alumnus,
        "organiser": lambda: MembershipFactory(role=Role.ORGANISER).user,
    }
    if who in people:
        client.force_login(people[who]())
    assert client.get(reverse("brain:marketplace")).status_code == list_status
    assert client.get(reverse("brain:post_new")).status_code == new_status


def test_only_its_author_closes_a_post_from_its_page(client):
    author = alumnus()
    offer = post(author, "offer", "Training in cooperative management")
    url = reverse("brain:post_close", args=[offer.pk])
    assert client.post(url)["Location"].startswith("/en/accounts/login/")
    for someone_else in (UserFactory(), alumnus(), MembershipFactory(role=Role.ORGANISER).user):
        client.force_login(someone_else)
        assert "Close this post" not in client.get(offer.get_absolute_url()).content.decode()
        assert client.post(url).status_code == 403
    offer.refresh_from_db()
    assert offer.closed_at is None
    client.force_login(author)
    assert "Close this post" in client.get(offer.get_absolute_url()).content.decode()
    assert client.post(url).status_code == 302
    offer.refresh_from_db()
    assert offer.closed_at is not None


def test_each_match_says_why_it_matches(client):
    training = TopicFactory(name={"en": "Cooperative management"})
    need = post(alumnus(), "need", "Training for cooperative managers", [training], countries=["MZ", "AO"])
    offer = post(alumnus(), "offer", "Training for cooperative managers", [training], countries=["MZ"])
    other = post(alumnus(), "offer", "Cooperative managers course", category="funding")
    assert marketplace.reasons_for(need, [offer, other]) == [
        (offer, ["Topics: Cooperative management", "The same kind of help: Training", "Countries: Mozambique",
                 "Words in common"]),
        (other, ["Words in common"]),
    ]  # fmt: skip
    client.force_login(need.author)
    page = client.get(need.get_absolute_url()).content.decode()
    assert "Why it matches: Topics: Cooperative management · The same kind of help: Training" in page
