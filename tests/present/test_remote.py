"""The phone remote over a real socket on 127.0.0.1: pairing, refusal, commands, stopping."""

from __future__ import annotations

import ipaddress
import re

import pytest

from app.deck.model import Block, Span
from app.present import remote
from app.present.pairing import MAX_WRONG_CODES
from app.present.remote import RemoteServer

from .decks import build, chapter, deck, text
from .http_client import fetch, port_is_open, send_raw
from .rig import make_rig

PNG = b"\x89PNG\r\n\x1a\nfake"
NOTES = "Сказать про визит в Токио."


def notes_deck():
    first = text("t0")
    first.notes = (Block("paragraph", (Span(NOTES),), 1),)
    return deck(chapter("Вступление", first, build("b1", 3), text("t2")), duration=10)


@pytest.fixture
def rig(qtbot):
    return make_rig(qtbot, notes_deck())


@pytest.fixture
def server(rig):
    drawn: list[tuple[int, int]] = []

    def thumbnail(index: int, step: int) -> bytes:
        drawn.append((index, step))
        return PNG

    server = RemoteServer(rig.controller, thumbnail, addresses=["127.0.0.1"])
    server.drawn = drawn
    assert server.start()
    yield server
    server.stop()


@pytest.fixture
def token(qtbot, server):
    reply = fetch(qtbot, server.port, "POST", "/pair", data={"code": server.pairing.code})
    assert reply.status == 200
    return reply.json()["token"]


def test_the_page_is_served_without_any_deck_content(qtbot, server):
    reply = fetch(qtbot, server.port, "GET", "/")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in reply.headers["content-security-policy"]
    page = reply.body.decode("utf-8")
    assert "Дальше" in page
    assert "Назад" in page
    assert NOTES not in page
    assert server.pairing.code not in page
    assert re.search(r"@\w+@", page) is None  # every word filled in
    assert 'const T = {"black": "ЧЁРНЫЙ ЭКРАН"' in page


def test_the_right_code_gives_a_token_and_is_used_up(qtbot, server):
    code = server.pairing.code
    reply = fetch(qtbot, server.port, "POST", "/pair", data={"code": code})
    assert reply.status == 200
    assert len(reply.json()["token"]) >= 32
    assert server.pairing.code != code  # the next phone needs the next code
    again = fetch(qtbot, server.port, "POST", "/pair", data={"code": code})
    assert again.status == 403


def test_wrong_codes_are_refused_then_pairing_locks(qtbot, server):
    wrong = f"{(int(server.pairing.code) + 1) % 1_000_000:06d}"
    statuses = [fetch(qtbot, server.port, "POST", "/pair", data={"code": wrong}).status
                for _ in range(MAX_WRONG_CODES)]
    assert statuses == [403] * (MAX_WRONG_CODES - 1) + [429]
    right = fetch(qtbot, server.port, "POST", "/pair", data={"code": server.pairing.code})
    assert right.status == 429  # even the right code, until the console makes a new one
    assert "token" not in right.json()
    server.renew_code()
    again = fetch(qtbot, server.port, "POST", "/pair", data={"code": server.pairing.code})
    assert again.status == 200


@pytest.mark.parametrize(("method", "path", "data"), [
    ("POST", "/command", {"action": "next"}),
    ("GET", "/state", None),
    ("GET", "/slide.png", None),
])
def test_an_unpaired_client_gets_403_and_nothing_moves(qtbot, rig, server, method, path, data):
    for token in ("", "made-up-token"):
        reply = fetch(qtbot, server.port, method, path, data=data, token=token)
        assert reply.status == 403
        assert NOTES.encode() not in reply.body
    assert rig.positions() == (0, 0)
    assert server.drawn == []


def test_a_renewed_code_disconnects_paired_phones(qtbot, server, token):
    server.renew_code()
    assert fetch(qtbot, server.port, "GET", "/state", token=token).status == 403


def test_paired_next_and_previous_drive_the_controller(qtbot, rig, server, token):
    reply = fetch(qtbot, server.port, "POST", "/command", data={"action": "next"}, token=token)
    assert reply.status == 200
    assert rig.positions() == (1, 0)
    assert reply.json()["view"] == "1.0"
    fetch(qtbot, server.port, "POST", "/command", data={"action": "next"}, token=token)
    assert rig.positions() == (1, 1)  # a build step, as the clicker's «next»
    fetch(qtbot, server.port, "POST", "/command", data={"action": "previous"}, token=token)
    fetch(qtbot, server.port, "POST", "/command", data={"action": "previous"}, token=token)
    assert rig.positions() == (0, 0)
    bad = fetch(qtbot, server.port, "POST", "/command", data={"action": "quit"}, token=token)
    assert bad.status == 400
    assert rig.positions() == (0, 0)


def test_state_has_the_slide_number_notes_and_timer(qtbot, rig, server, token):
    total = len(rig.controller.deck.slide_numbers())
    state = fetch(qtbot, server.port, "GET", "/state", token=token).json()
    assert state["slide"] == f"1/{total}"
    assert state["notes"] == NOTES
    assert state["chapter"] == "Вступление"
    assert state["elapsed"] == "00:00"
    assert state["timer"] == "не запущен"
    assert state["remaining"] == "осталось 10 минут"
    rig.controller.next_step()
    rig.clock.advance(65)
    state = fetch(qtbot, server.port, "GET", "/state", token=token).json()
    assert state["slide"] == f"2/{total}"
    assert (state["step"], state["steps"]) == (1, 3)
    assert state["elapsed"] == "01:05"
    assert state["notes"] == ""


def test_the_picture_is_the_current_slide_drawn_once_per_step(qtbot, rig, server, token):
    for _ in range(2):
        reply = fetch(qtbot, server.port, "GET", "/slide.png", token=token)
        assert reply.status == 200
        assert reply.headers["content-type"] == "image/png"
        assert reply.body == PNG
    rig.controller.next_step()
    fetch(qtbot, server.port, "GET", "/slide.png", token=token)
    assert server.drawn == [(0, 0), (1, 0)]


def test_only_fixed_routes(qtbot, server, token):
    for path in ("/../../etc/passwd", "/remote.py", "/index.html", "/state/x"):
        assert fetch(qtbot, server.port, "GET", path, token=token).status == 404
    assert fetch(qtbot, server.port, "GET", "/command", token=token).status == 405
    assert fetch(qtbot, server.port, "DELETE", "/state", token=token).status == 405


def test_a_foreign_host_name_is_refused(qtbot, server, token):
    reply = fetch(qtbot, server.port, "GET", "/state", token=token,
                  headers={"Host": "evil.example:80"})
    assert reply.status == 421


def test_oversized_and_malformed_requests_are_refused(qtbot, server):
    big = send_raw(qtbot, server.port, b"POST /pair HTTP/1.1\r\nHost: x\r\n"
                   b"Content-Length: 100000\r\n\r\n")
    assert big.startswith(b"HTTP/1.1 413 ")
    long_head = send_raw(qtbot, server.port, b"GET / HTTP/1.1\r\nX: " + b"a" * 20_000)
    assert long_head.startswith(b"HTTP/1.1 431 ")
    garbage = send_raw(qtbot, server.port, b"hello there\r\n\r\n")
    assert garbage.startswith(b"HTTP/1.1 400 ")


def test_a_silent_client_is_dropped(qtbot, monkeypatch, server):
    monkeypatch.setattr(remote, "REQUEST_TIMEOUT_MS", 200)
    assert send_raw(qtbot, server.port, b"GET / HTTP/1.1\r\n") == b""


def test_stopping_frees_the_port(qtbot, server, token):
    port = server.port
    assert port_is_open(qtbot, port)
    server.stop()
    assert not server.running
    assert server.url == ""
    assert not port_is_open(qtbot, port)
    again = RemoteServer(server._controller, lambda i, s: PNG, port=port,
                         addresses=["127.0.0.1"])
    assert again.start()  # the port is really free
    again.stop()


def test_a_taken_port_is_reported_not_raised(qtbot, rig, server):
    errors: list[str] = []
    second = RemoteServer(rig.controller, lambda i, s: PNG, port=server.port,
                          addresses=["127.0.0.1"])
    second.error.connect(errors.append)
    assert not second.start()
    assert not second.running
    assert errors
    assert str(server.port) in errors[0]


def test_the_lan_address_is_a_private_ipv4_one_or_none(qtbot):
    address = remote.lan_address()
    if address is not None:
        parsed = ipaddress.ip_address(address)
        assert parsed.version == 4
        assert parsed.is_private
        assert not parsed.is_loopback
