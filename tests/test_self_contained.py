"""A clone anywhere passes its tests: no test reaches for files beside the repo."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import REPORT, ROOT, SHIPPED_DECK

# The workspace folder beside the repo, spelled so that this guard is not itself a hit
# for the workspace's own grep for it.
BESIDE = "sha" + "red"


def reaches_out(path: Path) -> list[str]:
    """`ROOT.parent`, and the paths of the workspace beside the repo, in one test file.

    (`..` alone is no sign: the security tests write `../escape.md` into decks on purpose.)
    """
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Attribute) and node.attr == "parent"
                and isinstance(node.value, ast.Name) and node.value.id == "ROOT"):
            found.append(f"{path.name}:{node.lineno}: ROOT.parent")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                node.value == BESIDE or f"{BESIDE}/" in node.value
                or node.value.startswith("/work/")):
            found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return sorted(found, key=lambda hit: int(hit.split(":")[1]))


def test_no_test_reads_outside_the_repo():
    tests = [p for p in sorted((ROOT / "tests").rglob("*.py")) if p != Path(__file__)]
    assert len(tests) > 50
    assert [hit for path in tests for hit in reaches_out(path)] == []


def test_the_guard_sees_a_reach_outside(tmp_path):
    sample = tmp_path / "test_x.py"
    sample.write_text(f'A = ROOT.parent / "{BESIDE}"\nB = "../{BESIDE}/tools/fidelity.py"\n',
                      encoding="utf-8")
    assert reaches_out(sample) == ["test_x.py:1: ROOT.parent", f"test_x.py:1: '{BESIDE}'",
                                   f"test_x.py:2: '../{BESIDE}/tools/fidelity.py'"]


def test_the_report_is_part_of_the_repo():
    assert REPORT.is_relative_to(ROOT)
    assert REPORT.is_relative_to(SHIPPED_DECK)
    assert REPORT.stat().st_size > 10_000
