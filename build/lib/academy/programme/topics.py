"""What the programme's cached pages and lists are made from (`common.freshness` topics).

PROGRAMME (scope: the edition's id) covers an edition's sessions, electives, allocation rounds and
sub-topics, and the edition itself (its zone, languages and number show on every line). Saving or
deleting any of them makes everything cached from it anew; the writes that send no signal call
`freshness.changed(PROGRAMME, edition_id)` themselves (`services.run_allocation` cancelling electives).

SESSION_PAGES (scope: the edition's id; None for speakers, shown in every edition they spoke at) covers what
a session's page shows beside PROGRAMME: who speaks, the materials, and the articles written for it (the
Collective Brain connects those).
"""

from academy.common import freshness
from academy.editions.models import Edition, SubTopic
from academy.programme.models import AllocationRound, Elective, Material, Session, SessionSpeaker, Speaker

PROGRAMME = "programme"

freshness.depends(PROGRAMME, Session, Elective, AllocationRound, SubTopic, scope=lambda part: part.edition_id)
freshness.depends(PROGRAMME, Edition, scope=lambda edition: edition.pk)

SESSION_PAGES = "session-pages"

freshness.depends(SESSION_PAGES, SessionSpeaker, Material, scope=lambda part: part.session.edition_id)
freshness.depends(SESSION_PAGES, Speaker)
