"""The phone remote in a real session: its console panel, F6, pairing, the end of the talk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.present import remote
from app.present.placement import CONSOLE_MIN
from app.render.context import RenderContext
from app.settings import Settings
from app.ui.console_window import console_theme
from app.ui.presentation import PresentationSession
from app.ui.remote_panel import QR_BORDER, THUMBNAIL_SIZE, qr_image, thumbnails
from tests.present.http_client import fetch, port_is_open


@pytest.fixture
def start_session(qtbot, shipped_deck, monkeypatch):
    monkeypatch.setattr(remote, "lan_address", lambda: None)  # tests stay on 127.0.0.1
    sessions = []

    def start(**options):
        session = PresentationSession(shipped_deck, RenderContext.for_deck(shipped_deck),
                                      Settings(), console=True, window_size=(960, 540),
                                      **options)
        for window in session._windows():
            qtbot.addWidget(window)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.end()


@pytest.fixture
def session(start_session):
    return start_session(remote_port=0)


def _in_console(widget: QWidget, console: QWidget) -> QRect:
    return QRect(widget.mapTo(console, QPoint(0, 0)), widget.size())


def test_the_panel_shows_the_address_and_code_at_the_start(session):
    panel = session.remote.panel
    server = session.remote.server
    assert panel.isVisibleTo(session.console)
    assert server.url == f"http://127.0.0.1:{server.port}/"
    assert panel.url.text() == server.url
    assert panel.code.text().replace(" ", "") == server.pairing.code
    assert not panel.qr.pixmap().isNull()
    area = _in_console(panel, session.console)
    assert session.console.rect().contains(area)
    assert area.top() >= _in_console(session.console.elapsed_label, session.console).bottom()


def test_f6_hides_and_shows_the_panel(qtbot, session):
    panel = session.remote.panel
    qtbot.keyClick(session.console, Qt.Key.Key_F6)
    assert not panel.isVisibleTo(session.console)
    qtbot.keyClick(session.audience, Qt.Key.Key_F6)
    assert panel.isVisibleTo(session.console)


def test_a_paired_phone_drives_the_talk_and_the_panel_steps_aside(qtbot, session):
    server = session.remote.server
    token = fetch(qtbot, server.port, "POST", "/pair",
                  data={"code": server.pairing.code}).json()["token"]
    panel = session.remote.panel
    assert not panel.isVisibleTo(session.console)
    assert "1" in panel.status.text()
    fetch(qtbot, server.port, "POST", "/command", data={"action": "next"}, token=token)
    assert session.controller.position.slide == 1
    assert session.audience.view.slide.index == 1
    assert session.console.current.slide.index == 1


def test_the_server_stops_with_the_talk(qtbot, session):
    port = session.remote.server.port
    assert port_is_open(qtbot, port)
    session.end()
    assert not session.remote.server.running
    assert not port_is_open(qtbot, port)


def test_no_remote_unless_asked(qtbot, start_session):
    session = start_session()
    assert session.remote is None
    qtbot.keyClick(session.console, Qt.Key.Key_F6)
    assert session.console.error_label.isVisibleTo(session.console)
    assert "--remote" in session.console.error_label.text()


def test_a_busy_port_leaves_the_talk_running(session, start_session):
    second = start_session(remote_port=session.remote.server.port)
    assert not second.remote.server.running
    assert second.remote.panel is None
    assert str(session.remote.server.port) in second.console.error_label.text()
    assert second.audience.isVisible()
    assert second.console.isVisible()


def test_the_qr_code_has_its_quiet_zone_and_finder_pattern():
    module = 4
    image = qr_image("http://192.168.1.20:8765/", module)
    assert image.width() == image.height()
    assert image.pixelColor(1, 1) == QColor("white")
    corner = QR_BORDER * module + 1
    assert image.pixelColor(corner, corner) == QColor("black")
    assert image.pixelColor(image.width() - corner, corner) == QColor("black")
    assert image.pixelColor(corner, image.height() - corner) == QColor("black")
    ring = (QR_BORDER + 1) * module + 1  # the white ring inside each finder square
    assert image.pixelColor(ring, ring) == QColor("white")
    centre = (QR_BORDER + 3) * module + 1
    assert image.pixelColor(centre, centre) == QColor("black")


def test_the_phone_picture_is_a_small_png_from_the_renderer(shipped_deck):
    data = thumbnails(shipped_deck, RenderContext.for_deck(shipped_deck))(0, 0)
    image = QImage.fromData(data, "PNG")
    assert image.size() == THUMBNAIL_SIZE


def test_without_a_console_the_address_and_code_go_to_stderr(qtbot, shipped_deck, monkeypatch,
                                                             capsys):
    monkeypatch.setattr(remote, "lan_address", lambda: None)
    session = PresentationSession(shipped_deck, RenderContext.for_deck(shipped_deck),
                                  Settings(), console=False, window_size=(960, 540),
                                  remote_port=0)
    qtbot.addWidget(session.audience)
    server = session.remote.server
    try:
        printed = capsys.readouterr().err
        assert server.url in printed
        assert server.pairing.code in printed
        assert session.remote.panel is None
    finally:
        session.end()


@pytest.mark.parametrize("theme", ["light", "contrast"])
def test_the_panel_wears_the_consoles_theme(qtbot, shipped_deck, monkeypatch, theme):
    monkeypatch.setattr(remote, "lan_address", lambda: None)
    context = RenderContext.for_deck(shipped_deck, theme)
    session = PresentationSession(shipped_deck, context, Settings(), console=True,
                                  window_size=(960, 540), remote_port=0)
    for window in session._windows():
        qtbot.addWidget(window)
    try:
        ground = session.remote.panel.grab().toImage().pixelColor(20, 5)
        assert ground == console_theme(context.theme).colors.panel
    finally:
        session.end()


@pytest.mark.parametrize("size", [(1280, 800), (1280, 720), (1920, 1080), CONSOLE_MIN])
def test_the_panel_covers_no_clock_and_not_the_next_slide(qtbot, session, size):
    console, panel = session.console, session.remote.panel
    console.resize(*size)
    qtbot.waitUntil(lambda: console.size().toTuple() == size)
    QApplication.processEvents()
    area = _in_console(panel, console)
    assert panel.isVisibleTo(console)
    assert console.rect().contains(area)
    for name in ("elapsed_label", "timer_state_label", "remaining_label", "pace_label",
                 "clock_label", "on_slide_label", "next_view"):
        widget = getattr(console, name)
        assert widget.isVisibleTo(console), name
        place = _in_console(widget, console)
        assert console.rect().contains(place), name
        assert not place.intersects(area), name
    assert area.height() == panel.sizeHint().height()  # whole, not squeezed


def test_the_panel_never_makes_the_console_bigger(qtbot, session):
    """A console fills a 720-pixel screen or a 600-pixel strip: the panel takes the room
    there is, it never raises the console's minimum size."""
    console = session.console
    QApplication.processEvents()  # the layout takes a hidden or shown panel in on its request
    shown = console.layout().minimumSize()
    session.remote.toggle_panel()
    QApplication.processEvents()
    assert console.layout().minimumSize() == shown
