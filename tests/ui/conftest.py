"""The UI under test speaks Russian, as the app does by default."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _russian_ui(russian_ui):
    """Every test here runs with the app's translations (tests/conftest.py)."""


@pytest.fixture
def speak(qapp):
    """Switch the UI language for one test; Russian again afterwards."""
    from app.ui import language

    yield lambda code: language.install(code, qapp)
    language.install(language.SOURCE, qapp)
