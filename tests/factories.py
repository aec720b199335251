"""Plain, predictable factories: each field has one obvious value, numbered where it must be unique."""

from datetime import date

import factory
from allauth.account.models import EmailAddress

from academy.brain.knowledge import refresh_practice, refresh_resource
from academy.editions.models import Edition, EditionPartner, Membership, Organisation, Role, Status
from academy.people.models import User

PASSWORD = "a-long-enough-password"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    certificate_name = factory.Sequence(lambda n: f"Person {n}")
    country = "SN"
    language = "en"
    time_zone = "Africa/Dakar"
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    acronym = factory.Sequence(lambda n: f"ORG{n}")
    name = factory.LazyAttribute(lambda o: {"en": f"Organisation {o.acronym}"})


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition

    number = factory.Sequence(lambda n: 100 + n)
    title = factory.LazyAttribute(lambda e: {"en": f"Academy {e.number}", "fr": f"Académie {e.number}"})
    theme = {"en": "Building back better", "pt": "Reconstruir melhor"}
    start_date = date(2027, 6, 14)
    end_date = date(2027, 6, 25)
    time_zone = "Europe/Lisbon"
    host_city = {"en": "Lisbon", "pt": "Lisboa"}
    host_country = "PT"
    modality = "online"
    main_language = "en"
    languages = ["en", "fr", "es", "pt"]
    status = Status.ANNOUNCED


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EditionPartner

    edition = factory.SubFactory(EditionFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = "organiser"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    edition = factory.SubFactory(EditionFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.PARTICIPANT
    organisation = None


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "brain.Topic"

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.LazyAttribute(lambda t: {"en": f"Topic {t.slug}", "pt": f"Tema {t.slug}"})


class ResourceFactory(factory.django.DjangoModelFactory):
    """A linked resource, indexed as the back-office indexes it once its topics are saved."""

    class Meta:
        model = "brain.Resource"
        skip_postgeneration_save = True

    kind = "study"
    language = "en"
    title = factory.Sequence(lambda n: f"Study number {n}")
    summary = "A study of the social and solidarity economy."
    url = factory.Sequence(lambda n: f"https://example.org/studies/{n}")

    @factory.post_generation
    def topics(resource, create, extracted, **kwargs):
        if create:
            resource.topics.set(extracted or [])
            refresh_resource(resource=resource)


class GoodPracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "brain.GoodPractice"
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Good practice {n}")
    language = "en"
    country = "KR"
    place = "Seoul"
    organisation_kind = "public_policy"
    description = "A city builds its social economy ecosystem with civil society."

    @factory.post_generation
    def topics(practice, create, extracted, **kwargs):
        if create:
            practice.topics.set(extracted or [])
            refresh_practice(practice=practice)
