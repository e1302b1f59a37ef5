"""The command-line contract: outputs and exit codes."""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import subprocess
import sys

import pytest

from app.cli import main
from app.deck.loader import load_deck
from tests.helpers import REPORT, ROOT, SHIPPED_DECK, write_deck


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


HIDDEN_DECK = {"a.md": "# Один\n---\n# Два\n---\nhidden: true\n\n# Запасной\n---\n# Три\n"}


def test_outline_numbers_slides_as_the_reader_does(tmp_path, capsys):
    """Backup slides have no number, here as in the reader, the console and the footers."""
    root = write_deck(tmp_path / "d", HIDDEN_DECK)
    deck = load_deck(root)[0]
    numbers = deck.slide_numbers()
    assert main(["outline", str(root), "--json"]) == 0
    slides = json.loads(capsys.readouterr().out)["chapters"][0]["slides"]
    assert [s["number"] for s in slides] == [1, 2, None, 3]
    assert [s["number"] for s in slides] == [numbers.get(s["index"] - 1) for s in slides]
    assert [s["index"] for s in slides] == [1, 2, 3, 4]
    assert main(["outline", str(root)]) == 0
    lines = capsys.readouterr().out.splitlines()[-4:]
    assert lines == ["    1  Один", "    2  Два", "    –  Запасной (запасной)", "    3  Три"]


def test_outline_of_the_shipped_deck_counts_as_the_console(capsys, shipped_deck):
    assert main(["outline", str(SHIPPED_DECK), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    numbers = [s["number"] for c in data["chapters"] for s in c["slides"]]
    visible = [n for n in numbers if n is not None]
    assert visible == list(range(1, len(shipped_deck.slide_numbers()) + 1))
    assert len(numbers) - len(visible) == sum(s.hidden for s in shipped_deck.slides)


def test_export_png_leaves_backup_slides_out_unless_hidden(tmp_path):
    root = write_deck(tmp_path / "d", HIDDEN_DECK)
    result = run("export", str(root), "--png", str(tmp_path / "png"), "--size", "64x36")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "png").iterdir()) == [
        "001-a-1.png", "002-a-2.png", "003-a-4.png"]
    result = run("export", str(root), "--png", str(tmp_path / "all"), "--size", "64x36",
                 "--hidden")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == [
        "001-a-1.png", "002-a-2.png", "002.1-a-3.png", "003-a-4.png"]


@pytest.mark.parametrize(("theme", "paper"), [("sepia", (0xF4, 0xEC, 0xD8)),
                                               ("contrast", (0, 0, 0))])
def test_export_png_in_a_chosen_theme(tmp_path, theme, paper):
    from PIL import Image

    root = write_deck(tmp_path / "d", HIDDEN_DECK)
    result = run("export", str(root), "--png", str(tmp_path / "png"), "--size", "64x36",
                 "--theme", theme)
    assert result.returncode == 0, result.stderr
    first = sorted((tmp_path / "png").iterdir())[0]
    assert Image.open(first).convert("RGB").getpixel((1, 1)) == paper


def test_export_refuses_an_unknown_theme(tmp_path):
    result = run("export", str(SHIPPED_DECK), "--png", str(tmp_path / "png"),
                 "--theme", "../../etc/passwd")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert not (tmp_path / "png").exists()
def test_export_epub_and_html_write_the_book_and_say_where(tmp_path):
    root = write_deck(tmp_path / "d", HIDDEN_DECK)
    result = run("export", str(root), "--epub", str(tmp_path / "out" / "book.epub"))
    assert result.returncode == 0, result.stderr
    assert f"chapters in {tmp_path / 'out' / 'book.epub'}" in result.stderr
    result = run("export", str(root), "--html", str(tmp_path / "page"))
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (tmp_path / "page").iterdir()] == ["index.html"]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("export", str(root), "--html", str(blocker / "page"))
    assert result.returncode == 2
    assert result.stderr.startswith("reportage: cannot write to")


def test_export_text_follows_the_slides(capsys):
    assert main(["export", str(SHIPPED_DECK), "--text"]) == 0
    out = capsys.readouterr().out
    first = out.index("Во второй день официального визита")
    last = out.index("Автор: Айсултан Кульшманов")
    assert first < out.index("Токио помнит") < last


@pytest.mark.parametrize("command", ["check", "outline", "export"])
def test_a_path_that_is_not_a_deck_is_one_line_and_exit_2(tmp_path, command):
    extra = ["--text"] if command == "export" else []
    (tmp_path / "notes.txt").write_text("x")
    for path, says in ((tmp_path / "nope", "no such file or folder"),
                       (tmp_path, "not a deck (no deck.toml"),
                       (tmp_path / "notes.txt", "not a deck (a deck is a folder")):
        result = run(command, str(path), *extra)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith(f"reportage: {path}: {says}")
        assert "Traceback" not in result.stderr


def test_a_file_name_after_export_text_gets_the_way_to_write_one(tmp_path, capsys):
    assert main(["export", "--text", str(tmp_path / "out.txt")]) == 2
    error = capsys.readouterr().err
    assert "no such file or folder" in error
    assert "--text writes to standard output" in error
    assert not (tmp_path / "out.txt").exists()


def test_reader_on_a_path_that_is_not_a_deck(tmp_path):
    result = run(str(tmp_path))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_deck_toml_path_opens_its_folder(capsys, qapp):
    assert main(["outline", str(SHIPPED_DECK / "deck.toml")]) == 0
    by_file = capsys.readouterr().out
    assert main(["outline", str(SHIPPED_DECK)]) == 0
    assert by_file == capsys.readouterr().out
    by_file_code = main(["check", str(SHIPPED_DECK / "deck.toml")])
    by_file = capsys.readouterr()
    assert by_file_code == main(["check", str(SHIPPED_DECK)])
    assert by_file == capsys.readouterr()
    assert "source: " in by_file.err


@pytest.mark.parametrize(("typed", "hint"), [("exprot", "did you mean 'export'?"),
                                             ("outlines", "did you mean 'outline'?"),
                                             ("zzz", "commands: read, present, export")])
def test_an_unknown_command_names_the_commands(typed, hint, tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), typed], cwd=tmp_path,
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert hint in result.stderr
    assert "check" in result.stderr


def test_a_closed_pipe_ends_quietly():
    """`outline | head -1`: the reader is gone before the first line is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "outline", str(SHIPPED_DECK)],
                            stdout=write_end, stderr=subprocess.PIPE, text=True, check=False,
                            timeout=120)
    os.close(write_end)
    assert (result.returncode, result.stderr) == (0, "")


def test_export_progress_is_redrawn_only_on_a_terminal(tmp_path):
    deck = write_deck(tmp_path / "d", {"a.md": "# Один\n---\n# Два\n"})
    piped = run("export", str(deck), "--png", str(tmp_path / "piped"), "--size", "64x36")
    assert piped.returncode == 0
    assert "\r" not in piped.stderr
    assert piped.stderr == f"2 PNG files in {tmp_path / 'piped'}\n"
    leader, follower = pty.openpty()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(deck), "--png",
                             str(tmp_path / "tty"), "--size", "64x36"], stderr=follower,
                            stdout=subprocess.DEVNULL, check=False, timeout=120)
    os.close(follower)
    seen = os.read(leader, 4096).decode()
    os.close(leader)
    assert result.returncode == 0
    assert "\r1/2\r2/2" in seen


def test_check_shipped_deck_is_clean():
    result = run("check", str(SHIPPED_DECK))
    assert result.stdout == ""
    assert result.returncode == 0


def test_check_of_the_shipped_deck_uses_its_source(capsys, qapp):
    """Every sentence carried and every quote, turn and anecdote step verbatim."""
    code = main(["check", str(SHIPPED_DECK)])
    out, err = capsys.readouterr()
    assert code == 0
    assert out == ""
    summary = err.strip().splitlines()[-1]
    assert re.fullmatch(r"source: (\d+)/\1 sentences carried \(100%\), (\d+)/\2 quotes verbatim",
                        summary), summary


def test_check_source_names_lost_sentences_and_altered_quotes(tmp_path, capsys, qapp):
    root = write_deck(tmp_path / "d", {"a.md": (
        "# Первое предложение.\n\n---\nkind: quote\nspeaker: Она\n\n"
        "> Мы написали и отправили.\n")})
    source = tmp_path / "report.txt"
    source.write_text("Первое предложение. Второе предложение.\nОна: Мы написали и "
                      "отправили листок.\n", encoding="utf-8")
    assert main(["check", str(root), "--source", str(source)]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{root / 'a.md'}:7: error: quote is not verbatim in the source: after «Мы "
        f"написали и отправили» the slide has «.», the source ({source}:2) «листок.»",
        f"{source}:1: warning: the deck no longer carries this sentence: «Второе "
        "предложение.»",
        f"{source}:2: warning: the deck no longer carries this sentence: «Она: Мы написали "
        "и отправили листок.»",
    ]
    assert err.strip() == "source: 1/3 sentences carried (33.3%), 0/1 quotes verbatim"


def test_check_with_a_missing_source_says_so(tmp_path, capsys, qapp):
    manifest = ('title = "x"\nsource = "source/nope.txt"\n\n'
                '[[chapters]]\ntitle = "A"\nfile = "a.md"\n')
    root = write_deck(tmp_path / "d", {"a.md": "# A\n"}, manifest=manifest)
    assert main(["check", str(root)]) == 2
    out, err = capsys.readouterr()
    assert out.strip() == (f"{root / 'deck.toml'}:2: error: source "
                           f"'{root / 'source' / 'nope.txt'}' does not exist")
    assert "source:" not in err


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


@pytest.mark.parametrize("args", [["export"], ["present", "--start", "x"], ["--nope"],
                                  ["export", "--png", "out", "--size", "big"]])
def test_a_usage_mistake_is_one_line_pointing_at_help(args):
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("reportage")
    assert lines[0].endswith("--help)")


def test_bench_in_the_bundle_says_it_needs_python(monkeypatch, capsys):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert main(["bench", str(SHIPPED_DECK), "--quick"]) == 2
    assert "not from the bundle" in capsys.readouterr().err


def test_present_start_out_of_range_is_one_line_and_exit_2():
    result = run("present", str(SHIPPED_DECK), "--start", "999")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("reportage: no slide 999")


@pytest.mark.parametrize("flags", [["--loop"], ["--advance", "8"]])
def test_loop_and_advance_go_together(flags, capsys):
    assert main(["present", str(SHIPPED_DECK), *flags]) == 2
    assert "--loop and --advance SECONDS go together" in capsys.readouterr().err


def test_advance_seconds_are_checked():
    from app.cli.arguments import _seconds

    assert _seconds("8") == 8
    for bad in ("0", "-1", "nan", "soon", "1e9"):
        with pytest.raises(argparse.ArgumentTypeError):
            _seconds(bad)


def test_present_passes_the_lobby_loop_on(monkeypatch):
    from app.ui import application

    seen = {}
    monkeypatch.setattr(application, "run_presentation", lambda *a, **kw: seen.update(kw) or 0)
    monkeypatch.setattr("app.cli.windows.display_problem", lambda: None)
    assert main(["present", str(SHIPPED_DECK), "--loop", "--advance", "8"]) == 0
    assert seen["advance_seconds"] == 8
    assert seen["images"].deck_root.samefile(SHIPPED_DECK)  # its first photos decoding


def test_screen_numbers_count_from_one_and_names_pass_through():
    from app.cli.arguments import _screen

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
    result = run("import", str(REPORT), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "deck.toml").exists()
    assert "chapters (3): Токио не любит сюрпризов | Токио любит надолго | Токио помнит" \
        in result.stdout
    assert "Ёрико Кавагучи" in result.stdout
    checked = run("check", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    again = run("import", str(REPORT), "--out", str(out))
    assert again.returncode == 2
    assert "nothing was written" in again.stderr


def test_import_dry_run_prints_the_decisions_and_writes_nothing(tmp_path):
    out = tmp_path / "draft"
    result = run("import", str(REPORT), "--out", str(out), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("title: ")
    assert "credits: Автор: Айсултан Кульшманов [author]" in result.stdout
    assert "12 turns: Корреспондент / Ерсайын Нагаспаев" in result.stdout
    assert not out.exists()
    assert run("import", str(REPORT), "--dry-run").returncode == 0


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


@pytest.mark.parametrize(("args", "port"), [
    ([], None),
    (["--remote"], 0),
    (["--remote-port", "8765"], 8765),
    (["--remote", "--remote-port", "9000"], 9000),
])
def test_the_phone_remote_is_off_unless_asked(args, port):
    from app.cli.arguments import build_parser
    from app.cli.windows import _remote_port

    assert _remote_port(build_parser().parse_args(["present", *args])) == port


@pytest.mark.parametrize("bad", ["80", "70000", "x", "-1"])
def test_a_remote_port_out_of_range_is_a_usage_error(bad, capsys):
    from app.cli.arguments import build_parser

    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["present", "--remote-port", bad])
    assert exit_.value.code == 2
    assert "--remote-port" in capsys.readouterr().err
