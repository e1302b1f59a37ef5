"""A real HTTP client for the remote's tests: http.client in a thread, no Qt in it.

The server runs on the GUI thread's event loop, so the test waits with qtbot
(the loop keeps turning) while the client thread talks to it over 127.0.0.1.
Python's cyclic garbage collector runs in whichever thread happens to allocate:
left on, it could free an earlier test's Qt windows from the client thread while
the GUI thread is painting (a segfault). So garbage is collected on the GUI
thread first, and automatic collection is off while the client thread lives.
"""

from __future__ import annotations

import gc
import http.client
import json
import socket
import threading
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

WAIT_MS = 10_000


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body.decode("utf-8"))


def _in_thread(qtbot: QtBot, work) -> object:
    """Run `work()` in a plain thread while Qt's loop runs; its result or its exception."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except Exception as exc:  # handed to the test thread below
            outcome["error"] = exc

    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=WAIT_MS)
        thread.join()
    finally:
        if was_enabled:
            gc.enable()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]


def fetch(qtbot: QtBot, port: int, method: str, path: str, *, data: object = None,
          token: str = "", headers: dict[str, str] | None = None) -> Reply:
    """One request; `data` is sent as JSON, `token` as Authorization: Bearer."""
    sent = dict(headers or {})
    body = None
    if data is not None:
        body = json.dumps(data).encode()
        sent["Content-Type"] = "application/json"
    if token:
        sent["Authorization"] = f"Bearer {token}"

    def work() -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT_MS / 1000)
        try:
            connection.request(method, path, body=body, headers=sent)
            answer = connection.getresponse()
            return Reply(answer.status, {k.lower(): v for k, v in answer.getheaders()},
                         answer.read())
        finally:
            connection.close()

    return _in_thread(qtbot, work)  # type: ignore[return-value]


def send_raw(qtbot: QtBot, port: int, data: bytes) -> bytes:
    """Bytes straight onto a socket, and everything the server says until it closes."""

    def work() -> bytes:
        with socket.create_connection(("127.0.0.1", port), timeout=WAIT_MS / 1000) as sock:
            sock.sendall(data)
            received = b""
            while chunk := sock.recv(65536):
                received += chunk
            return received

    return _in_thread(qtbot, work)  # type: ignore[return-value]


def port_is_open(qtbot: QtBot, port: int) -> bool:
    def work() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        except OSError:
            return False
        return True

    return _in_thread(qtbot, work)  # type: ignore[return-value]
