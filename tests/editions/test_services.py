from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from academy.audit.models import ActionLog
from academy.editions import services
from academy.editions.models import DailySlot, Edition, EditionPartner, FaqEntry, Membership, Role, Status, SubTopic
from tests.factories import EditionFactory, MembershipFactory, PartnerFactory, UserFactory

pytestmark = pytest.mark.django_db

LISBON = ZoneInfo("Europe/Lisbon")


def new_edition(**overrides) -> Edition:
    values = {
        "number": 20,
        "title": {"en": "Twentieth Academy"},
        "start_date": date(2030, 5, 6),
        "end_date": date(2030, 5, 10),
        "time_zone": "Europe/Lisbon",
        "modality": "hybrid",
        **overrides,
    }
    return Edition(**values)


def test_save_edition_creates_and_leaves_audit_record():
    by = UserFactory()
    edition = services.save_edition(edition=new_edition(), by=by)
    assert Edition.objects.get(number=20) == edition
    log = ActionLog.objects.get()
    assert (log.action, log.actor, log.edition) == ("edition.created", by, edition)


def test_save_edition_end_before_start_is_refused_and_nothing_written():
    with pytest.raises(ValidationError) as error:
        services.save_edition(edition=new_edition(end_date=date(2030, 5, 1)), by=None)
    assert error.value.message_dict["end_date"] == ["The last day cannot be before the first day."]
    assert not Edition.objects.exists()
    assert not ActionLog.objects.exists()


def test_save_edition_applications_closing_after_edition_ends_is_refused():
    edition = new_edition(
        applications_open_at=datetime(2030, 1, 1, tzinfo=LISBON),
        applications_close_at=datetime(2030, 5, 11, 0, 1, tzinfo=LISBON),
    )
    with pytest.raises(ValidationError) as error:
        services.save_edition(edition=edition, by=None)
    assert error.value.message_dict["applications_close_at"] == ["Applications cannot close after the edition ends."]
    assert not Edition.objects.exists()


def test_save_edition_applications_closing_on_the_last_evening_is_accepted():
    edition = new_edition(
        applications_open_at=datetime(2030, 1, 1, tzinfo=LISBON),
        applications_close_at=datetime(2030, 5, 10, 23, 59, tzinfo=LISBON),
    )
    assert services.save_edition(edition=edition, by=None).pk


def test_save_edition_applications_closing_before_opening_is_refused():
    edition = new_edition(
        applications_open_at=datetime(2030, 3, 1, tzinfo=LISBON),
        applications_close_at=datetime(2030, 2, 1, tzinfo=LISBON),
    )
    with pytest.raises(ValidationError) as error:
        services.save_edition(edition=edition, by=None)
    assert error.value.message_dict["applications_close_at"] == ["Applications must close after they open."]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"time_zone": "Europe/Atlantis"}, "time_zone"),
        ({"attendance_threshold_percent": 101}, "attendance_threshold_percent"),
        ({"languages": ["en", "de"]}, "languages"),
        ({"host_country": "ZZ"}, "host_country"),
    ],
)
def test_save_edition_bad_values_are_refused(overrides, field):
    with pytest.raises(ValidationError) as error:
        services.save_edition(edition=new_edition(**overrides), by=None)
    assert field in error.value.message_dict
    assert not Edition.objects.exists()


def test_clone_edition_copies_structure_not_people():
    source = EditionFactory(number=12, status=Status.FINISHED)
    SubTopic.objects.create(edition=source, position=0, name={"en": "Social finance"})
    FaqEntry.objects.create(edition=source, position=0, question={"en": "Cost?"}, answer={"en": "Free."})
    DailySlot.objects.create(edition=source, label={"en": "Morning"}, starts_at=time(13), ends_at=time(14, 30))
    partner = PartnerFactory(edition=source, role="co_financing")
    MembershipFactory(edition=source, role=Role.PARTICIPANT)
    MembershipFactory(edition=source, role=Role.ORGANISER)
    cloner = UserFactory()

    clone = services.clone_edition(source=source, number=14, start_date=date(2028, 6, 5), by=cloner)

    assert (clone.number, clone.status, clone.start_date, clone.end_date) == (
        14,
        Status.DRAFT,
        date(2028, 6, 5),
        date(2028, 6, 16),
    )
    assert clone.theme == source.theme
    assert [str(t.name) for t in clone.sub_topics.all()] == ["Social finance"]
    assert [str(f.answer) for f in clone.faq_entries.all()] == ["Free."]
    assert [(s.starts_at, s.ends_at) for s in clone.daily_slots.all()] == [(time(13), time(14, 30))]
    assert list(EditionPartner.objects.filter(edition=clone).values_list("organisation", "role")) == [
        (partner.organisation_id, "co_financing")
    ]
    assert list(Membership.objects.filter(edition=clone).values_list("user", "role")) == [(cloner.pk, "organiser")]
    assert SubTopic.objects.filter(edition=source).count() == 1


def test_clone_edition_existing_number_writes_nothing():
    source = EditionFactory(number=12)
    SubTopic.objects.create(edition=source, position=0, name={"en": "Topic"})
    EditionFactory(number=13)
    with pytest.raises(ValidationError):
        services.clone_edition(source=source, number=13, start_date=date(2028, 1, 1), by=UserFactory())
    assert Edition.objects.count() == 2
    assert SubTopic.objects.count() == 1


def test_history_lists_published_editions_in_order():
    EditionFactory(number=3)
    EditionFactory(number=1)
    EditionFactory(number=2, status=Status.DRAFT)
    assert [e.number for e in services.history()] == [1, 3]


def test_grant_role_committee_without_organisation_is_refused():
    with pytest.raises(ValidationError):
        services.grant_role(edition=EditionFactory(), user=UserFactory(), role=Role.COMMITTEE, by=None)
    assert not Membership.objects.exists()


def test_grant_role_twice_keeps_one_membership_and_one_record():
    edition, person = EditionFactory(), UserFactory()
    services.grant_role(edition=edition, user=person, role=Role.SPEAKER, by=None)
    services.grant_role(edition=edition, user=person, role=Role.SPEAKER, by=None)
    assert Membership.objects.count() == 1
    assert ActionLog.objects.filter(action="role.granted").count() == 1
