"""axe-core (npm's, pinned in package.json, installed by `make test` into node_modules/) run on every page the
browser tests visit: the fixtures hand out pages that check each new document, once it has loaded, at the
test's next call on the page, and every page still open is checked again when the test ends. Any violation of impact
serious or critical under WCAG 2.x A and AA fails the test, listing the rule, its impact, the elements and
the page.

The script is given to the page by `page.evaluate`, not by a <script> tag, so the pages keep their Content
Security Policy during the tests (docs/decisions.md).
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
FAILING_IMPACTS = {"serious", "critical"}

# Runs axe (loaded into the page beforehand: its own global, nothing else) on the whole document.
RUN = """async (tags) => {
  const results = await window.axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}"""


@dataclass(frozen=True)
class Violation:
    url: str
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.rule} ({self.impact}) on {self.url}: {self.help}; at {', '.join(self.targets)}"


@cache
def source() -> str:
    return AXE.read_text(encoding="utf-8")


def violations_on(page) -> list[Violation]:
    """Every WCAG 2.x A/AA violation axe finds on the page as it is now, whatever its impact."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(source())  # a script evaluated by the test's driver: no <script> tag, no CSP exception
    found = page.evaluate(RUN, TAGS)
    return [
        Violation(url=page.url, rule=v["id"], impact=v["impact"], help=v["help"], targets=tuple(v["targets"]))
        for v in found
    ]


def checkable(page) -> bool:
    """A page of a server (not about:blank, not a download) that has finished loading."""
    if page.is_closed() or not page.url.startswith(("http://", "https://")):
        return False
    try:
        return page.evaluate("document.readyState === 'complete' && document.contentType === 'text/html'")
    except Exception:  # the page went away in the meantime: nothing to check
        return False


class Checker:
    """Checks the pages of the browser contexts it watches; keeps what it found until the test ends."""

    def __init__(self):
        self.violations: list[Violation] = []
        self.pages_checked: list[str] = []
        # Each page seen, and what its main frame did since its last check: None, "committed" or "loaded".
        self.state: dict = {}

    def watch(self, context) -> "CheckedContext":
        """The context, whose pages (popups included) are checked."""
        context.on("page", self.watch_page)
        return CheckedContext(context, self)

    def watch_page(self, page) -> None:
        if page in self.state:
            return
        self.state[page] = None

        # Only notes here: Playwright's event handlers run beside the test, so the check waits for the test.
        def committed(frame):
            if frame == page.main_frame:
                self.state[page] = "committed"

        page.on("framenavigated", committed)
        page.on("load", lambda _: self.state.__setitem__(page, "loaded"))

    def check_if_new(self, page) -> None:
        """Check the page if it shows a document not checked yet, once that document has loaded."""
        state = self.state.get(page)
        if state is None:
            return
        self.state[page] = None
        if state == "committed":  # the test goes on from a click that opened a page: let it load first
            page.wait_for_load_state("load")
        self.check(page)

    def check(self, page) -> None:
        if not checkable(page):
            return
        try:
            found = violations_on(page)
        except Exception as error:
            if "context was destroyed" in str(error):  # the page went on by itself (a refresh): checked on load
                return
            raise
        self.pages_checked.append(page.url)
        self.violations.extend(v for v in found if v not in self.violations)

    def check_open_pages(self) -> None:
        """Each page still open, as the test leaves it."""
        for page in list(self.state):
            self.state[page] = None
            self.check(page)

    def failing(self) -> list[Violation]:
        return [v for v in self.violations if v.impact in FAILING_IMPACTS]

    def report(self) -> str:
        failing = self.failing()
        lines = [f"axe-core: {len(failing)} serious or critical WCAG 2.x A/AA violation(s):"]
        lines += [f"  - {v}" for v in failing]
        return "\n".join(lines)


class CheckedContext:
    """A Playwright browser context whose new pages are CheckedPages."""

    def __init__(self, context, checker: Checker):
        self._context, self._checker = context, checker

    def new_page(self) -> "CheckedPage":
        page = self._context.new_page()
        self._checker.watch_page(page)
        return CheckedPage(page, self._checker)

    def __getattr__(self, name):
        return getattr(self._context, name)


class CheckedPage:
    """A Playwright page that, before doing what the test asks, checks the document it shows if it is new since
    the last check (waiting for it to load if needed): every page a test reaches is checked before the test
    acts on it, and so before it leaves it, in the test's own flow, not while the test changes it."""

    def __init__(self, page, checker: Checker):
        self._page, self._checker = page, checker

    def __getattr__(self, name):
        self._checker.check_if_new(self._page)
        return getattr(self._page, name)
