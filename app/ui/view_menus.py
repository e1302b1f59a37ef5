"""The View menu's choices of one among several: the theme and the UI language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from app.ui import appearance, language


def choice_menu(parent: QMenu, title: str, name: str, choices: dict[str, str], current: str,
                chosen: Callable[[str], None]) -> QMenu:
    """A submenu of radio items, `choices` value -> text; `chosen` hears the value picked."""
    menu = parent.addMenu(title)
    menu.setObjectName(name)
    group = QActionGroup(menu)
    group.setExclusive(True)
    for value, text in choices.items():
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        action.triggered.connect(lambda _checked=False, v=value: chosen(v))
        group.addAction(action)
        menu.addAction(action)
    return menu


def theme_menu(parent: QMenu, current: str, chosen: Callable[[str], None]) -> QMenu:
    return choice_menu(parent, QCoreApplication.translate("Appearance", "Т&ема"), "themeMenu",
                       {value: appearance.theme_title(value) for value in appearance.CHOICES},
                       current, chosen)


def language_menu(parent: QMenu, current: str, chosen: Callable[[str], None]) -> QMenu:
    choices = {language.AUTO: QCoreApplication.translate("Appearance", "&Как в системе")}
    choices.update({code: f"&{name}" for code, name in language.NATIVE_NAMES.items()})
    return choice_menu(parent, QCoreApplication.translate("Appearance", "&Язык — Language"),
                       "languageMenu", choices, current, chosen)


def select(menu: QMenu, value: str) -> None:
    """Tick the item for `value` (a choice made another way, e.g. by a key)."""
    for action in menu.actions():
        if action.data() == value:
            action.setChecked(True)
