import pytest

from academy.applications import services
from academy.applications.models import Application, Criterion, ReviewAssignment, Status
from academy.editions.models import Role
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def assigned(edition):
    call = services.call_for(edition)
    criterion = Criterion.objects.create(call=call, name={"en": "Motivation", "fr": "Motivation"}, scale_max=5)
    reviewer = MembershipFactory(edition=edition, role=Role.COMMITTEE, organisation=OrganisationFactory()).user
    applicant = UserFactory(certificate_name="Awa Ndiaye", country="SN", gender="woman")
    application = Application.objects.create(
        edition=edition,
        applicant=applicant,
        status=Status.SUBMITTED,
        organisation="Coop Dakar",
        motivation="Je veux apprendre.",
    )
    return ReviewAssignment.objects.create(application=application, reviewer=reviewer), criterion


def test_reviewer_scores_an_assigned_application(client, assigned):
    review, criterion = assigned
    client.force_login(review.reviewer)
    page = client.get(f"/fr/reviews/{review.pk}/").content.decode()
    assert "Awa Ndiaye" in page
    assert "Je veux apprendre." in page
    response = client.post(f"/fr/reviews/{review.pk}/", {f"criterion_{criterion.pk}": "4", "comment": "Solide"})
    assert response.status_code == 302
    review.refresh_from_db()
    assert (review.scores, review.comment) == ({str(criterion.pk): 4}, "Solide")


def test_score_outside_the_scale_is_refused_with_a_translated_message(client, assigned):
    review, criterion = assigned
    client.force_login(review.reviewer)
    response = client.post(f"/fr/reviews/{review.pk}/", {f"criterion_{criterion.pk}": "6"})
    assert response.status_code == 200
    assert "inférieure ou égale à 5" in response.content.decode()
    review.refresh_from_db()
    assert review.scores == {}


def test_someone_else_opening_a_review_gets_404(client, assigned):
    review, _criterion = assigned
    other = MembershipFactory(
        edition=review.application.edition, role=Role.COMMITTEE, organisation=OrganisationFactory()
    )
    client.force_login(other.user)
    assert client.get(f"/en/reviews/{review.pk}/").status_code == 404
    client.force_login(review.application.applicant)
    assert client.get(f"/en/reviews/{review.pk}/").status_code == 404


def test_blind_review_hides_who_the_applicant_is(client, assigned):
    review, _criterion = assigned
    call = services.call_for(review.application.edition)
    call.blind_review = True
    call.save()
    client.force_login(review.reviewer)
    for url in ("/en/reviews/", f"/en/reviews/{review.pk}/"):
        page = client.get(url).content.decode()
        assert "Awa Ndiaye" not in page
        assert "Coop Dakar" not in page
        assert "Senegal" not in page
    assert "Je veux apprendre." in page


def test_my_reviews_query_count_does_not_grow(client, assigned, django_assert_num_queries):
    review, _criterion = assigned
    client.force_login(review.reviewer)
    client.get("/en/reviews/")  # the reviewer's account and roles, then kept in the cache
    with django_assert_num_queries(2) as one:
        client.get("/en/reviews/")
    edition = review.application.edition
    for _ in range(3):
        application = Application.objects.create(edition=edition, applicant=UserFactory(), status=Status.SUBMITTED)
        ReviewAssignment.objects.create(application=application, reviewer=review.reviewer)
    with django_assert_num_queries(len(one.captured_queries)):
        client.get("/en/reviews/")


def test_committee_members_find_their_reviews_in_the_menu(client, assigned):
    review, _criterion = assigned
    client.force_login(review.reviewer)
    assert 'href="/en/reviews/"' in client.get("/en/").content.decode()
    client.force_login(review.application.applicant)
    assert 'href="/en/reviews/"' not in client.get("/en/").content.decode()


def test_cv_opens_for_the_applicant_the_open_reviewer_and_organisers_only(client, assigned, settings, tmp_path):
    from django.core.files.base import ContentFile

    from tests.applications.conftest import PDF

    review, _criterion = assigned
    application = review.application
    application.cv.save("cv.pdf", ContentFile(PDF))
    url = f"/en/applications/{application.pk}/cv.pdf"
    organiser = MembershipFactory(edition=application.edition, role=Role.ORGANISER).user
    for person, status in [
        (application.applicant, 200),
        (review.reviewer, 200),
        (organiser, 200),
        (UserFactory(), 403),
    ]:
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == status
        if status == 200:
            assert b"".join(response.streaming_content).startswith(b"%PDF-")
    call = services.call_for(application.edition)
    call.blind_review = True
    call.save()
    client.force_login(review.reviewer)
    assert client.get(url).status_code == 403
    assert client.get(f"/en/applications/{application.pk}/letter.pdf").status_code == 403
