"""Which illustration bytes may reach Qt's SVG renderer: self-contained ones only.

QSvgRenderer inflates gzip, honours the declared encoding and follows an
<image> href to any file or data URI, and a data URI may hold another SVG
that does the same. A deck is untrusted, so an SVG is drawn only when a real
XML parse of exactly the bytes Qt will get finds nothing that points outside
it: no DOCTYPE (so no entities), every href a #fragment of the same document
or an inline PNG, JPEG or WebP whose bytes really are one, every CSS url() a
#fragment.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET

GZIPPED = "сжатые иллюстрации (svgz) не читаются"
NOT_UTF8 = "иллюстрация не в кодировке UTF-8"
DECLARATIONS = "иллюстрация объявляет DOCTYPE или сущности"
EXTERNAL = "иллюстрация ссылается на внешние файлы"
BROKEN = "файл иллюстрации повреждён"

GZIP_MAGIC = b"\x1f\x8b"
SHOWN_REFERENCE = 40  # characters of a refused reference quoted in the reason
REFERENCE_ATTRIBUTES = ("href", "src")  # in any namespace: xlink:href, href, …
_DECLARED_ENCODING = re.compile(
    r"\A\ufeff?\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([^\"']*)[\"']")
_FRAGMENT = re.compile(r"\A#[^\W\d][\w.:-]*\Z")  # a part of this document, by id
_CSS_URL = re.compile(r"""url\(\s*(["']?)(.*?)\1\s*\)""", re.IGNORECASE | re.DOTALL)
_CSS_IMPORT = re.compile(r"@import", re.IGNORECASE)
_INLINE_RASTER = re.compile(r"\Adata:(image/(?:png|jpeg|webp));base64,(.*)\Z",
                            re.IGNORECASE | re.DOTALL)
# Only alphabet characters and end padding: Python and Qt then decode the same bytes.
_BASE64 = re.compile(r"\A[A-Za-z0-9+/]*={0,2}\Z")
_MAGIC = {
    "image/png": lambda data: data.startswith(b"\x89PNG\r\n\x1a\n"),
    "image/jpeg": lambda data: data.startswith(b"\xff\xd8\xff"),
    "image/webp": lambda data: data[:4] == b"RIFF" and data[8:12] == b"WEBP",
}


class _Refused(Exception):
    """Stops the parse at the first thing that makes the file unsafe to draw."""


class _Builder(ET.TreeBuilder):
    """A tree builder that refuses a DOCTYPE before its entities are declared or expanded."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise _Refused(DECLARATIONS)

    def pi(self, target: str, text: str | None = None) -> None:
        raise _Refused(_external(f"<?{target}"))  # xml-stylesheet and the like


def svg_refusal(data: bytes) -> str | None:
    """Why these SVG bytes must not be drawn, or None when they are self-contained."""
    if data.startswith(GZIP_MAGIC):
        return GZIPPED
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return NOT_UTF8
    declared = _DECLARED_ENCODING.match(text)
    if "\x00" in text or (declared and declared.group(1).lower() not in ("utf-8", "utf8")):
        return NOT_UTF8  # UTF-16 without a BOM, or a declaration Qt would decode by
    parser = ET.XMLParser(target=_Builder())
    try:
        parser.feed(data)  # the bytes, as Qt reads them, not our decoded text
        root = parser.close()
        _check_tree(root)
    except _Refused as refused:
        return str(refused)
    except ET.ParseError:
        return BROKEN
    return None


def _check_tree(root: ET.Element) -> None:
    for element in root.iter():
        for name, value in element.attrib.items():
            if _local(name).lower() in REFERENCE_ATTRIBUTES:
                _check_reference(value)
            _check_css(value)
        if _local(element.tag) == "style":
            css = element.text or ""
            if _CSS_IMPORT.search(css):
                raise _Refused(_external("@import"))
            _check_css(css)


def _local(name: str) -> str:
    """`href` of `{http://www.w3.org/1999/xlink}href`."""
    return name.rpartition("}")[2]


def _check_reference(value: str) -> None:
    """An href may name a part of this document or carry a raster inline; nothing else."""
    reference = value.strip()
    if _FRAGMENT.match(reference) or _is_inline_raster(reference):
        return
    raise _Refused(_external(reference))


def _check_css(text: str) -> None:
    for _quote, target in _CSS_URL.findall(text):
        if not _FRAGMENT.match(target.strip()):
            raise _Refused(_external(target))


def _is_inline_raster(reference: str) -> bool:
    """A data: URI whose base64 payload is the PNG, JPEG or WebP it claims to be.

    Qt picks the decoder by the bytes, not by the claimed type, so an SVG
    labelled image/png would be drawn as an SVG, with references of its own.
    """
    match = _INLINE_RASTER.match(reference)
    if match is None:
        return False
    payload = "".join(match.group(2).split())
    if not _BASE64.match(payload):
        return False
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return False
    return _MAGIC[match.group(1).lower()](data)


def _external(reference: str) -> str:
    shown = reference if len(reference) <= SHOWN_REFERENCE else reference[:SHOWN_REFERENCE] + "…"
    return f"{EXTERNAL} («{shown}»)"
