"""The UI under test speaks Russian, as the app does by default.

The app always installs its translations at start (create_application), and
Russian ones carry the plural forms a source string cannot («на 1 слайде»,
«на 5 слайдах»), so the widgets are tested with them installed too.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _ui_language(qapp):
    from app.ui import language

    language.install(language.SOURCE, qapp)
    yield
    language.install(language.SOURCE, qapp)
