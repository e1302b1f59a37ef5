"""Shared test setup: offscreen Qt, settings in a temporary place, no modal dialogs."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Point QSettings at a fresh folder so no test sees another's or the user's."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / "cache"))  # parsed chapters (app.deck.cache)
    monkeypatch.setenv("HOME", str(folder))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A modal dialog in a test would wait for a click forever: answer «cancel» at once.

    Tests that need an answer patch the dialog themselves (their patch wins).
    """
    try:
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
    except ImportError:
        return
    for dialog in (QDialog, QMessageBox, QInputDialog, QFileDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (0.0, False))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    for name in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)


@pytest.fixture(scope="session")
def shipped_deck():
    """The shipped deck, loaded once (tests only read it)."""
    from app.deck.loader import load_deck
    from tests.helpers import SHIPPED_DECK

    return load_deck(SHIPPED_DECK)[0]


@pytest.fixture
def search_deck(tmp_path):
    """The small deck the search tests share (tests/helpers.py: SEARCH_DECK)."""
    from tests.helpers import load_search_deck

    return load_search_deck(tmp_path / "search")


@pytest.fixture(scope="session")
def russian_ui(qapp):
    """The UI's translations installed, in Russian, as the app always starts with them.

    The Russian catalogue holds the plural forms a source string cannot («на 1
    слайде», «осталось 5 минут»), so widgets and wording are tested with it.
    """
    from app.ui import language

    language.install(language.SOURCE, qapp)
    yield
    language.install(language.SOURCE, qapp)
