"""Keep the UI translations in step with the source: lupdate over app/, then lrelease.

    python tools/translations.py           # refresh the .ts files from app/, build the .qm files
    python tools/translations.py --check   # change nothing; exit 1 and say what is out of date

The UI's source strings are Russian; Kazakh and English live in
resources/translations/reportage_<lang>.ts, edited with Qt
Linguist (`pyside6-linguist`) or any text editor, and the compiled .qm files are
committed so a checkout runs without Qt's tools. Russian has a file too, holding
only the plural forms (`self.tr("… %n …", "", count)`): a source string is one
form, and Russian counts in three. Running it twice changes
nothing: lupdate writes no line numbers (`-locations none`) and drops vanished
strings, and lrelease writes the same bytes for the same .ts.

`_tr("…")` in app/ui/actions.py marks the action table's constants; lupdate is
told it is QT_TR_NOOP, which files them under the empty context (where
`actions.translate` looks them up).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "app"
FOLDER = REPO / "resources" / "translations"
LANGUAGES = ("ru", "kk", "en")
PLURALS_ONLY = ("ru",)  # the source language: only its plural forms need translating
COMMAND = "python tools/translations.py"
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete", "-silent",
                   "-source-language", "ru_RU", "-tr-function-alias", "QT_TR_NOOP+=_tr")
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")

Key = tuple[str, str, str]  # (context, source text, disambiguation)


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"reportage_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"reportage_{language}.qm"


def qt_tool(name: str) -> str:
    """Qt's `lupdate`/`lrelease` as PySide6 ships them (or its `pyside6-…` wrapper on PATH)."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    if bundled.is_file():
        return str(bundled)
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return wrapper
    raise SystemExit(f"translations: Qt's {name} not found (install PySide6-Essentials)")


def lupdate(folder: Path) -> None:
    """Merge the strings in app/ into the .ts files in `folder` (created if missing)."""
    for language in LANGUAGES:
        only = ["-pluralonly"] if language in PLURALS_ONLY else []
        subprocess.run([qt_tool("lupdate"), *LUPDATE_OPTIONS, *only, str(SOURCES),
                        "-ts", str(ts_path(language, folder))], check=True, cwd=REPO)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[Key, tuple[tuple[str, ...], str]]:
    """Every message in a .ts file: (context, source) -> (its forms, its `type` or '').

    A message has one form, or one per plural form of the language (`numerus`).
    """
    found: dict[Key, tuple[tuple[str, ...], str]] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms, kind = ("",), ""
            elif message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                kind = translation.get("type", "")
            else:
                forms, kind = (translation.text or "",), translation.get("type", "")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = (forms, kind)
    return found


def problems(folder: Path = FOLDER) -> list[str]:
    """What is out of date or untranslated, one line each; empty when all is well."""
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="reportage-ts-") as scratch:
        fresh_folder = Path(scratch)
        for language in LANGUAGES:
            if ts_path(language, folder).is_file():
                shutil.copy(ts_path(language, folder), ts_path(language, fresh_folder))
        lupdate(fresh_folder)
        for language in LANGUAGES:
            found += _language_problems(language, folder, fresh_folder)
    return found


def _language_problems(language: str, folder: Path, fresh_folder: Path) -> list[str]:
    ts = ts_path(language, folder)
    if not ts.is_file():
        return [f"{ts.name}: missing"]
    committed = messages(ts)
    fresh = messages(ts_path(language, fresh_folder))
    found = [f"{ts.name}: not yet listed: [{c}] {s!r}"
             for c, s, _ in fresh.keys() - committed.keys()]
    found += [f"{ts.name}: no longer in the source: [{c}] {s!r}"
              for c, s, _ in committed.keys() - fresh.keys()]
    for (context, source, _), (forms, kind) in committed.items():
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            found.append(f"{ts.name}: untranslated ({kind or 'empty'}): [{context}] {source!r}")
        elif any(_placeholders(form) != _placeholders(source) for form in forms):
            found.append(f"{ts.name}: placeholders differ from the source: [{context}] "
                         f"{source!r} -> {forms!r}")
    qm = qm_path(language, folder)
    if not qm.is_file() or _differs(qm, committed):
        found.append(f"{qm.name}: not built from the current {ts.name}")
    return found


def _differs(qm: Path, wanted: dict[Key, tuple[tuple[str, ...], str]]) -> bool:
    """Whether the compiled file answers otherwise than its .ts says.

    Asked through Qt itself rather than compared byte for byte, so another
    release of lrelease writing other bytes for the same answers is no change.
    """
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return True
    for (context, source, comment), (forms, kind) in wanted.items():
        if kind or not all(forms):
            continue  # untranslated: reported above
        asked = [(1, forms[0]), (5, forms[-1])] if len(forms) > 1 else [(-1, forms[0])]
        for count, form in asked:
            answer = translator.translate(context, source, comment or None, count)
            if answer != form.replace("%n", str(count)) and answer != form:
                return True
    return False


def _placeholders(text: str) -> list[str]:
    """`{name}` fields (a translation that loses one breaks `.format`) and Qt's `%n`."""
    return sorted(_PLACEHOLDER.findall(text))


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lupdate(folder)
    for language in LANGUAGES:
        lrelease(ts_path(language, folder), qm_path(language, folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list what is out of date or untranslated")
    args = parser.parse_args(argv)
    if not args.check:
        update()
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"translations: {len(found)} problem(s). Translate the entries in "
              f"resources/translations/*.ts (pyside6-linguist), then run: {COMMAND}",
              file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
