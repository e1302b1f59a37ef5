"""Just enough HTTP/1.1 for the phone remote: one bounded request in, one response out.

The remote speaks to a phone browser on the local network, so its server is
tiny and strict instead of general: a request line, headers and a
Content-Length body, each with a hard size limit; no chunked bodies, no
keep-alive (every response closes the connection). Pure bytes in and out, no
sockets and no Qt, so the parsing is tested on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from http import HTTPStatus

MAX_HEAD = 8 * 1024  # request line and headers
MAX_BODY = 1024  # the largest body a route accepts (a pairing code, a command)

_METHOD = re.compile(r"[A-Z]{1,10}")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


class BadRequest(Exception):
    """A request the server answers with `status` and then drops."""

    def __init__(self, status: HTTPStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # without the query string
    headers: dict[str, str] = field(default_factory=dict)  # names in lower case
    body: bytes = b""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def parse_request(buffer: bytes) -> Request | None:
    """The request at the start of `buffer`, or None while it is still incomplete.

    Raises BadRequest for anything malformed or over a limit, as soon as that
    is certain (a client cannot make the server buffer more than the limits).
    """
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        if len(buffer) > MAX_HEAD:
            raise BadRequest(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "head too large")
        return None
    if end > MAX_HEAD:
        raise BadRequest(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "head too large")
    try:
        head = buffer[:end].decode("ascii")
    except UnicodeDecodeError:
        raise BadRequest(HTTPStatus.BAD_REQUEST, "head is not ASCII") from None
    request_line, *lines = head.split("\r\n")
    method, path = _request_line(request_line)
    headers = _headers(lines)
    if "transfer-encoding" in headers:
        raise BadRequest(HTTPStatus.NOT_IMPLEMENTED, "only Content-Length bodies")
    length = _content_length(headers.get("content-length", "0"))
    body = buffer[end + 4:end + 4 + length]
    if len(body) < length:
        return None
    return Request(method, path, headers, bytes(body))


def _request_line(line: str) -> tuple[str, str]:
    parts = line.split(" ")
    if len(parts) != 3 or parts[2] not in ("HTTP/1.0", "HTTP/1.1"):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "bad request line")
    method, target, _version = parts
    if not _METHOD.fullmatch(method) or not target.startswith("/"):
        raise BadRequest(HTTPStatus.BAD_REQUEST, "bad request line")
    return method, target.split("?", 1)[0]


def _headers(lines: list[str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon or not _HEADER_NAME.fullmatch(name):
            raise BadRequest(HTTPStatus.BAD_REQUEST, "bad header")
        key = name.lower()
        if key in headers and key in ("content-length", "host", "authorization"):
            raise BadRequest(HTTPStatus.BAD_REQUEST, f"repeated {key}")
        headers[key] = value.strip()
    return headers


def _content_length(text: str) -> int:
    if not text.isdigit() or len(text) > 9:
        raise BadRequest(HTTPStatus.BAD_REQUEST, "bad Content-Length")
    length = int(text)
    if length > MAX_BODY:
        raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "body too large")
    return length


def response(status: HTTPStatus, body: bytes = b"", content_type: str = "text/plain",
             headers: dict[str, str] | None = None) -> bytes:
    """A complete response that closes the connection; never cached, never sniffed."""
    lines = [
        f"HTTP/1.1 {status.value} {status.phrase}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        "Cache-Control: no-store",
        "X-Content-Type-Options: nosniff",
        "Referrer-Policy: no-referrer",
        *(f"{name}: {value}" for name, value in (headers or {}).items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + body
