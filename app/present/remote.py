"""The phone remote: a small HTTP server on the local network, only while a talk runs.

Started only by `present --remote`, stopped by the end of the talk. It lives on
the GUI thread (QTcpServer, one request per connection, parsed by `http_wire`),
so it touches the controller exactly like a key press does and nothing is torn
down from another thread. Fixed routes only, nothing is read from disk:

    GET  /           the page (no deck content in it)
    POST /pair       {"code": "123456"} -> {"token": ...}; wrong codes lock pairing
    GET  /state      slide n/N, chapter, notes, timer          (token required)
    GET  /slide.png  the current slide, small                  (token required)
    POST /command    {"action": "next" | "previous"} -> state  (token required)

The token travels in `Authorization: Bearer`, and the Host header must name
an address the server listens on (a web page elsewhere cannot rebind a name to us).
"""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Callable, Sequence
from http import HTTPStatus

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtNetwork import QHostAddress, QNetworkInterface, QTcpServer, QTcpSocket

from app.present.controller import PresentationController
from app.present.http_wire import BadRequest, Request, parse_request, response
from app.present.pairing import Pairing, PairResult
from app.present.remote_page import PAGE_POLICY, page

_log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
REQUEST_TIMEOUT_MS = 5000  # a phone on Wi-Fi sends a request in well under a second
MAX_CONNECTIONS = 16
Thumbnail = Callable[[int, int], bytes]  # (slide index, build step) -> PNG bytes


VIRTUAL_PREFIXES = ("docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun", "tap", "wg")


def lan_address() -> str | None:
    """This computer's private IPv4 address on a running network, if it has one.

    Wi-Fi first, then wired; bridges of containers and VMs and VPN tunnels last,
    since a phone in the hall cannot reach those.
    """
    flags = QNetworkInterface.InterfaceFlag
    found: list[tuple[int, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        up = interface.flags() & flags.IsUp and interface.flags() & flags.IsRunning
        if not up or interface.flags() & flags.IsLoopBack:
            continue
        rank = 0 if interface.type() == QNetworkInterface.InterfaceType.Wifi else 1
        if interface.name().startswith(VIRTUAL_PREFIXES):
            rank = 2
        for entry in interface.addressEntries():
            address = ipaddress.ip_address(entry.ip().toString().split("%")[0])
            if address.version == 4 and address.is_private and not address.is_link_local \
                    and not address.is_loopback:
                found.append((rank, str(address)))
    return min(found)[1] if found else None


def remote_state(controller: PresentationController) -> dict[str, object]:
    """What the phone shows: the console's slide, notes and clocks, nothing more."""
    readout = controller.readout
    current = controller.current
    state: dict[str, object] = {
        "slide": readout.slide_number,
        "chapter": readout.chapter_title,
        "elapsed": readout.elapsed_text,
        "timer": readout.timer_label,
        "remaining": readout.remaining_words,
        "clock": readout.wall_clock_text,
        "tone": readout.tone.value,
        "blank": controller.blank.value,
        "frozen": controller.frozen,
        "at_end": controller.next_preview is None,
        "title": "", "notes": "", "step": 1, "steps": 1, "view": "",
    }
    if current is not None:
        state.update(title=current.slide.heading or current.slide.title,
                     notes=current.slide.notes_text, step=current.step + 1,
                     steps=current.slide.step_count, view=f"{current.index}.{current.step}")
    return state


class _Connection(QObject):
    """One client socket: read one bounded request, answer, close; or time out."""

    def __init__(self, socket: QTcpSocket, server: RemoteServer) -> None:
        super().__init__(server)
        self.socket = socket
        socket.setParent(self)  # it goes when the connection goes, not with the server
        self._server = server
        self._buffer = b""
        self._answered = False
        self._timeout = QTimer(self, singleShot=True, interval=REQUEST_TIMEOUT_MS)
        self._timeout.timeout.connect(self.drop)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._closed)
        self._timeout.start()

    def _read(self) -> None:
        if self._answered:
            self.socket.readAll()  # whatever follows the one request is ignored
            return
        self._buffer += self.socket.readAll().data()
        try:
            request = parse_request(self._buffer)
        except BadRequest as exc:
            self._answer(response(exc.status, str(exc).encode()))
            return
        if request is not None:
            self._answer(self._server.handle(request))

    def _answer(self, data: bytes) -> None:
        self._answered = True
        self.socket.write(data)
        self.socket.disconnectFromHost()  # after the response is written

    def drop(self) -> None:
        self._timeout.stop()
        self.socket.abort()
        self._closed()

    def _closed(self) -> None:
        self._timeout.stop()
        self._server.forget(self)


class RemoteServer(QObject):
    """The remote's listening sockets, its pairing and its routes."""

    changed = Signal()  # the code, the paired phones or the lock: redraw the console panel
    error = Signal(str)

    def __init__(self, controller: PresentationController, thumbnail: Thumbnail, *,
                 port: int = 0, addresses: Sequence[str] | None = None,
                 parent: QObject | None = None) -> None:
        """`addresses`: where to listen; by default the LAN address and 127.0.0.1."""
        super().__init__(parent)
        self._controller = controller
        self._thumbnail = thumbnail
        self._thumb_cache: tuple[str, bytes] = ("", b"")
        self._requested_port = port
        lan = lan_address() if addresses is None else None
        self._addresses = list(addresses) if addresses is not None else \
            [a for a in (lan, LOOPBACK) if a]
        self._servers: list[QTcpServer] = []
        self._connections: list[_Connection] = []
        self._hosts: set[str] = set()
        self.pairing = Pairing()
        self.port = 0

    # -- starting and stopping ------------------------------------------------------

    def start(self) -> bool:
        """Listen on every address with one port; False (and `error`) if that fails."""
        port = self._requested_port
        for address in self._addresses:
            server = QTcpServer(self)
            server.setMaxPendingConnections(MAX_CONNECTIONS)
            if not server.listen(QHostAddress(address), port):
                message = server.errorString()
                server.deleteLater()
                self.stop()
                self.error.emit(QCoreApplication.translate(
                    "RemoteServer", "Пульт на телефоне не запущен: {address}:{port} — {reason}"
                ).format(address=address, port=port or "", reason=message))
                return False
            port = server.serverPort()
            server.newConnection.connect(self._accept)
            self._servers.append(server)
        self.port = port
        self._hosts = {f"{a}:{port}" for a in self._addresses} | {f"localhost:{port}"}
        _log.info("remote: listening on %s", ", ".join(sorted(self._hosts)))
        return True

    def stop(self) -> None:
        """Close every socket and free the port; safe to call twice."""
        for server in self._servers:
            server.close()
            server.deleteLater()
        self._servers.clear()
        for connection in list(self._connections):
            connection.drop()
        self.port = 0

    @property
    def running(self) -> bool:
        return bool(self._servers)

    @property
    def url(self) -> str:
        """The address a phone opens: the LAN one when there is one."""
        return f"http://{self._addresses[0]}:{self.port}/" if self.running else ""

    def renew_code(self) -> None:
        """The console's «new code»: unlock, new code, paired phones disconnected."""
        self.pairing.renew()
        self.changed.emit()

    # -- connections --------------------------------------------------------------

    def _accept(self) -> None:
        for server in self._servers:
            while server.hasPendingConnections():
                self._take(server.nextPendingConnection())

    def _take(self, socket: QTcpSocket) -> None:
        if len(self._connections) >= MAX_CONNECTIONS:
            socket.abort()
            socket.deleteLater()
            return
        self._connections.append(_Connection(socket, self))

    def forget(self, connection: _Connection) -> None:
        if connection in self._connections:
            self._connections.remove(connection)
            connection.deleteLater()

    # -- routes -----------------------------------------------------------------------

    def handle(self, request: Request) -> bytes:
        """The response to one request; never raises."""
        try:
            return self._route(request)
        except Exception:
            _log.exception("remote: %s %s failed", request.method, request.path)
            return response(HTTPStatus.INTERNAL_SERVER_ERROR, b"internal error")

    def _route(self, request: Request) -> bytes:
        if request.header("host") not in self._hosts:
            return response(HTTPStatus.MISDIRECTED_REQUEST, b"unknown host")
        routes: dict[tuple[str, str], Callable[[Request], bytes]] = {
            ("GET", "/"): self._page,
            ("POST", "/pair"): self._pair,
            ("GET", "/state"): self._state,
            ("GET", "/slide.png"): self._slide,
            ("POST", "/command"): self._command,
        }
        handler = routes.get((request.method, request.path))
        if handler is not None:
            return handler(request)
        if any(path == request.path for _method, path in routes):
            return response(HTTPStatus.METHOD_NOT_ALLOWED, b"method not allowed")
        return response(HTTPStatus.NOT_FOUND, b"not found")

    def _page(self, _request: Request) -> bytes:
        return response(HTTPStatus.OK, page().encode(), "text/html; charset=utf-8",
                        {"Content-Security-Policy": PAGE_POLICY, "X-Frame-Options": "DENY"})

    def _pair(self, request: Request) -> bytes:
        code = _json_field(request, "code")
        result, token = self.pairing.pair(code or "")
        self.changed.emit()
        if result is PairResult.PAIRED:
            return _json(HTTPStatus.OK, {"token": token})
        if result is PairResult.LOCKED:
            return _json(HTTPStatus.TOO_MANY_REQUESTS, {"error": QCoreApplication.translate(
                "RemoteServer",
                "Слишком много неверных кодов. Попросите докладчика создать новый код.")})
        return _json(HTTPStatus.FORBIDDEN, {
            "error": QCoreApplication.translate("RemoteServer", "Неверный код.")})

    def _state(self, request: Request) -> bytes:
        if not self._paired(request):
            return _forbidden()
        return _json(HTTPStatus.OK, remote_state(self._controller))

    def _slide(self, request: Request) -> bytes:
        if not self._paired(request):
            return _forbidden()
        current = self._controller.current
        if current is None:
            return response(HTTPStatus.NOT_FOUND, b"no slide")
        key = f"{current.index}.{current.step}"
        if self._thumb_cache[0] != key:
            self._thumb_cache = (key, self._thumbnail(current.index, current.step))
        return response(HTTPStatus.OK, self._thumb_cache[1], "image/png")

    def _command(self, request: Request) -> bytes:
        if not self._paired(request):
            return _forbidden()
        commands = {"next": self._controller.next_step,
                    "previous": self._controller.previous_step}
        command = commands.get(_json_field(request, "action") or "")
        if command is None:
            return _json(HTTPStatus.BAD_REQUEST, {"error": "unknown action"})
        command()
        return _json(HTTPStatus.OK, remote_state(self._controller))

    def _paired(self, request: Request) -> bool:
        scheme, _space, token = request.header("authorization").partition(" ")
        return scheme == "Bearer" and self.pairing.allows(token.strip())


def _json_field(request: Request, name: str) -> str | None:
    """A string field of a JSON object body; None for anything else."""
    try:
        data = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def _json(status: HTTPStatus, data: dict[str, object]) -> bytes:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return response(status, body, "application/json; charset=utf-8")


def _forbidden() -> bytes:
    return _json(HTTPStatus.FORBIDDEN, {"error": "not paired"})
