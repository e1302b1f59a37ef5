"""What runs on the slide workers makes no QObject: no signal-slot lock under the GIL."""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtCore import QObject

import app.media
import app.render

# Modules that also live on the GUI thread and own the QObjects the workers need.
GUI_SIDE = {"app.render.prerender", "app.render.collector"}
# QSvgRenderer is a QObject that connects nothing once animations are disabled
# (app.render.illustrations does so before it loads a drawing).
ALLOWED = {"QSvgRenderer"}


def worker_modules():
    for package in (app.render, app.media):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name not in GUI_SIDE:
                yield importlib.import_module(info.name)


def test_worker_code_uses_no_qobject_but_the_svg_renderer():
    found = {}
    for module in worker_modules():
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, QObject) and name not in ALLOWED:
                found.setdefault(module.__name__, []).append(name)
    assert found == {}


def test_the_check_sees_a_qobject_where_there_is_one():
    names = {name for module in worker_modules() for name, value in vars(module).items()
             if isinstance(value, type) and issubclass(value, QObject)}
    assert "QSvgRenderer" in names  # the scan reaches the modules that paint
