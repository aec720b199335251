import io
import random

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from academy.programme import services
from academy.programme.models import Speaker
from tests.conftest import files_under
from tests.factories import EditionFactory, UserFactory
from tests.programme.conftest import elective, participant, plenary


def test_organisers_see_their_editions_sessions_only_and_cannot_pick_accounts_for_speakers(client, edition, organiser):
    plenary(edition)
    other = EditionFactory(
        start_date=edition.start_date, end_date=edition.end_date, time_zone=edition.time_zone,
        title={"en": "Another organiser's draft"}, status="draft",
    )  # fmt: skip
    plenary(other, code="P77", title={"en": "Someone else's plenary"})
    UserFactory(certificate_name="Someone Organisers Need Not See")
    client.force_login(organiser)
    listing = client.get("/en/back-office/programme/session/").content.decode()
    assert "SSE principles and values" in listing
    assert "Someone else&#x27;s plenary" not in listing
    assert "Another organiser&#x27;s draft" not in listing  # not even as a filter
    form = client.get("/en/back-office/programme/speaker/add/").content.decode()
    assert 'name="name"' in form
    assert "Someone Organisers Need Not See" not in form


def test_lowering_a_maximum_below_the_people_placed_is_refused_in_the_back_office(
    client, edition, organiser, round_one
):
    course = elective(edition, round_one, "e1", seats=5)
    services.move(round_=round_one, users=[participant(edition), participant(edition)], elective=course, by=organiser)
    client.force_login(organiser)
    url = f"/en/back-office/programme/elective/{course.pk}/change/"
    data = {
        "edition": edition.pk, "round": round_one.pk, "code": "e1", "title_0": "Elective e1", "minimum_seats": 0,
        "maximum_seats": 1, "parts-TOTAL_FORMS": 3, "parts-INITIAL_FORMS": 3, "parts-MIN_NUM_FORMS": 0,
        "parts-MAX_NUM_FORMS": 1000,
    }  # fmt: skip
    for index, part in enumerate(course.parts.order_by("pk")):
        data[f"parts-{index}-id"] = part.pk
        data[f"parts-{index}-elective"] = course.pk
    response = client.post(url, data)
    assert "2 people are already placed; the maximum cannot be lower." in response.content.decode()
    course.refresh_from_db()
    assert course.maximum_seats == 5


@pytest.fixture
def speakers(edition):
    """Speakers of the 13th only, of another edition only (published or not), of both, and of none yet."""
    other = EditionFactory(start_date=edition.start_date, end_date=edition.end_date, time_zone=edition.time_zone)
    ours, theirs, hidden, shared, new = (
        Speaker.objects.create(name=name) for name in ("Ours", "Theirs", "Hidden", "Shared", "New")
    )
    ours.sessions.add(plenary(edition))
    shared.sessions.add(plenary(edition, code="P2"))
    theirs.sessions.add(plenary(other, code="P7"))
    shared.sessions.add(plenary(other, code="P8"))
    hidden.sessions.add(plenary(other, code="P9", published=False))
    return {"ours": ours, "theirs": theirs, "hidden": hidden, "shared": shared, "new": new}


# What the organiser of the 13th may do with each speaker: view, change, delete.
SPEAKER_RIGHTS = {
    "ours": (True, True, True),
    "shared": (True, True, False),  # deleting would take them out of the other edition's sessions
    "new": (True, True, True),
    "theirs": (True, False, False),  # public page: listed to link, not to edit
    "hidden": (False, False, False),
}


@pytest.mark.parametrize("name", SPEAKER_RIGHTS)
def test_a_speaker_is_changed_only_by_organisers_of_an_edition_they_speak_at(client, organiser, speakers, name):
    speaker = speakers[name]
    can_view, can_change, can_delete = SPEAKER_RIGHTS[name]
    assert organiser.has_perm("programme.view_speaker", speaker) is can_view
    assert organiser.has_perm("programme.change_speaker", speaker) is can_change
    assert organiser.has_perm("programme.delete_speaker", speaker) is can_delete
    staff = UserFactory(is_staff=True)
    for action in ("view", "change", "delete"):
        assert staff.has_perm(f"programme.{action}_speaker", speaker)
        assert not UserFactory().has_perm(f"programme.{action}_speaker", speaker)
    client.force_login(organiser)
    listing = client.get("/en/back-office/programme/speaker/").content.decode()
    assert (f">{speaker.name}<" in listing) is can_view
    response = client.post(f"/en/back-office/programme/speaker/{speaker.pk}/change/", {"name": "Renamed", "bio_0": ""})
    # Saved and back to the list; seen but not theirs: refused; not even seen: "no such speaker", back to the index.
    expected = "/en/back-office/programme/speaker/" if can_change else (403 if can_view else "/en/back-office/")
    assert (response.status_code if expected == 403 else response.url) == expected
    speaker.refresh_from_db()
    assert (speaker.name == "Renamed") is can_change
    response = client.post(f"/en/back-office/programme/speaker/{speaker.pk}/delete/", {"post": "yes"})
    if not can_delete:
        assert (response.status_code if can_view else response.url) == (403 if can_view else "/en/back-office/")
    # A speaker still in sessions is protected by the database: only one in none goes.
    assert Speaker.objects.filter(pk=speaker.pk).exists() is (name != "new")


@pytest.mark.faults
def test_a_speakers_photo_the_full_disk_cannot_take_is_refused_in_the_back_office_and_nothing_recorded(
    client, organiser, full_media_root
):
    photo = io.BytesIO()
    Image.frombytes("RGB", (300, 300), random.Random(17).randbytes(300 * 300 * 3)).save(photo, "PNG")
    assert len(photo.getvalue()) > 200_000  # noise does not compress: larger than the 64 KiB left
    client.force_login(organiser)
    response = client.post(
        "/fr/back-office/programme/speaker/add/",
        {"name": "Ana Souza", "bio_0": "", "photo": SimpleUploadedFile("ana.png", photo.getvalue(), "image/png")},
    )
    assert response.status_code == 200
    assert "Le fichier n&#x27;a pas pu être enregistré ; rien n&#x27;a été sauvegardé. Réessayez plus tard." in (
        response.content.decode()
    )
    assert response.context["adminform"].form["name"].value() == "Ana Souza"  # what was typed is kept
    assert not Speaker.objects.exists()
    assert files_under(full_media_root) == []
