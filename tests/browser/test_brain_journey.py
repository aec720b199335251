"""Issue 6's journey in a real browser, in Portuguese: an alumnus finds a case by searching, posts a
need, sees the offer that answers it and a suggested peer, and writes to that peer."""

import pytest
from django.core import mail
from django.utils import timezone

from academy.brain import knowledge, marketplace, profiles, suggestions
from academy.brain.models import CaseFigure, GoodPractice, Message, ProfileField, Visibility
from academy.editions.models import Role
from tests.factories import MembershipFactory, TopicFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def alumnus(**fields):
    person = UserFactory(**fields)
    MembershipFactory(user=person, role=Role.PARTICIPANT)
    return person


def test_find_a_case_post_a_need_see_the_offer_and_the_peer_and_write(log_in, artifacts):
    topic = TopicFactory(name={"en": "Local development", "pt": "Desenvolvimento local"})
    practice = GoodPractice.objects.create(
        title="Cooperativas de catadores em Belo Horizonte", language="pt", country="BR", place="Belo Horizonte",
        organisation_kind="cooperative", sector="Reciclagem",
        description="Os catadores organizados em cooperativas recolhem e vendem materiais recicláveis.",
    )  # fmt: skip
    CaseFigure.objects.create(practice=practice, label="Cooperados", value=480, year=2019, source="INSEA")
    practice.topics.set([topic])
    knowledge.refresh_practice(practice=practice)

    ana = alumnus(email="ana@example.org", certificate_name="Ana Lima", language="pt", country="BR")
    peer = alumnus(email="amina@example.org", certificate_name="Amina Mussa", language="pt", country="MZ")
    for person in (ana, peer):
        profiles.save_profile(person=person, visibility=Visibility.ALUMNI, shown_fields=list(ProfileField.values),
                              bio="", expertise=[topic], networks=[], accepts_messages=True)  # fmt: skip
    offer = marketplace.save_post(
        author=peer, side="offer", category="training", title="Formação em gestão de cooperativas",
        body="Formação **à distância** para cooperativas.", language="pt", topics=[topic], countries=["MZ"],
    )  # fmt: skip
    suggestions.refresh_all(now=timezone.now())

    page = log_in("ana@example.org", language="pt")
    page.goto("/pt/brain/")
    introductions = page.locator("section.introductions")
    assert "Amina Mussa" in introductions.inner_text()
    assert "Ambos trabalham em: Desenvolvimento local." in introductions.inner_text()

    page.get_by_label("Pesquisar no Cérebro coletivo").fill("cooperativa reciclagem")
    page.get_by_role("button", name="Pesquisar").click()
    page.get_by_role("link", name="Cooperativas de catadores em Belo Horizonte").click()
    assert "480" in page.locator("table").inner_text()

    page.goto("/pt/brain/marketplace/")
    page.get_by_role("link", name="Publicar uma oferta ou uma necessidade").click()
    page.get_by_label("Necessidade").check()
    page.get_by_label("De que tipo").select_option("training")
    page.get_by_label("Título").fill("Formação para a nossa cooperativa de catadores")
    page.get_by_label("Descrição").fill("Procuramos **formação** em gestão para 30 cooperados.")
    page.get_by_label("Desenvolvimento local").check()
    page.get_by_role("button", name="Publicar").click()
    page.wait_for_url("**/brain/marketplace/*/")
    assert "formação" in page.locator("strong").first.inner_text()
    answers = page.locator("ul.hits")
    assert offer.title in answers.inner_text()
    page.screenshot(path=str(artifacts / "brain-need-and-offer.png"), full_page=True)

    answers.get_by_role("link", name=offer.title).click()
    page.get_by_role("link", name="Amina Mussa").click()
    page.get_by_label("Mensagem").fill("Olá Amina! A vossa formação interessa-nos muito.")
    page.get_by_role("button", name="Enviar").click()
    assert "A sua mensagem está a caminho." in page.locator(".messages").inner_text()
    message = Message.objects.get()
    assert (message.sender, message.recipient) == (ana, peer)
    [email] = [sent for sent in mail.outbox if sent.to == ["amina@example.org"]]
    assert "Ana Lima escreveu-lhe" in email.subject
    assert "ana@example.org" not in email.body
