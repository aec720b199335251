"""Who is who in a report: e-mail, then a remembered match, then the name, exact and then fuzzy.

Pure: the caller gives the edition's participants, its staff and what organisers matched before.
A row nobody can tell apart for sure goes to the review queue, never to the nearest guess:
crediting the wrong person's attendance is worse than asking an organiser once.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from academy.common.text import fold

# The similarity (rapidfuzz's ratio of the keys, whose words are already sorted, so a token-sort ratio)
# of two names that differ by one or two letters ("Mohamed"/"Mohammed"), not by a word.
FUZZY_CUTOFF = 90
SUGGESTION_CUTOFF = 60  # worth proposing to the organiser, who decides
NAME_PREFIX = "name:"
STAFF_ROLES = frozenset({"host", "co-host", "panelist", "organizer", "co-organizer", "presenter", "organiser"})


def email_key(email: str) -> str:
    return email.strip().lower()


@lru_cache(maxsize=200_000)  # the same names come back in every report of an edition
def name_key(name: str) -> str:
    """Accents, case, punctuation and word order do not matter: "SILVA, María" is "maria silva"."""
    words = re.findall(r"\w+", fold(name))
    return " ".join(sorted(words))


def name_keys(display: str) -> list[str]:
    """Zoom writes "Shown Name (Original Name)" after a rename: try both, the whole first."""
    keys = [name_key(display)]
    inner = re.fullmatch(r"(.*)\(([^()]+)\)\s*", display)
    if inner:
        keys += [name_key(inner[1]), name_key(inner[2])]
    return [key for key in dict.fromkeys(keys) if key]


@dataclass(frozen=True)
class Match:
    kind: str  # "person", "staff", "dismissed" or "unknown"
    user_id: int | None = None
    how: str = ""


UNKNOWN = Match("unknown")


@dataclass
class Matcher:
    participants: dict[int, tuple[str, list[str]]]  # id -> (name, e-mails including aliases)
    staff_emails: set[str] = field(default_factory=set)
    staff_names: set[str] = field(default_factory=set)
    remembered: dict[str, int | None] = field(default_factory=dict)  # key -> participant id, or None if dismissed

    def __post_init__(self):
        self.by_email: dict[str, int] = {
            email_key(email): user_id for user_id, (_name, emails) in self.participants.items() for email in emails
        }
        self.by_name: dict[str, set[int]] = {}
        for user_id, (name, _emails) in self.participants.items():
            self.by_name.setdefault(name_key(name), set()).add(user_id)
        self.names = list(self.by_name)
        self.seen: dict[tuple[str, str, str], Match] = {}
        # `services.matched`'s answers: a participant's id or 0 by the e-mail as written; an id or a code by the row
        self.by_address: dict[str, int] = {}
        self.decided: dict[tuple[str, str, str], int] = {}

    def match(self, name: str, email: str, role: str = "") -> Match:
        memo = (name, email, role)
        found = self.seen.get(memo)
        if found is None:
            found = self.seen[memo] = self.decide(name, email.strip().lower(), role)
        return found

    def decide(self, name: str, email: str, role: str) -> Match:
        if email in self.by_email:
            return Match("person", self.by_email[email], "email")
        if (email and email in self.staff_emails) or role.lower() in STAFF_ROLES:
            return Match("staff", how="role")
        keys = name_keys(name)
        for key in ([remembered_email(email)] if email else []) + [NAME_PREFIX + key for key in keys]:
            if key in self.remembered:
                user_id = self.remembered[key]
                return Match("person", user_id, "remembered") if user_id else Match("dismissed", how="remembered")
        for key in keys:
            people = self.by_name.get(key, set())
            if len(people) == 1:
                return Match("person", next(iter(people)), "name")
            if len(people) > 1:
                return UNKNOWN  # namesakes: only an organiser can tell them apart
            if key in self.staff_names:
                return Match("staff", how="name")
        for key in keys:
            close = process.extract(key, self.names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=2)
            if len(close) == 1 or (len(close) == 2 and close[0][1] > close[1][1]):
                people = self.by_name[close[0][0]]
                if len(people) == 1:
                    return Match("person", next(iter(people)), "similar name")
        return UNKNOWN

    def suggestions(self, name: str, limit: int = 3) -> list[int]:
        """The participants whose names come reasonably close, for the organiser reviewing a row."""
        found = []
        for key in name_keys(name):
            close_names = process.extract(
                key, self.names, scorer=fuzz.ratio, limit=limit, score_cutoff=SUGGESTION_CUTOFF
            )
            for close, _score, _index in close_names:
                found += sorted(self.by_name[close])
        return list(dict.fromkeys(found))[:limit]


def remembered_email(email: str) -> str:
    return "email:" + email_key(email)


def remembered_key(name: str, email: str) -> str:
    """How an organiser's decision on a row is remembered: by its e-mail if it has one, else its name."""
    return remembered_email(email) if email.strip() else NAME_PREFIX + (name_keys(name) or [""])[0]
