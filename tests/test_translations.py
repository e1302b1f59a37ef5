"""Every UI string goes through Qt's translation, and every translation is there and built.

Fix for most failures here: translate the entries in resources/translations/*.ts
(pyside6-linguist or a text editor), then run `python tools/translations.py`.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIX = ("Translate the entries in resources/translations/*.ts (pyside6-linguist), "
       "then run: python tools/translations.py")


def _load_tool():
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  REPO / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def test_translations_are_complete_in_sync_and_built():
    problems = tool.problems()
    assert not problems, "\n".join([*problems, FIX])


def test_the_check_notices_a_missing_translation_and_a_stale_qm(tmp_path):
    for path in tool.FOLDER.iterdir():
        shutil.copy(path, tmp_path / path.name)
    ts = tool.ts_path("en", tmp_path)
    text = ts.read_text(encoding="utf-8")
    text = text.replace("<translation>&amp;Open Deck…</translation>",
                        '<translation type="unfinished"></translation>')
    ts.write_text(text.replace("<translation>&amp;Quit</translation>",
                               "<translation>E&amp;xit</translation>"), encoding="utf-8")
    problems = tool.problems(tmp_path)
    assert any("untranslated" in line and "Открыть колоду" in line for line in problems)
    assert "reportage_en.qm: not built from the current reportage_en.ts" in problems
    assert not any(line.startswith("reportage_kk") for line in problems)


def test_the_check_notices_a_lost_placeholder(tmp_path):
    for path in tool.FOLDER.iterdir():
        shutil.copy(path, tmp_path / path.name)
    ts = tool.ts_path("kk", tmp_path)
    text = ts.read_text(encoding="utf-8")
    assert "<translation>қосалқы: {title}</translation>" in text
    ts.write_text(text.replace("қосалқы: {title}", "қосалқы"), encoding="utf-8")
    assert any("placeholders differ" in line for line in tool.problems(tmp_path))


# -- no UI string bypasses translation ---------------------------------------------------

# The windows, and the presentation state whose words the console shows.
UI_SOURCES = sorted((REPO / "app" / "ui").glob("*.py")) + sorted(
    (REPO / "app" / "present").glob("*.py"))
CYRILLIC = re.compile("[\u0400-\u04ff]")
TRANSLATING = {"tr", "translate", "_tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
# Cyrillic literals that are meant to stay as they are, each with its reason.
ALLOWED = {
    ("actions.py", "&Вид"): "VIEW_GROUP: the key of a group whose title the table translates",
    ("language.py", "Русский"): "each language names itself in the language menu",
    ("language.py", "Қазақша"): "each language names itself in the language menu",
    ("text_writer.py", "М"): "a Cyrillic em measures the line length; it is never shown",
}
# Calls that translate text marked elsewhere: the action table's helper (its
# strings are the table's `_tr` literals). The bare `translate(…)` that calls it
# is that helper too, so it is not asked for a literal.
VARIABLE_TEXT = {("actions.py", "QCoreApplication.translate(CONTEXT, text)")}


APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _translating(node: ast.AST) -> bool:
    """tr(), Q*Application.translate(), and the bare markers; not painter.translate()."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr == "tr" or (func.attr == "translate" and isinstance(func.value, ast.Name)
                                     and func.value.id in APPLICATIONS)
    return _name(func) in TRANSLATING


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) \
                and node.body and isinstance(node.body[0], ast.Expr) \
                and isinstance(node.body[0].value, ast.Constant):
            found.add(id(node.body[0].value))
    return found


def translation_problems(path: Path) -> list[str]:
    """Cyrillic text outside tr()/translate(), and tr() calls lupdate cannot read right.

    `self.tr` and `Class.tr` are filed by lupdate under the class Qt looks in;
    `parent.tr` is filed under «parent», where Qt never looks.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    translated: set[int] = set()
    found = []
    for node in ast.walk(tree):
        if not _translating(node):
            continue
        translated.update(id(sub) for sub in ast.walk(node))
        where = f"{path.name}:{node.lineno}"
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" \
                and not (isinstance(func.value, ast.Name)
                         and (func.value.id == "self" or func.value.id[:1].isupper())):
            found.append(f"{where}: `{ast.unparse(func)}(…)`: lupdate files it under "
                         f"'{ast.unparse(func.value)}', Qt looks it up under the object's "
                         "class; use self.tr or QCoreApplication.translate('Class', …)")
        if isinstance(func, ast.Name) and func.id == "translate" \
                or (path.name, ast.unparse(node)) in VARIABLE_TEXT:
            continue
        texts = node.args[:2] if isinstance(func, ast.Attribute) and func.attr == "translate" \
            else node.args[:1]
        for arg in texts:
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                found.append(f"{where}: `{ast.unparse(node)[:60]}`: lupdate reads only "
                             "literal text; translate the literal, then .format() it")
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and CYRILLIC.search(node.value) and id(node) not in docstrings \
                and id(node) not in translated and (path.name, node.value) not in ALLOWED:
            found.append(f"{path.name}:{node.lineno}: {node.value[:50]!r} is shown untranslated; "
                         "wrap it in self.tr(…) or QCoreApplication.translate(…)")
    return found


@pytest.mark.parametrize("path", UI_SOURCES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_ui_string_is_translatable(path):
    problems = translation_problems(path)
    assert not problems, "\n".join([*problems, FIX])


@pytest.mark.parametrize(("source", "complaint"), [
    ('label.setText("Открыть")', "shown untranslated"),
    ('QMessageBox.warning(self, "Reportage", f"Нет файла {name}")', "shown untranslated"),
    ('TITLES = {"x": "Заголовок"}', "shown untranslated"),
    ('self.setWindowTitle(self.tr(f"Окно {n}"))', "literal text"),
    ('box.setText(parent.tr("Готово"))', "lupdate files it under 'parent'"),
])
def test_the_scan_catches_strings_that_bypass_translation(tmp_path, source, complaint):
    path = tmp_path / "widget.py"
    path.write_text(f'"""Докстрока — не интерфейс."""\n{source}\n', encoding="utf-8")
    problems = translation_problems(path)
    assert len(problems) == 1
    assert complaint in problems[0]


def test_the_scan_lets_translated_strings_pass(tmp_path):
    path = tmp_path / "widget.py"
    path.write_text('label.setText(self.tr("Открыть {n}").format(n=n))\n'
                    'QCoreApplication.translate("Bar", "мин")\n', encoding="utf-8")
    assert translation_problems(path) == []
