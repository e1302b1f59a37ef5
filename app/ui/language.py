"""The UI language: Russian (the source), Kazakh or English, from the system or the settings.

Our strings come from resources/translations/reportage_<lang>.qm (built by
tools/translations.py); Qt's own dialog buttons and file dialogs from the
qtbase catalogue PySide6 ships. The slides themselves are not translated:
they are the deck's words, in the deck's language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.assets import TRANSLATIONS_DIR

LANGUAGES = ("ru", "kk", "en")
SOURCE = "ru"
AUTO = "auto"
# Each language names itself in the menu, so a reader lost in a foreign UI finds theirs.
NATIVE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}

_installed: list[QTranslator] = []
_current = [SOURCE]


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of the system's preferred languages we have.

    No preference at all (the C locale) means the source, Russian; a
    preference we cannot meet means English, the more widely read of the other two.
    """
    tags = list(QLocale.system().uiLanguages() if ui_languages is None else ui_languages)
    for tag in tags:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    known = [tag for tag in tags if tag not in ("C", "POSIX", "")]
    return "en" if known else SOURCE


def resolve(setting: str, ui_languages: Iterable[str] | None = None) -> str:
    """The language to show for the `ui/language` setting ('auto' or a code)."""
    return setting if setting in LANGUAGES else system_language(ui_languages)


def install(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Make `language` the UI's: replaces whatever this module installed before.

    Widgets built afterwards speak it; the caller rebuilds the ones on screen.
    """
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("reportage", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _current[0] = language
    return list(_installed)


def current() -> str:
    """The language last installed (the source until `install` runs)."""
    return _current[0]
