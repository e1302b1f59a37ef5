"""Opening decks in windows: a good deck opens, a bad folder is a message."""

from __future__ import annotations

from app.settings import Settings
from app.ui.application import Windows
from tests.helpers import SHIPPED_DECK


def test_open_path_opens_a_reader(qtbot):
    windows = Windows(Settings())
    windows.open_path(SHIPPED_DECK)
    assert len(windows.readers) == 1
    reader = windows.readers[0]
    qtbot.addWidget(reader)
    assert reader.isVisible()
    assert reader.deck.title


def test_a_folder_that_is_not_a_deck_is_a_message(qtbot, tmp_path):
    windows = Windows(Settings())
    windows.open_path(tmp_path)
    [problem] = windows.problems
    qtbot.addWidget(problem)
    assert windows.readers == []
    assert problem.isVisible()
    assert "не колода" in problem.summary.text()


def test_open_reader_at_a_position(qtbot):
    from app.deck.loader import load_deck

    deck, diagnostics = load_deck(SHIPPED_DECK)
    windows = Windows(Settings())
    reader = windows.open_reader(deck, diagnostics, (7, 0))
    qtbot.addWidget(reader)
    assert reader.index == 7


def test_an_edit_on_disk_reopens_the_deck_where_the_reader_was(qtbot, tmp_path):
    from app.deck.loader import load_deck
    from tests.helpers import write_deck

    root = write_deck(tmp_path / "d", {"a.md": "# Один\n---\n# Два\n---\n# Три\n"})
    windows = Windows(Settings())
    deck, diagnostics = load_deck(root)
    first = windows.open_reader(deck, diagnostics)
    first.go_to(2)
    (root / "a.md").write_text("# Один\n---\n# Два\n---\n# Три, исправлено\n", encoding="utf-8")
    qtbot.waitUntil(lambda: windows.readers and windows.readers[-1] is not first, timeout=5000)
    reloaded = windows.readers[-1]
    qtbot.addWidget(reloaded)
    assert reloaded.index == 2
    assert reloaded.slide.heading == "Три, исправлено"
    qtbot.waitUntil(lambda: first not in windows.readers, timeout=2000)


def test_a_broken_edit_keeps_the_reader_going(qtbot, tmp_path):
    from app.deck.loader import load_deck
    from tests.helpers import write_deck

    root = write_deck(tmp_path / "d", {"a.md": "# Один\n"})
    windows = Windows(Settings())
    reader = windows.open_reader(*load_deck(root))
    qtbot.addWidget(reader)
    (root / "deck.toml").unlink()
    windows.reload(reader)
    assert reader.isVisible()
    assert "исчезла" in reader.statusBar().currentMessage()


def test_a_deck_toml_broken_mid_edit_keeps_the_reader_and_says_where(qtbot, tmp_path):
    from app.deck.loader import load_deck
    from tests.helpers import write_deck

    root = write_deck(tmp_path / "d", {"a.md": "# Один\n"})
    windows = Windows(Settings())
    reader = windows.open_reader(*load_deck(root))
    qtbot.addWidget(reader)
    (root / "deck.toml").write_text('title = "Открытая кавычка\n', encoding="utf-8")
    windows.reload(reader)
    assert windows.readers == [reader]
    assert windows.problems == []
    assert "deck.toml:1" in reader.statusBar().currentMessage()


def test_every_window_gets_our_icon_at_every_size(qapp):
    from app.ui.application import app_icon, create_application

    icon = app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == [
        16, 24, 32, 48, 64, 128, 256, 512]
    assert create_application().windowIcon().availableSizes() == icon.availableSizes()


def test_from_the_qt_application_on_only_the_gui_thread_collects(qapp, monkeypatch):
    """A window command starts with Python's collector off (app.cli.windows); once Qt's
    application exists, the GUI thread's collector takes over, as the workers need."""
    import gc

    from app.render import collector
    from app.ui.application import create_application

    was_enabled = gc.isenabled()
    monkeypatch.setattr(collector, "_collector", None)  # as in a fresh process
    gc.enable()
    create_application()
    installed = collector._collector
    assert installed is not None
    assert not gc.isenabled()
    installed.timer.stop()  # the suite's own collector (restored) goes on collecting
    if was_enabled:
        gc.enable()
