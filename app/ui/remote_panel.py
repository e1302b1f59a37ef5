"""The phone remote on the console: its QR code, pairing code and state (F6).

`RemoteControl` owns the server for one talk and the panel docked at the
console's right, beside the slides: they make room for it, so it covers no
clock and no part of the next slide. The phone's slide pictures come from the
one renderer, small.
"""

from __future__ import annotations

import sys

import segno
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.deck.model import Deck
from app.present.controller import PresentationController
from app.present.remote import RemoteServer, Thumbnail
from app.render.context import RenderContext
from app.render.painter import render_slide_image
from app.ui.accessibility import set_font
from app.ui.console_window import ConsoleWindow

THUMBNAIL_SIZE = QSize(640, 360)  # sharp on a phone held upright, small over Wi-Fi
QR_MODULE_PX = 6
QR_BORDER = 4  # modules of quiet zone, as the standard asks
PANEL_WIDTH = 300
CODE_COLOUR = "#FEC50C"  # the console's gold, as on its banners


def panel_style(palette: QPalette) -> str:
    """The frame in the console's colours (its theme's); the labels take the console's own."""
    surface = palette.color(QPalette.ColorRole.AlternateBase).name()
    edge = palette.color(QPalette.ColorRole.Highlight).name()
    return (f"#remotePanel {{ background: {surface}; border: 1px solid {edge}; "
            f"border-radius: 8px; }}\n#remotePanel QLabel#code {{ color: {CODE_COLOUR}; }}")


def thumbnails(deck: Deck, context: RenderContext) -> Thumbnail:
    """The phone's slide picture: the renderer's image of a slide at a step, as PNG."""

    def render(index: int, step: int) -> bytes:
        image = render_slide_image(deck.slides[index], step, THUMBNAIL_SIZE, context)
        return png_bytes(image)

    return render


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return data.data()


def qr_image(text: str, module_px: int = QR_MODULE_PX) -> QImage:
    """A QR code of `text`, black on white with its quiet zone, `module_px` per module."""
    matrix = segno.make(text, error="m", micro=False).matrix
    side = (len(matrix) + 2 * QR_BORDER) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for row, modules in enumerate(matrix):
            for column, dark in enumerate(modules):
                if dark:
                    painter.fillRect((column + QR_BORDER) * module_px,
                                     (row + QR_BORDER) * module_px,
                                     module_px, module_px, QColor("black"))
    finally:
        painter.end()
    return image


class RemotePanel(QFrame):
    """QR code, address, pairing code and how many phones are paired.

    It asks the console for no minimum size: the console's size is its screen's (or a
    600-pixel strip's), and a panel that raised the console's minimum would push the window
    off a 720-pixel screen or past the strip (the console lays out its budget chips at its
    narrowest, and its slides side by side, before it is placed). Squeezed, the panel is
    clipped; the clocks and the slides never are.
    """

    def __init__(self, server: RemoteServer, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("remotePanel")
        self.setStyleSheet(panel_style(parent.palette()))
        self.setMaximumWidth(PANEL_WIDTH)
        self.server = server
        self.title = self._label(self.tr("Пульт на телефоне (F6)"), bold=True)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR-код адреса пульта"))
        self.qr.setPixmap(QPixmap.fromImage(qr_image(server.url)))
        self.url = self._label(server.url, muted=True)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = self._label(point_size=30, bold=True)
        self.code.setObjectName("code")
        self.code.setAccessibleName(self.tr("Код подключения"))
        self.status = self._label(muted=True)
        self.renew = QPushButton(self.tr("Новый код (отключить телефоны)"), self)
        self.renew.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.renew.clicked.connect(server.renew_code)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.qr, self.url, self.code, self.status, self.renew):
            layout.addWidget(widget)
        server.changed.connect(self.refresh)
        self.refresh()
        self.resize(self.sizeHint())  # its size before the console's layout gives it one

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return False  # its width is known: sizeHint says its height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(PANEL_WIDTH, self.layout().totalHeightForWidth(PANEL_WIDTH))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, 0)  # see the class's docstring

    def _label(self, text: str = "", point_size: float = 0, bold: bool = False,
               muted: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if muted:
            label.setObjectName("muted")
        set_font(label, point_size, bold)
        return label

    def refresh(self) -> None:
        pairing = self.server.pairing
        self.code.setText(f"{pairing.code[:3]} {pairing.code[3:]}")
        self.code.setVisible(not pairing.locked)
        if pairing.locked:
            self.status.setText(self.tr("Слишком много неверных кодов: вход закрыт. "
                                        "Нажмите «Новый код»."))
        elif pairing.phones:
            self.status.setText(self.tr("Телефонов подключено: {n}").format(n=pairing.phones))
        else:
            self.status.setText(self.tr("Откройте адрес на телефоне (та же сеть Wi-Fi) "
                                        "и введите код."))


class RemoteControl(QObject):
    """The remote of one talk: the server, and its panel on the console if there is one."""

    def __init__(self, controller: PresentationController, deck: Deck, context: RenderContext,
                 port: int, console: ConsoleWindow | None, parent: QObject | None = None,
                 addresses: list[str] | None = None):
        super().__init__(parent)
        self.server = RemoteServer(controller, thumbnails(deck, context), port=port,
                                   addresses=addresses, parent=self)
        self.server.error.connect(controller.error)
        self.server.error.connect(lambda message: print(f"reportage: {message}",
                                                        file=sys.stderr))
        self.panel: RemotePanel | None = None
        self._phones = 0
        if not self.server.start():
            return
        if console is not None:
            self.panel = RemotePanel(self.server, console)
            console.dock(self.panel)
            self.server.changed.connect(self._hide_when_paired)
        else:  # nowhere to show the code but the terminal
            print(f"reportage: remote {self.server.url} code {self.server.pairing.code}",
                  file=sys.stderr)

    def toggle_panel(self) -> None:
        if self.panel is not None:
            self.panel.setVisible(not self.panel.isVisible())

    def _hide_when_paired(self) -> None:
        """The panel has done its job once a phone is in; the slides get their room back."""
        phones = self.server.pairing.phones
        if self.panel is not None and phones > self._phones:
            self.panel.hide()
        self._phones = phones

    def stop(self) -> None:
        """Free the port now, and let Qt delete the sockets and the panel on this thread.

        Left to Python's garbage collector, they could be freed from whichever
        thread happens to collect (the renderer's workers), which Qt does not survive.
        """
        self.server.stop()
        self.server.deleteLater()
        if self.panel is not None:
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
