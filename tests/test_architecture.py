"""The codebase keeps its shape: permissions decided only in rules.py, no import cycle between modules,
services that write take keyword-only arguments."""

import ast
from pathlib import Path

import networkx as nx
from django.utils.module_loading import import_string
from django_tasks.base import Task

import academy

SOURCE = Path(academy.__file__).parent
# Who counts as staff is the people app's; demo accounts are made staff by the demo loader.
MAY_READ_STAFF_FLAGS = ("people/", "demo/")
STAFF_FLAGS = {"is_staff", "is_superuser"}
# Business rules live in each app's services.py and in these modules named for what they do.
SERVICE_MODULES = (
    "applications/decisions.py",
    "brain/articles.py",
    "brain/community.py",
    "brain/followups.py",
    "brain/knowledge.py",
    "brain/marketplace.py",
    "brain/messaging.py",
    "brain/profiles.py",
    "brain/suggestions.py",
    "programme/importer.py",
    "reports/builds.py",
)
# Calls that write: the ORM, e-mail, the task queue, the audit log, the search index.
WRITE_CALLS = {
    "save", "create", "bulk_create", "bulk_update", "get_or_create", "update_or_create", "update", "delete",
    "send", "send_mail", "mail_person", "enqueue_after_commit", "on_commit", "log_action", "store", "remove",
}  # fmt: skip
# Get-or-create accessors: they read a row, making the default one on first use, and stay positional
# like the queries around them (`call_for(edition).word_limit`); see docs/decisions.md.
ACCESSORS = {
    "applications/services.py:call_for",
    "attendance/services.py:badge_of",
    "attendance/services.py:self_check_in_code",
    "brain/profiles.py:profile_of",
}


def modules():
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if "/migrations/" not in relative:
            yield relative, ast.parse(path.read_text(), filename=relative)


def module_name(relative: str) -> str:
    name = "academy." + relative.removesuffix(".py").replace("/", ".")
    return name.removesuffix(".__init__")


def imported_modules(name: str, tree: ast.AST, known: set[str]) -> set[str]:
    """The project's modules this module imports, at its top or inside a function."""
    package = (
        name if name in {m.rsplit(".", 1)[0] for m in known if m.startswith(name + ".")} else name.rsplit(".", 1)[0]
    )
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], *filter(None, [base])]
                )
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph(trees: dict[str, ast.AST]) -> nx.DiGraph:
    graph = nx.DiGraph()
    known = set(trees)
    for name, tree in trees.items():
        graph.add_node(name)
        graph.add_edges_from((name, target) for target in imported_modules(name, tree, known))
    return graph


def cycles(graph: nx.DiGraph) -> list[list[str]]:
    return sorted(sorted(group) for group in nx.strongly_connected_components(graph) if len(group) > 1)


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


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph({module_name(relative): tree for relative, tree in modules()})
    assert graph.number_of_edges() > 300
    assert cycles(graph) == []


def test_the_import_check_sees_a_cycle_hidden_in_a_function():
    trees = {
        "academy.shop.services": ast.parse("def buy():\n    from academy.shop.tasks import ship\n"),
        "academy.shop.tasks": ast.parse("from academy.shop import services\n"),
        "academy.shop": ast.parse(""),
    }
    assert cycles(import_graph(trees)) == [["academy.shop.services", "academy.shop.tasks"]]


def test_every_task_a_service_names_is_a_task():
    named = [
        (relative, node.args[0].value)
        for relative, tree in modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", getattr(node.func, "attr", None)) == "enqueue_after_commit"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    assert len(named) >= 7
    for relative, path in named:
        assert isinstance(import_string(path), Task), (relative, path)


def is_service_module(relative: str) -> bool:
    return relative.endswith("/services.py") or relative in SERVICE_MODULES


def takes_positional(function: ast.FunctionDef) -> bool:
    return bool(function.args.posonlyargs or function.args.args)


def called_names(function: ast.FunctionDef, keyword_only: set[str]) -> set[str]:
    """The names a function calls; a call with positional arguments is not one of a keyword-only function."""
    names = set()
    for call in ast.walk(function):
        if isinstance(call, ast.Call):
            name = getattr(call.func, "attr", getattr(call.func, "id", None))
            if not (call.args and name in keyword_only):
                names.add(name)
    return names


def writing_functions(trees: dict[str, ast.Module]) -> dict[str, ast.FunctionDef]:
    """Every public function of the service modules that writes, by `module:function`.

    A function writes when it calls one of WRITE_CALLS, or a keyword-only function of any service module
    (called with keywords only, so `", ".join(...)` is not `programme.services.join`), or a function of its
    own module that writes. The get-or-create ACCESSORS are not counted, nor is what calls them.
    """
    keyword_only = {
        function.name
        for tree in trees.values()
        for function in tree.body
        if isinstance(function, ast.FunctionDef) and function.args.kwonlyargs and not takes_positional(function)
    }
    found = {}
    for relative, tree in trees.items():
        functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
        called = {
            name: called_names(function, keyword_only)
            for name, function in functions.items()
            if f"{relative}:{name}" not in ACCESSORS
        }
        writes = {name for name, names in called.items() if names & (WRITE_CALLS | keyword_only)}
        while more := {name for name, names in called.items() if names & writes} - writes:
            writes |= more
        found |= {f"{relative}:{name}": functions[name] for name in writes if not name.startswith("_")}
    return found


def positional_writers(trees: dict[str, ast.Module]) -> list[str]:
    return sorted(name for name, function in writing_functions(trees).items() if takes_positional(function))


def test_services_that_write_take_keyword_only_arguments():
    """Every public function of a service module that writes starts its signature with `*`.

    The rule: a function writes when it saves, creates, updates or deletes rows, sends e-mail, enqueues
    work, logs an action or changes the search index, directly or through a function of its own module,
    or when it calls another service function that is keyword-only (a writer, by this same rule).
    Read-only helpers (`participants(edition)`, `timetable(edition, user)`) may stay positional. So may the
    get-or-create accessors in ACCESSORS, which make a default row the first time it is read.
    """
    trees = {relative: tree for relative, tree in modules() if is_service_module(relative)}
    writers = writing_functions(trees)
    assert len(writers) > 80
    defined = {
        f"{relative}:{node.name}"
        for relative, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
    }
    assert ACCESSORS - defined == set()
    assert positional_writers(trees) == []


def test_the_check_finds_a_positional_writer():
    services = ast.parse(
        "def basket(user):\n    return ', '.join(Basket.objects.filter(user=user).values_list('name', flat=True))\n"
        "def buy(user, item):\n    _ship(item)\n"
        "def _ship(item):\n    item.save()\n"
        "def join(*, user, club):\n    Member.objects.create(user=user, club=club)\n"
        "def checkout(basket):\n    join(user=basket.user, club=basket.club)\n"
    )
    assert positional_writers({"shop/services.py": services}) == ["shop/services.py:buy", "shop/services.py:checkout"]
