"""The remote's tiny HTTP parser: complete, incomplete, malformed and oversized requests."""

from __future__ import annotations

from http import HTTPStatus

import pytest

from app.present.http_wire import MAX_BODY, MAX_HEAD, BadRequest, parse_request, response


def test_a_get_with_headers_and_a_query():
    request = parse_request(b"GET /state?x=1 HTTP/1.1\r\nHost: a:1\r\nAuthorization: Bearer t"
                            b"\r\n\r\n")
    assert request is not None
    assert (request.method, request.path) == ("GET", "/state")
    assert request.header("HOST") == "a:1"
    assert request.header("authorization") == "Bearer t"


def test_a_post_waits_for_its_whole_body():
    head = b"POST /pair HTTP/1.1\r\nContent-Length: 16\r\n\r\n"
    assert parse_request(head) is None
    assert parse_request(head + b'{"code": ') is None
    request = parse_request(head + b'{"code": "1234"}')
    assert request is not None
    assert request.body == b'{"code": "1234"}'


def test_an_incomplete_head_waits():
    assert parse_request(b"GET / HTTP/1.1\r\nHost: a") is None


@pytest.mark.parametrize(("data", "status"), [
    (b"GET / HTTP/1.1\r\nX: " + b"a" * MAX_HEAD, HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
    (b"POST / HTTP/1.1\r\nContent-Length: %d\r\n\r\n" % (MAX_BODY + 1),
     HTTPStatus.REQUEST_ENTITY_TOO_LARGE),
    (b"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", HTTPStatus.BAD_REQUEST),
    (b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", HTTPStatus.NOT_IMPLEMENTED),
    (b"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", HTTPStatus.BAD_REQUEST),
    (b"GET / HTTP/1.1\r\nno colon\r\n\r\n", HTTPStatus.BAD_REQUEST),
    (b"GET /\r\n\r\n", HTTPStatus.BAD_REQUEST),
    (b"GET http://x/ HTTP/1.1\r\n\r\n", HTTPStatus.BAD_REQUEST),
    (b"get / HTTP/1.1\r\n\r\n", HTTPStatus.BAD_REQUEST),
    (b"GET / HTTP/2.0\r\n\r\n", HTTPStatus.BAD_REQUEST),
    ("GET /ё HTTP/1.1\r\n\r\n".encode(), HTTPStatus.BAD_REQUEST),
])
def test_bad_requests_are_refused_with_a_status(data, status):
    with pytest.raises(BadRequest) as caught:
        parse_request(data)
    assert caught.value.status == status


def test_a_response_closes_and_is_never_cached():
    data = response(HTTPStatus.OK, b"{}", "application/json", {"X-Extra": "1"})
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n")
    for line in (b"Content-Length: 2", b"Connection: close", b"Cache-Control: no-store",
                 b"X-Extra: 1"):
        assert line in head.split(b"\r\n")
    assert body == b"{}"
