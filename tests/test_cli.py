"""The command-line contract: outputs and exit codes."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from app.cli import main
from tests.helpers import ROOT, SHIPPED_DECK, write_deck

IMPORT_SAMPLE = ROOT / "tests" / "deck" / "reports" / "shipped-excerpt.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    """Run main.py as a user would, in a fresh process."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, check=False, timeout=120)


def test_outline_json_lists_opening_chapters_closing(capsys):
    assert main(["outline", str(SHIPPED_DECK), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    titles = [c["title"] for c in data["chapters"]]
    assert titles[1:4] == ["Токио не любит сюрпризов", "Токио любит надолго", "Токио помнит"]
    assert len(titles) == 5
    assert [c["role"] for c in data["chapters"]] == [
        "opening", "chapter", "chapter", "chapter", "closing"]
    indices = [s["index"] for c in data["chapters"] for s in c["slides"]]
    assert indices == list(range(1, len(indices) + 1))
    assert all({"index", "kind", "title"} <= set(s) for c in data["chapters"] for s in c["slides"])


def test_outline_text(capsys):
    assert main(["outline", str(SHIPPED_DECK)]) == 0
    out = capsys.readouterr().out
    assert "Токио помнит" in out
    assert "  1  " in out


def test_export_text_follows_the_slides(capsys):
    assert main(["export", str(SHIPPED_DECK), "--text"]) == 0
    out = capsys.readouterr().out
    first = out.index("Во второй день официального визита")
    last = out.index("Автор: Айсултан Кульшманов")
    assert first < out.index("Токио помнит") < last


@pytest.mark.parametrize("command", ["check", "outline", "export"])
def test_a_path_that_is_not_a_deck_is_one_line_and_exit_2(tmp_path, command):
    extra = ["--text"] if command == "export" else []
    result = run(command, str(tmp_path / "nope"), *extra)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not a deck" in result.stderr
    assert "Traceback" not in result.stderr


def test_reader_on_a_path_that_is_not_a_deck(tmp_path):
    result = run(str(tmp_path))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_check_shipped_deck_is_clean():
    result = run("check", str(SHIPPED_DECK))
    assert result.stdout == ""
    assert result.returncode == 0


def test_check_exit_codes_and_format(tmp_path):
    warn = write_deck(tmp_path / "warn", {"a.md": "# A\n---\nkind: text\ntitel: x\n\nТекст\n"})
    result = run("check", str(warn))
    assert result.returncode == 1
    assert result.stdout.strip() == (
        f"{warn / 'a.md'}:4: warning: unknown attribute 'titel' (did you mean 'title'?)")
    bad = write_deck(tmp_path / "bad", {"a.md": "kind: photo\nimage: nowhere\n\n# A\n"})
    result = run("check", str(bad))
    assert result.returncode == 2
    assert f"{bad / 'a.md'}:1: error:" in result.stdout


def test_check_never_prints_a_traceback(tmp_path):
    root = tmp_path / "garbage"
    root.mkdir()
    (root / "deck.toml").write_bytes(b"\x00\xff[[[ title = \n")
    result = run("check", str(root))
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.startswith(f"{root / 'deck.toml'}:1: error:")


def test_version_and_help():
    assert "reportage" in run("--version").stdout
    help_text = run("--help").stdout
    for command in ("present", "export", "check", "outline", "bench"):
        assert command in help_text


def test_export_png(tmp_path):
    root = write_deck(tmp_path / "d", {"a.md": "# Один\n---\nkind: quote\nspeaker: Я\n\n> Да\n"})
    out = tmp_path / "png"
    result = run("export", str(root), "--png", str(out), "--size", "640x360")
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2
    assert all(name.endswith(".png") for name in files)


def test_bad_size_is_a_usage_error(tmp_path):
    result = run("export", str(SHIPPED_DECK), "--png", str(tmp_path), "--size", "big")
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr


def test_present_start_out_of_range_is_one_line_and_exit_2():
    result = run("present", str(SHIPPED_DECK), "--start", "999")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("reportage: no slide 999")


def test_screen_numbers_count_from_one_and_names_pass_through():
    from app.cli import _screen

    assert _screen("2") == 1
    assert _screen("HDMI-1") == "HDMI-1"
    with pytest.raises(argparse.ArgumentTypeError):
        _screen("0")


def test_export_pdf_with_notes(tmp_path):
    out = tmp_path / "handout.pdf"
    result = run("export", str(SHIPPED_DECK), "--pdf", str(out), "--notes")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "pages in" in result.stderr


def test_import_writes_a_draft_deck_and_never_overwrites(tmp_path):
    out = tmp_path / "draft"
    result = run("import", str(IMPORT_SAMPLE), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "deck.toml").exists()
    assert "chapters (3): Токио не любит сюрпризов | Токио любит надолго | Токио помнит" \
        in result.stdout
    assert "Ёрико Кавагучи" in result.stdout
    assert run("check", str(out)).returncode == 0
    again = run("import", str(IMPORT_SAMPLE), "--out", str(out))
    assert again.returncode == 2
    assert "nothing was written" in again.stderr


def test_import_dry_run_prints_the_decisions_and_writes_nothing(tmp_path):
    out = tmp_path / "draft"
    result = run("import", str(IMPORT_SAMPLE), "--out", str(out), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("title: ")
    assert "credits: Автор: Айсултан Кульшманов [author]" in result.stdout
    assert "12 turns: Корреспондент / Ерсайын Нагаспаев" in result.stdout
    assert not out.exists()
    assert run("import", str(IMPORT_SAMPLE), "--dry-run").returncode == 0


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"), (b"  \n\t\n", "empty"),
    ("Отчёт о поездке.".encode("utf-16-le"), "UTF-16 text without a byte-order mark")])
def test_import_refuses_what_it_cannot_read_in_one_line(tmp_path, content, reason):
    report = tmp_path / "report.txt"
    report.write_bytes(content)
    result = run("import", str(report), "--out", str(tmp_path / "d"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert reason in result.stderr
    assert not (tmp_path / "d").exists()


def test_import_of_a_missing_report_is_one_line(tmp_path):
    result = run("import", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "d"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_broken_deck_is_not_exported_by_accident(tmp_path):
    root = write_deck(tmp_path / "bad", {}, manifest='title = "x\n[[chapters]\n')
    for args in (["--pdf", str(tmp_path / "o.pdf")], ["--png", str(tmp_path / "png")],
                 ["--text"]):
        result = run("export", str(root), *args)
        assert result.returncode == 2, args
        assert f"{root / 'deck.toml'}:1: error: bad TOML" in result.stderr
    assert not (tmp_path / "o.pdf").exists()
    outline = run("outline", str(root), "--json")
    assert outline.returncode == 1
    assert "bad TOML" in outline.stderr
    present = run("present", str(root))
    assert present.returncode == 2
    assert "bad TOML" in present.stderr


def test_force_exports_a_deck_with_a_missing_picture(tmp_path):
    root = write_deck(tmp_path / "d", {"a.md": "kind: photo\nimage: nowhere\n\n# A\n"})
    out = tmp_path / "png"
    assert run("export", str(root), "--png", str(out)).returncode == 2
    assert run("export", str(root), "--png", str(out), "--force").returncode == 0
    assert len(list(out.iterdir())) == 1
