"""The Sustainable Development Goals and their 169 targets (pure: codes and names, no database)."""

from django.utils.translation import gettext_lazy as _

# Goal number -> (name, how many numbered targets, the lettered means-of-implementation targets).
GOALS = {
    1: (_("No poverty"), 5, "ab"),
    2: (_("Zero hunger"), 5, "abc"),
    3: (_("Good health and well-being"), 9, "abcd"),
    4: (_("Quality education"), 7, "abc"),
    5: (_("Gender equality"), 6, "abc"),
    6: (_("Clean water and sanitation"), 6, "ab"),
    7: (_("Affordable and clean energy"), 3, "ab"),
    8: (_("Decent work and economic growth"), 10, "ab"),
    9: (_("Industry, innovation and infrastructure"), 5, "abc"),
    10: (_("Reduced inequalities"), 7, "abc"),
    11: (_("Sustainable cities and communities"), 7, "abc"),
    12: (_("Responsible consumption and production"), 8, "abc"),
    13: (_("Climate action"), 3, "ab"),
    14: (_("Life below water"), 7, "abc"),
    15: (_("Life on land"), 9, "abc"),
    16: (_("Peace, justice and strong institutions"), 10, "ab"),
    17: (_("Partnerships for the goals"), 19, ""),
}


def targets_of(goal: int) -> list[str]:
    _name, numbered, lettered = GOALS[goal]
    return [f"{goal}.{number}" for number in range(1, numbered + 1)] + [f"{goal}.{letter}" for letter in lettered]


ALL_TARGETS = frozenset(target for goal in GOALS for target in targets_of(goal))


def is_target(code: str) -> bool:
    return code in ALL_TARGETS


def goal_name(target: str) -> str:
    """The name of the goal a target belongs to, in the active language: "8.3" -> "Decent work and economic growth"."""
    return str(GOALS[int(target.partition(".")[0])][0])
