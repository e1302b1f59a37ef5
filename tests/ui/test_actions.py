"""The one action table: no key means two things, the help lists every key."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.actions import ACTIONS, ActionCollection, Where
from app.ui.help import KeyHelpTree
from app.ui.mnemonics import plain


@pytest.mark.parametrize("where", [Where.READER, Where.PRESENT])
def test_no_key_is_bound_twice_in_one_context(where):
    seen: dict[str, str] = {}
    for spec in ACTIONS:
        if not spec.where & where:
            continue
        for key in spec.keys:
            normal = QKeySequence(key).toString()
            assert normal, f"{spec.name}: '{key}' is not a key Qt knows"
            if spec.borrows and seen.get(normal) == spec.borrows:
                continue  # lent while the borrower is live: see ActionCollection.lend
            assert normal not in seen, f"{key} is bound to {seen.get(normal)} and {spec.name}"
            seen[normal] = spec.name


def test_clicker_keys_are_bound_for_presenting():
    keys = {QKeySequence(k).toString() for s in ACTIONS if s.where & Where.PRESENT
            for k in s.keys}
    for clicker in ("PgDown", "PgUp", "B", ".", "F5", "Esc", "Media Next", "Media Previous"):
        assert QKeySequence(clicker).toString() in keys


def test_collection_builds_actions_with_shortcuts(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    actions = ActionCollection(widget, Where.PRESENT)
    assert "black" in actions.actions
    assert "fullscreen" not in actions.actions
    shortcuts = [s.toString() for s in actions["black"].shortcuts()]
    assert shortcuts == ["B", "."]
    fired = []
    actions.connect("black", lambda: fired.append(True))
    actions["black"].trigger()
    assert fired == [True]


def test_help_lists_every_action_of_its_context(qtbot):
    tree = KeyHelpTree(Where.PRESENT)
    qtbot.addWidget(tree)
    text = tree.all_text()
    for spec in ACTIONS:
        if spec.where & Where.PRESENT:
            assert plain(spec.text) in text
    assert "&" not in text  # the menus' mnemonics stay in the menus
    assert "Полный текст рядом со слайдом" not in text


def test_a_borrowed_key_has_one_owner_at_a_time(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    actions = ActionCollection(widget, Where.PRESENT)
    enter = QKeySequence("Return")
    actions.lend("end_show", True)
    assert actions["end_show"].isEnabled()
    assert enter not in actions["next"].shortcuts()
    actions.lend("end_show", False)
    assert not actions["end_show"].isEnabled()
    assert enter in actions["next"].shortcuts()
