"""Fail when any user-facing string of the project is missing, untranslated or fuzzy in fr, es or pt.

The sources are extracted afresh into a scratch copy, so a string added in code but never put in
the catalogues fails too; then each catalogue must translate every entry and compile cleanly.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "academy"
LANGUAGES = ("fr", "es", "pt")


def extracted_msgids(scratch: Path) -> dict[str, set[tuple[str, str]]]:
    copy = scratch / "src" / "academy"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    env = {**os.environ, "PYTHONPATH": str(scratch / "src"), "DJANGO_SETTINGS_MODULE": "academy.settings_test"}
    command = [sys.executable, "-m", "django", "makemessages", "--no-location", "--no-obsolete"]
    command += [f"--locale={code}" for code in LANGUAGES]
    subprocess.run(command, cwd=copy, env=env, check=True, capture_output=True)
    return {
        code: {
            (e.msgctxt or "", e.msgid) for e in polib.pofile(str(copy / "locale" / code / "LC_MESSAGES" / "django.po"))
        }
        for code in LANGUAGES
    }


def main() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        expected = extracted_msgids(Path(scratch))
    for code in LANGUAGES:
        path = PACKAGE / "locale" / code / "LC_MESSAGES" / "django.po"
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        catalogue = polib.pofile(str(path))
        present = {(e.msgctxt or "", e.msgid) for e in catalogue if not e.obsolete}
        for _context, msgid in sorted(expected[code] - present):
            problems.append(f"{code}: not in the catalogue (run `make messages`): {msgid!r}")
        for entry in catalogue:
            if entry.obsolete:
                continue
            if "fuzzy" in entry.flags:
                problems.append(f"{code}: fuzzy: {entry.msgid!r}")
            elif not entry.translated():
                problems.append(f"{code}: untranslated: {entry.msgid!r}")
        check = subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True, text=True)
        if check.returncode:
            problems.append(f"{code}: msgfmt --check failed:\n{check.stderr}")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s).")
        return 1
    print("Translations complete: " + ", ".join(LANGUAGES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
