"""How much one media file may cost: the limits shared by photos and illustrations.

A deck comes from anyone, and one file must not take the machine down. A
JPEG is decoded at a reduced scale (libjpeg's draft mode), so a big one
stays cheap; a PNG or WebP, and every picture inside an SVG, is decoded
whole, three or four bytes a pixel and a copy while it is converted:
the limits below keep one such decode under 300 MB (measured at a 4K export
size), and a JPEG's draft scale is chosen to decode no more than that either.
"""

from __future__ import annotations

MAX_PIXELS = 100_000_000  # any file, from its header: a 100 MP camera JPEG
MAX_FULL_DECODE_PIXELS = 24_000_000  # a PNG, and an SVG's inline pictures together
MAX_WEBP_PIXELS = MAX_FULL_DECODE_PIXELS // 2  # libwebp's buffer is copied once more
