"""Only self-contained SVG bytes pass: no file, URL, nested SVG, gzip or odd encoding."""

from __future__ import annotations

import base64
import gzip
import io
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.media.svg import (
    BROKEN,
    DECLARATIONS,
    EXTERNAL,
    GZIPPED,
    NOT_UTF8,
    svg_refusal,
)

SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'
XLINK_NS = 'xmlns:xlink="http://www.w3.org/1999/xlink"'
OUTSIDE = '<image href="/etc/secret.png" width="10" height="10"/>'


def svg(body: str, head: str = "") -> bytes:
    return f'{head}<svg {SVG_NS} {XLINK_NS} viewBox="0 0 10 10">{body}</svg>'.encode()


def data_uri(mime: str, payload: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(payload).decode()}"


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (2, 2), (0, 175, 202)).save(out, "PNG")
    return out.getvalue()


def test_a_self_contained_drawing_passes():
    data = svg(
        '<defs><linearGradient id="sky"><stop offset="0"/></linearGradient>'
        '<rect id="тень" width="1" height="1"/></defs>'
        '<style>.a { fill: url(#sky) }</style>'
        '<rect class="a" width="10" height="10" fill="url(#sky)" style="stroke: url(\'#sky\')"/>'
        '<use xlink:href="#тень"/><use href="#sky"/>'
        f'<image href="{data_uri("image/png", png_bytes())}" width="2" height="2"/>',
        head='<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn for the deck -->\n')
    assert svg_refusal(data) is None


@pytest.mark.parametrize("reference", [
    "/etc/secret.png",
    "photo.png",
    "../../outside.svg",
    "file:///etc/secret.png",
    "https://example.org/x.png",
    "#../../etc/secret.png",
    " /etc/secret.png",
    "data:image/svg+xml;base64," + base64.b64encode(svg(OUTSIDE)).decode(),
    # labelled PNG, but Qt picks the decoder by the bytes: this is an SVG
    data_uri("image/png", svg(OUTSIDE)),
    # Qt decodes from the last "base64,": the PNG in front is only a decoy
    data_uri("image/png", png_bytes()) + "base64," + base64.b64encode(svg(OUTSIDE)).decode(),
    "data:image/png," + "%89PNG",
])
@pytest.mark.parametrize("attribute", ["href", "xlink:href", "src"])
def test_every_reference_outside_the_document_is_refused(reference, attribute):
    reason = svg_refusal(svg(f'<image {attribute}="{reference}" width="1" height="1"/>'))
    assert reason is not None
    assert reason.startswith(EXTERNAL)


def test_a_reference_under_another_prefix_is_still_a_reference():
    data = svg('<image q:href="/etc/secret.png" xmlns:q="http://www.w3.org/1999/xlink"/>')
    assert svg_refusal(data) == f"{EXTERNAL} («/etc/secret.png»)"


@pytest.mark.parametrize("body", [
    '<rect width="1" height="1" fill="url(/etc/secret.png)"/>',
    '<rect width="1" height="1" style="fill: url(\'photo.png#x\')"/>',
    "<style>rect { fill: url(other.svg#paint) }</style>",
    '<style>@import "theme.css";</style>',
])
def test_css_may_only_point_inside_the_document(body):
    assert svg_refusal(svg(body)).startswith(EXTERNAL)


def test_a_stylesheet_instruction_is_refused():
    data = svg("", head='<?xml-stylesheet href="theme.css"?>')
    assert svg_refusal(data).startswith(EXTERNAL)


def test_gzip_is_refused_before_anything_is_inflated():
    assert svg_refusal(gzip.compress(svg(OUTSIDE))) == GZIPPED
    assert svg_refusal(gzip.compress(svg(""))) == GZIPPED


@pytest.mark.parametrize("data", [
    svg(OUTSIDE).decode().encode("utf-16"),  # with a byte order mark
    svg(OUTSIDE).decode().encode("utf-16-be"),  # without one: every other byte is NUL
    svg("<text>Müller</text>").decode().encode("latin-1"),
    svg("<text>Tokyo</text>", head='<?xml version="1.0" encoding="ISO-8859-1"?>'),
])
def test_only_utf8_is_read(data):
    assert svg_refusal(data) == NOT_UTF8


@pytest.mark.parametrize("head", [
    '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
    '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
])
def test_any_doctype_is_refused(head):
    assert svg_refusal(svg("", head=head)) == DECLARATIONS


@pytest.mark.parametrize("data", [b"<svg", b"<svg>&x;</svg>", b"", b"not xml at all"])
def test_what_is_not_xml_is_broken(data):
    assert svg_refusal(data) == BROKEN


def test_a_long_reference_is_shortened_in_the_reason():
    reason = svg_refusal(svg(f'<image href="/{"x" * 500}.png"/>'))
    assert len(reason) < 120
    assert reason.endswith("…»)")


# -- budgets under fuzzing: whatever the structure, refused or drawn in bounded time ----------

IDS = [f"e{n}" for n in range(6)]
_leaf = st.one_of(
    st.builds(lambda: "<rect width='1' height='1'/>"),
    st.builds(lambda i: f"<use xlink:href='#{i}'/>", st.sampled_from(IDS)),
    st.builds(lambda i: f"<rect fill='url(#{i})' width='2' height='2'/>", st.sampled_from(IDS)),
    st.builds(lambda n, i: "<polyline points='" + " ".join(f"{k},{k}" for k in range(n))
              + f"' marker-mid='url(#{i})'/>", st.integers(1, 400), st.sampled_from(IDS)),
    st.builds(lambda n: f"<text>{'x' * n}</text>", st.integers(0, 3000)),
)
_tree = st.recursive(_leaf, lambda inner: st.builds(
    lambda tag, i, kids: f"<{tag} id='{i}'>{''.join(kids)}</{tag}>",
    st.sampled_from(["g", "pattern", "marker", "symbol", "defs"]), st.sampled_from(IDS),
    st.lists(inner, max_size=12)), max_leaves=60)


@settings(max_examples=80, deadline=timedelta(seconds=5),
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.lists(_tree, min_size=1, max_size=6), repeat=st.integers(1, 40))
def test_any_svg_structure_is_refused_or_drawn_in_bounded_time(qapp, body, repeat):
    data = svg("".join(body) * repeat)
    reason = svg_refusal(data)
    if reason is None:
        renderer = QSvgRenderer(QByteArray(data))
        image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
    else:
        assert isinstance(reason, str)
        assert reason
