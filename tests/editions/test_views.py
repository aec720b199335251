from datetime import time

import pytest
from django.core.cache import cache
from django.utils import timezone

from academy.editions.models import DailySlot, Edition, FaqEntry, KeyFeature, Status, SubTopic
from tests.factories import EditionFactory, MembershipFactory, PartnerFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_history_lists_editions_with_host_year_theme_and_modality(client):
    EditionFactory(number=8, host_city={"en": "Seoul", "pt": "Seul"}, host_country="KR", theme={"en": "Ecosystems"})
    EditionFactory(
        number=12, host_city={}, host_country="PT", modality="online", start_date="2021-11-15", end_date="2021-11-26"
    )
    page = client.get("/en/").content.decode()
    assert page.index("Seoul") < page.index("Portugal")
    assert "<td>Ecosystems</td>" in page.replace('<td lang="en">', "<td>")
    assert "<td>2021</td>" in page
    assert "<td>Online</td>" in page


def test_history_in_portuguese_shows_translated_city_and_interface(client):
    EditionFactory(number=8, host_city={"en": "Seoul", "pt": "Seul"}, host_country="KR")
    page = client.get("/pt/").content.decode()
    assert "Seul, Coreia do Sul" in page or "Seul, Coréia do Sul" in page
    assert "Edições da Academia" in page


def test_history_query_count_does_not_grow_with_editions(client, django_assert_max_num_queries):
    EditionFactory()
    with django_assert_max_num_queries(3) as one:
        client.get("/en/")
    EditionFactory.create_batch(5)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get("/en/")


def test_history_is_read_from_the_cache_until_an_edition_changes(client, django_assert_num_queries):
    edition = EditionFactory(number=8, theme={"en": "Ecosystems"})
    client.get("/en/")
    with django_assert_num_queries(0):
        assert "Ecosystems" in client.get("/en/").content.decode()
    edition.theme = {"en": "Territories"}
    edition.save()
    EditionFactory(number=9, theme={"en": "Care work"})
    page = client.get("/en/").content.decode()
    assert "Territories" in page
    assert "Care work" in page


def test_edition_page_falls_back_to_main_language(client):
    edition = EditionFactory(
        background={"pt": "Texto só em português."}, main_language="pt", title={"en": "Academy", "fr": "Académie"}
    )
    page = client.get(f"/es/editions/{edition.number}/").content.decode()
    assert "Texto só em português." in page
    assert '<div lang="pt">' in page
    assert "Academy" in page


def test_edition_page_shows_what_an_applicant_reads(client):
    edition = EditionFactory(
        summary={"en": "Are you ready to build more resilient societies?"},
        audience={"en": "Tripartite constituents."},
        costs={"en": "Free of charge for selected candidates."},
        how_to_apply={"en": "Apply here."},
        attendance_threshold_percent=80,
        livestream_url="https://example.org/live",
    )
    KeyFeature.objects.create(edition=edition, title={"en": "Learn differently"})
    SubTopic.objects.create(edition=edition, name={"en": "Social finance"})
    FaqEntry.objects.create(edition=edition, question={"en": "Is it free?"}, answer={"en": "Yes."})
    DailySlot.objects.create(edition=edition, label={"en": "Morning"}, starts_at=time(13), ends_at=time(14, 30))
    page = client.get(f"/en/editions/{edition.number}/").content.decode()
    for text in [
        "Learn differently",
        "Are you ready to build more resilient societies?",
        "Tripartite constituents.",
        "Social finance",
        "Free of charge for selected candidates.",
        "80% participation is required",
        "about 3 hours a day",
        "Apply here.",
        "Is it free?",
        "13:00–14:30",
        "https://example.org/live",
        "English, French, Spanish, Portuguese",
    ]:
        assert text in page, text


def test_edition_page_times_in_reader_zone_when_logged_in(client):
    edition = EditionFactory(time_zone="Europe/Paris", start_date="2021-11-15", end_date="2021-11-26")
    DailySlot.objects.create(edition=edition, label={"en": "Morning"}, starts_at=time(13), ends_at=time(14, 30))
    client.force_login(UserFactory(time_zone="America/Sao_Paulo"))
    page = client.get(f"/en/editions/{edition.number}/").content.decode()
    assert "13:00–14:30 CET" in page
    assert "In your time zone (Sao Paulo (Brazil))" in page
    assert "09:00–10:30" in page


def test_edition_page_in_portuguese_formats_dates_per_locale(client):
    edition = EditionFactory(start_date="2021-11-15", end_date="2021-11-26")
    page = client.get(f"/pt/editions/{edition.number}/").content.decode()
    assert "15 de Novembro de 2021" in page or "15 de novembro de 2021" in page


def test_edition_page_query_count_does_not_grow_with_its_parts(client, django_assert_num_queries):
    edition = EditionFactory()

    def add_parts(count):
        for position in range(count):
            FaqEntry.objects.create(edition=edition, position=position, question={"en": "Q"}, answer={"en": "A"})
            SubTopic.objects.create(edition=edition, position=position, name={"en": "T"})
            PartnerFactory(edition=edition)

    add_parts(1)
    cache.clear()  # both renderings from nothing: the edition's row too
    with django_assert_num_queries(9) as one:
        client.get(f"/en/editions/{edition.number}/")
    add_parts(3)
    cache.clear()
    with django_assert_num_queries(len(one.captured_queries)):
        client.get(f"/en/editions/{edition.number}/")


def test_clone_form_creates_draft_for_organiser(client):
    membership = MembershipFactory(role="organiser", edition=EditionFactory(number=12))
    client.force_login(membership.user)
    response = client.post("/en/editions/12/clone/", {"number": 40, "start_date": "2031-06-02"})
    assert response.status_code == 302
    assert Edition.objects.get(number=40).status == Status.DRAFT


def test_clone_form_existing_number_shows_error(client):
    membership = MembershipFactory(role="organiser", edition=EditionFactory(number=12))
    client.force_login(membership.user)
    response = client.post("/fr/editions/12/clone/", {"number": 12, "start_date": "2031-06-02"})
    assert response.status_code == 200
    assert response.context["form"].errors["number"]
    assert Edition.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"number": 10000, "start_date": "2031-06-02"}, "number"),
        ({"number": 40, "start_date": "9999-12-30"}, "start_date"),
    ],
)
def test_clone_form_out_of_range_is_refused(client, data, field):
    membership = MembershipFactory(role="organiser", edition=EditionFactory(number=12))
    client.force_login(membership.user)
    response = client.post("/en/editions/12/clone/", data)
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert Edition.objects.count() == 1


def test_edition_page_is_read_from_the_cache_until_it_changes(client, django_assert_num_queries):
    edition = EditionFactory(summary={"en": "Cooperatives first."})
    assert "Cooperatives first." in client.get(f"/en/editions/{edition.number}/").content.decode()
    with django_assert_num_queries(0):  # the edition and its page are both cached
        client.get(f"/en/editions/{edition.number}/")
    edition.summary = {"en": "Social enterprises first."}
    edition.save()
    assert "Social enterprises first." in client.get(f"/en/editions/{edition.number}/").content.decode()


@pytest.mark.parametrize("change", ["faq", "partner", "organisation", "course", "follow-up"])
def test_edition_page_shows_a_changed_part_on_the_next_request(client, change):
    from academy.brain.models import FollowUp
    from academy.learning.models import Course

    edition = EditionFactory()
    partner = PartnerFactory(edition=edition, organisation__name={"en": "Old Name"})
    client.get(f"/en/editions/{edition.number}/")
    if change == "faq":
        FaqEntry.objects.create(edition=edition, position=0, question={"en": "New question?"}, answer={"en": "A"})
        shown = "New question?"
    elif change == "partner":
        PartnerFactory(edition=edition, organisation__name={"en": "New Partner"})
        shown = "New Partner"
    elif change == "organisation":
        partner.organisation.name = {"en": "New Name"}
        partner.organisation.save()
        shown = "New Name"
    elif change == "course":
        Course.objects.create(
            edition=edition, title={"en": "Course"}, opens_at=timezone.now(), completion_rule="for_certificate"
        )
        shown = "Completing the distance-learning course before the Academy is required too."
    else:
        FollowUp.objects.create(
            edition=edition, kind="network", title="A new network", language="en", started_on=edition.start_date
        )
        shown = "A new network"
    assert shown in client.get(f"/en/editions/{edition.number}/").content.decode()


def test_edition_page_keeps_the_organisers_links_from_other_readers(client):
    edition = EditionFactory()
    organiser = MembershipFactory(edition=edition, role="organiser").user
    client.force_login(organiser)
    assert "Edition dashboard" in client.get(f"/en/editions/{edition.number}/").content.decode()
    client.logout()
    assert "Edition dashboard" not in client.get(f"/en/editions/{edition.number}/").content.decode()
