"""Messages from the organisers of the 13th edition (fictional, marked "(demo)"): practical information sent to its
participants, and an announcement scheduled to its applicants; written through the services. Added once."""

from datetime import timedelta

from django.utils import timezone

from academy.editions.models import Edition
from academy.messaging import services
from academy.messaging.models import Kind, Message
from academy.messaging.segments import Filters

PRACTICAL = {
    "subject": {
        "en": "Practical information for {edition} (demo)",
        "fr": "Informations pratiques pour {edition} (demo)",
        "es": "Información práctica para {edition} (demo)",
        "pt": "Informações práticas para {edition} (demo)",
    },
    "body": {
        "en": "Dear {first_name},\n\nYour timetable, with each session's link to join, is at {join_link}.\n"
        "Sessions are in the edition's time zone and, on the platform, in yours.",
        "fr": "Bonjour {first_name},\n\nVotre emploi du temps, avec le lien de chaque session, est ici : {join_link}.",
        "es": "Hola {first_name}:\n\nSu horario, con el enlace de cada sesión, está en {join_link}.",
        "pt": "Olá {first_name},\n\nO seu horário, com a ligação de cada sessão, está em {join_link}.",
    },
}
ANNOUNCEMENT = {
    "subject": {
        "en": "Webinar before {edition} (demo)",
        "fr": "Webinaire avant {edition} (demo)",
        "pt": "Webinar antes da {edition} (demo)",
    },
    "body": {
        "en": "Dear {first_name},\n\nWhatever the decision on your application, join our open webinar on the SSE.",
        "fr": "Bonjour {first_name},\n\nQuelle que soit la décision sur votre candidature, rejoignez notre webinaire.",
        "pt": "Olá {first_name},\n\nSeja qual for a decisão sobre a sua candidatura, junte-se ao nosso webinar.",
    },
}


def load_messages(*, edition: Edition, organiser) -> None:
    if Message.objects.filter(edition=edition).exists():
        return
    now = timezone.now()
    sent = services.schedule(
        edition=edition,
        by=organiser,
        kind=Kind.ESSENTIAL,
        filters=Filters(groups=("participants",)),
        **PRACTICAL,
        now=now,
    )
    services.send_message(message_id=sent.pk, now=now)
    services.schedule(
        edition=edition,
        by=organiser,
        kind=Kind.ANNOUNCEMENT,
        filters=Filters(groups=("applicants",)),
        send_at=now + timedelta(days=30),
        **ANNOUNCEMENT,
        now=now,
    )
