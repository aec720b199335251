"""The codebase keeps its shape: permissions decided only in rules.py, no import cycle between modules."""

import ast
from pathlib import Path

import academy

SOURCE = Path(academy.__file__).parent
# Who counts as staff is the people app's; demo accounts are made staff by the demo loader.
MAY_READ_STAFF_FLAGS = ("people/", "demo/")
STAFF_FLAGS = {"is_staff", "is_superuser"}


def modules():
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if "/migrations/" not in relative:
            yield relative, ast.parse(path.read_text(), filename=relative)


def keywords_of_the_chain(call: ast.Call) -> set[str]:
    """The keyword names of every call in a method chain such as `X.objects.filter(a=1).filter(b=2).exists()`."""
    names = set()
    node = call.func
    while isinstance(node, ast.Attribute | ast.Call):
        if isinstance(node, ast.Call):
            names |= {keyword.arg for keyword in node.keywords if keyword.arg}
            node = node.func
        else:
            node = node.value
    return names


def permission_decisions(relative: str, tree: ast.AST) -> list[str]:
    """Where a module decides on its own whether a person may do something."""
    found = []
    for node in ast.walk(tree):
        where = f"{relative}:{getattr(node, 'lineno', '?')}"
        if relative.startswith(MAY_READ_STAFF_FLAGS):
            continue
        if isinstance(node, ast.Attribute) and node.attr in STAFF_FLAGS and isinstance(node.ctx, ast.Load):
            found.append(f"{where} reads .{node.attr}")
        if isinstance(node, ast.Call):
            looked_up = {keyword.arg for keyword in node.keywords} & STAFF_FLAGS
            if looked_up:
                found.append(f"{where} looks people up by {sorted(looked_up)}")
            if isinstance(node.func, ast.Attribute) and node.func.attr == "exists":
                chain = keywords_of_the_chain(node)
                if {"user", "role"} <= chain or {"user", "role__in"} <= chain:
                    found.append(f"{where} asks whether a person holds a role")
    return found


def test_permissions_are_decided_only_in_rules_py():
    decisions = [
        finding
        for relative, tree in modules()
        if not relative.endswith("rules.py")
        for finding in permission_decisions(relative, tree)
    ]
    assert decisions == []


def test_the_check_finds_a_decision_made_in_a_view():
    view = ast.parse(
        "def page(request):\n"
        "    if request.user.is_staff: pass\n"
        "    Membership.objects.filter(user=request.user, role='organiser').exists()\n"
        "    User.objects.filter(is_superuser=True)\n"
    )
    assert permission_decisions("programme/views.py", view) == [
        "programme/views.py:2 reads .is_staff",
        "programme/views.py:3 asks whether a person holds a role",
        "programme/views.py:4 looks people up by ['is_superuser']",
    ]
