"""Freshness topics (`academy.common.freshness`) that many apps change and others read.

They live here, in the app every other app builds on, so that an app's services can announce a change
(`freshness.changed(RECORDS, edition.pk)` after a `bulk_create`) without importing the app that reads it.
"""

# What an edition's figures count: applications, reviews, roles, attendance, placements, the course,
# certificates, articles... Scope: the edition's pk; None for what no one edition owns (people's country).
RECORDS = "edition-records"
# What the all-editions figures count (participants, alumni activity, follow-ups), scope None.
ALL_RECORDS = "all-editions-records"
# An edition's public page: its texts and parts, partners, course and follow-ups. Scope: the edition's pk;
# None for what every edition's page shows (partner organisations). Each app that owns a part connects it.
EDITION_PAGE = "edition-page"
# The editions' own rows, as every page under `editions/<number>/` reads one (`EditionMiddleware`). Scope None:
# editions are saved seldom, and a renumbered edition must leave its old number too.
EDITIONS = "editions"
# What one person has of their own across editions and that My Academy shows (`home.page`): their
# applications, the reviews given to them, their suggested peers, their account. Scope: the person's pk;
# None for such rows written for many people at once (peers suggested to every alumnus afresh).
PERSON = "person"
