"""Who takes the course, who follows everyone's progress and edits it. Every permission of the app is here."""

import rules

from academy.editions.models import Edition
from academy.editions.rules import can_manage_edition, is_participant

# Each course row's parent, up to the edition.
PARENTS = {
    "Course": "edition", "Module": "course", "Lesson": "module", "LessonImage": "lesson",
    "Quiz": "module", "Question": "quiz", "Option": "question",
}  # fmt: skip


def edition_of(obj) -> Edition | None:
    """The edition of a course row, up through its parents; None (any edition) for anything else."""
    while obj is not None and not isinstance(obj, Edition):
        parent = PARENTS.get(type(obj).__name__)
        obj = getattr(obj, parent) if parent else None
    return obj


@rules.predicate
def manages_course(user, obj=None) -> bool:
    return can_manage_edition(user, edition_of(obj))


@rules.predicate
def takes_course(user, obj) -> bool:
    return obj is not None and is_participant(user, edition_of(obj))


rules.add_perm("learning.take_course", takes_course)
# Organisers see the course as participants do, to check it before it opens.
rules.add_perm("learning.read_course", takes_course | manages_course)
rules.add_perm("learning.manage_course", manages_course)
for model in ("course", "module", "lesson", "lessonimage", "quiz", "question", "option"):
    for action in ("view", "add", "change", "delete"):
        rules.add_perm(f"learning.{action}_{model}", manages_course)
