#!/usr/bin/env python3
"""Draw the deck's illustrations as SVG Tiny-friendly files in slides/media/.

Press photos of the report are not available, so the deck uses illustrations
the project draws itself.  This script generates every one of them,
deterministically (fixed random seeds), so they can be regenerated and
reviewed in a diff.

Rules the output keeps, because the app renders it with QSvgRenderer
(SVG Tiny 1.2): only path/rect/circle/ellipse/line/polyline/polygon, <g>
with transforms, linear/radial gradients and presentation attributes.  No
<text> (letters and kanji are converted to outlines with fontTools), no
filters, masks, CSS, scripts, images or external references.

Usage:  python3 tools/draw_illustrations.py [OUTDIR]
"""

from __future__ import annotations

import colorsys
import math
import os
import random
import re
import sys

from fontTools.misc.transform import Transform
from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.ttLib import TTFont

W, H = 1920, 1080
CALM_Y = 842  # below this line (lower ~22%) the picture stays calm

# Palette -----------------------------------------------------------------
PAPER = "#F4EFE6"
PAPER_LIGHT = "#FBF8F2"
PAPER_DARK = "#E8E0D2"
INK = "#14213D"
NAVY = "#1F3A5F"
NAVY_MID = "#2E4E77"
SKY = "#00AFCA"
SKY_DARK = "#0089A0"
SKY_1 = "#5CCADB"
SKY_2 = "#A6E1EA"
SKY_3 = "#D6F0F4"
SKY_4 = "#EAF7F9"
GOLD = "#FEC50C"
GOLD_1 = "#FFD95C"
GOLD_2 = "#FFE9A6"
GOLD_DARK = "#D9A300"
VERMILION = "#D7261E"
GREY_1 = "#E3DED5"
GREY_2 = "#CFC9BE"
GREY_3 = "#B3AEA5"
GREY_4 = "#8A8F98"
GREY_5 = "#5A6270"
WHITE = "#FFFFFF"

FONT_LATIN = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"
FONT_SERIF_CJK = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_SANS_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_JP = 0  # font number of the JP face in both Noto CJK collections


# SVG helpers -------------------------------------------------------------


def fmt(v) -> str:
    if isinstance(v, (int,)):
        return str(v)
    if isinstance(v, float):
        s = f"{v:.1f}"
        if s.endswith(".0"):
            s = s[:-2]
        if s == "-0":
            s = "0"
        return s
    return str(v)


def _attrs(kw: dict) -> str:
    out = []
    for k, v in kw.items():
        if v is None:
            continue
        k = k.rstrip("_").replace("_", "-")
        out.append(f'{k}="{fmt(v)}"')
    return (" " + " ".join(out)) if out else ""


def rect(x, y, w, h, fill, **kw):
    return f"<rect{_attrs(dict(x=float(x), y=float(y), width=float(w), height=float(h), fill=fill, **kw))}/>"


def circle(cx, cy, r, fill, **kw):
    return f"<circle{_attrs(dict(cx=float(cx), cy=float(cy), r=float(r), fill=fill, **kw))}/>"


def ellipse(cx, cy, rx, ry, fill, **kw):
    return f"<ellipse{_attrs(dict(cx=float(cx), cy=float(cy), rx=float(rx), ry=float(ry), fill=fill, **kw))}/>"


def line(x1, y1, x2, y2, stroke, width=2, **kw):
    return f"<line{_attrs(dict(x1=float(x1), y1=float(y1), x2=float(x2), y2=float(y2), stroke=stroke, stroke_width=width, **kw))}/>"


def pts(points) -> str:
    return " ".join(f"{fmt(float(x))},{fmt(float(y))}" for x, y in points)


def polygon(points, fill, **kw):
    return f"<polygon{_attrs(dict(points=pts(points), fill=fill, **kw))}/>"


def polyline(points, stroke, width=2, **kw):
    kw.setdefault("fill", "none")
    return f"<polyline{_attrs(dict(points=pts(points), stroke=stroke, stroke_width=width, **kw))}/>"


def path(d, fill, **kw):
    return f"<path{_attrs(dict(d=d, fill=fill, **kw))}/>"


def group(children, **kw):
    if isinstance(children, str):
        children = [children]
    return f"<g{_attrs(kw)}>" + "".join(children) + "</g>"


def poly_d(points, close=True) -> str:
    s = "M" + " L".join(f"{fmt(float(x))} {fmt(float(y))}" for x, y in points)
    return s + ("Z" if close else "")


def rrect_d(x, y, w, h, r) -> str:
    """Rounded-rectangle outline as path data (for use inside combined paths)."""
    r = min(r, w / 2, h / 2)
    def f(v):
        return fmt(float(v))
    return (
        f"M{f(x + r)} {f(y)}H{f(x + w - r)}Q{f(x + w)} {f(y)} {f(x + w)} {f(y + r)}"
        f"V{f(y + h - r)}Q{f(x + w)} {f(y + h)} {f(x + w - r)} {f(y + h)}"
        f"H{f(x + r)}Q{f(x)} {f(y + h)} {f(x)} {f(y + h - r)}"
        f"V{f(y + r)}Q{f(x)} {f(y)} {f(x + r)} {f(y)}Z"
    )


def lerp(a, b, t):
    return a + (b - a) * t


def lerp2(p, q, t):
    return (lerp(p[0], q[0], t), lerp(p[1], q[1], t))


class Doc:
    """One SVG document: gradients first, then the drawing, in paint order."""

    def __init__(self, name: str, title: str):
        self.name = name
        self.title = title
        self.grads: list[str] = []
        self.body: list[str] = []
        self._ids: set[str] = set()
        self.night = False  # a night scene suits the dark slides as it is

    def add(self, *items):
        for it in items:
            if isinstance(it, (list, tuple)):
                self.body.extend(it)
            else:
                self.body.append(it)

    def lin(self, gid, stops, x1=0, y1=0, x2=0, y2=1, user=False):
        """Linear gradient.  stops: (offset, colour[, opacity]).  Returns url()."""
        assert gid not in self._ids, gid
        self._ids.add(gid)
        units = ' gradientUnits="userSpaceOnUse"' if user else ""
        s = "".join(_stop(*st) for st in stops)
        self.grads.append(
            f'<linearGradient id="{gid}" x1="{fmt(x1)}" y1="{fmt(y1)}" x2="{fmt(x2)}" y2="{fmt(y2)}"{units}>{s}</linearGradient>'
        )
        return f"url(#{gid})"

    def rad(self, gid, stops, cx=0.5, cy=0.5, r=0.5, user=False, fx=None, fy=None):
        assert gid not in self._ids, gid
        self._ids.add(gid)
        units = ' gradientUnits="userSpaceOnUse"' if user else ""
        foc = ""
        if fx is not None:
            foc = f' fx="{fmt(fx)}" fy="{fmt(fy)}"'
        s = "".join(_stop(*st) for st in stops)
        self.grads.append(
            f'<radialGradient id="{gid}" cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}"{foc}{units}>{s}</radialGradient>'
        )
        return f"url(#{gid})"

    def glow(self, gid, cx, cy, r, colour, opacity):
        """A soft round light: radial gradient fading to transparent."""
        url = self.rad(
            gid,
            [(0, colour, opacity), (0.45, colour, opacity * 0.45), (1, colour, 0)],
            cx=cx,
            cy=cy,
            r=r,
            user=True,
        )
        return circle(cx, cy, r, url)

    def svg(self) -> str:
        head = (
            '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{W}" height="{H}" viewBox="0 0 {W} {H}">'
        )
        title = f"<!-- {self.title} (drawn by tools/draw_illustrations.py) -->"
        return "\n".join([head, title, *self.grads, *self.body, "</svg>"]) + "\n"

    def save(self, outdir):
        """Write the drawing, and its night version for dark themes unless it is one."""
        p = os.path.join(outdir, self.name)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(self.svg())
        dark = os.path.join(outdir, self.name.replace(".svg", ".dark.svg"))
        if self.night:
            if os.path.exists(dark):
                os.remove(dark)
        else:
            with open(dark, "w", encoding="utf-8") as fh:
                fh.write(night_svg(self.svg()))
        return p


NIGHT = (0x0F, 0x1A, 0x2B)  # the dark theme's ground
COLOUR = re.compile(r'(stop-color=")?(#[0-9A-Fa-f]{6})\b')


GRADIENT = re.compile(r'<(linear|radial)Gradient id="([^"]+)".*?</\1Gradient>')
# gradients that shade an object (a card, a tablecloth), not a wall or a sky
OBJECT_GRADIENTS = {"card", "cloth", "clothtop", "skirt"}


def night_svg(svg: str) -> str:
    """The drawing for the dark palette. Gradients are walls, skies and shading, so even
    their white turns to night; a white shape is a sheet of paper or cloth and stays."""

    def gradient(m: re.Match) -> str:
        if m.group(2) in OBJECT_GRADIENTS:  # a card is as white at night: kept as it is
            return m.group(0).replace('stop-color="#', 'stop-color="%')
        return COLOUR.sub(lambda c: (c.group(1) or "") + night(c.group(2), True), m.group(0))

    svg = GRADIENT.sub(gradient, svg)
    svg = COLOUR.sub(lambda m: m.group(0) if m.group(1) else night(m.group(2)), svg)
    return svg.replace('stop-color="%', 'stop-color="#')


def night(colour: str, shading: bool = False) -> str:
    """`colour` as drawn for the dark palette: walls, skies and pale tones turn to night
    blue; sheets of paper and white cloth (near white), skin, and saturated light (gold,
    sky blue, vermilion) keep their colour; dark ink lifts a little so it still separates
    from the darker ground."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    skin = 0.04 < h < 0.1 and 0.35 < s < 0.8 and 0.55 < lum < 0.86
    if (s >= 0.75 and lum < 0.9) or (lum >= 0.96 and not shading) or skin:
        return colour
    if lum > 0.6:
        depth = (1 - lum) / 0.4  # 0 for white .. 1 at the threshold
        lum = 0.11 + 0.2 * depth
        mix = 0.55
        r, g, b = colorsys.hls_to_rgb(h, lum, s * 0.5)
        r, g, b = (c * (1 - mix) + n / 255 * mix * (lum / 0.11) ** 0.5 for c, n in
                   zip((r, g, b), NIGHT, strict=True))
    elif lum < 0.22:
        r, g, b = colorsys.hls_to_rgb(h, lum + 0.1, s)
    return "#" + "".join(f"{max(0, min(255, round(c * 255))):02X}" for c in (r, g, b))


def _stop(offset, colour, opacity=1.0):
    op = (
        ""
        if opacity >= 1
        else f' stop-opacity="{fmt(round(float(opacity), 3)) if opacity >= 0.1 else round(float(opacity), 3)}"'
    )
    return f'<stop offset="{fmt(float(offset)) if offset not in (0, 1) else offset}" stop-color="{colour}"{op}/>'


# Glyph outlines ------------------------------------------------------------

_FONTS: dict = {}


def _font(path, number=0):
    key = (path, number)
    if key not in _FONTS:
        _FONTS[key] = TTFont(path, fontNumber=number) if path.endswith(".ttc") else TTFont(path)
    return _FONTS[key]


def glyph_d(
    char,
    font_path,
    size,
    cx,
    cy,
    *,
    number=0,
    rotate=0.0,
    skew=0.0,
    wobble=0.0,
    seed=0,
    squash=1.0,
    stroke_jitter=0.0,
):
    """Path data of one glyph, its ink box centred on (cx, cy), `size` px per em.

    rotate: degrees; skew: horizontal slant in degrees; wobble: amplitude in px of
    a smooth displacement field that makes straight strokes look hand-drawn.
    """
    font = _font(font_path, number)
    gs = font.getGlyphSet()
    gname = font.getBestCmap()[ord(char)]
    upem = font["head"].unitsPerEm
    bp = BoundsPen(gs)
    gs[gname].draw(bp)
    x0, y0, x1, y1 = bp.bounds
    gx, gy = (x0 + x1) / 2, (y0 + y1) / 2
    s = size / upem
    t = (
        Transform()
        .translate(cx, cy)
        .rotate(math.radians(rotate))
        .skew(math.radians(-skew), 0)
        .scale(s, -s * squash)
        .translate(-gx, -gy)
    )
    rng = random.Random(seed)
    ph = [rng.uniform(0, 2 * math.pi) for _ in range(4)]
    fr = [rng.uniform(0.6, 1.1) / size * 6 for _ in range(4)]

    def mp(p):
        if p is None:
            return None
        x, y = t.transformPoint(p)
        if wobble:
            x += wobble * (math.sin(y * fr[0] + ph[0]) * 0.7 + math.sin(x * fr[1] + ph[1]) * 0.3)
            y += wobble * (math.sin(x * fr[2] + ph[2]) * 0.7 + math.sin(y * fr[3] + ph[3]) * 0.3)
        return (x, y)

    rec = RecordingPen()
    gs[gname].draw(rec)
    # split into contours; each may be nudged on its own (strokes of a hand
    # never sit exactly where a typeface puts them)
    contours, cur = [], []
    for op, args in rec.value:
        cur.append((op, [mp(a) for a in args]))
        if op in ("closePath", "endPath"):
            contours.append(cur)
            cur = []
    if cur:
        contours.append(cur)
    pen = SVGPathPen(gs, ntos=lambda v: fmt(round(v, 1)))
    for c in contours:
        if stroke_jitter:
            ps = [p for _, a in c for p in a if p is not None]
            mx = sum(p[0] for p in ps) / len(ps)
            my = sum(p[1] for p in ps) / len(ps)
            dx, dy = (rng.uniform(-1, 1) * stroke_jitter * size for _ in range(2))
            a = math.radians(rng.uniform(-1, 1) * 3.5)
            ca, sa = math.cos(a), math.sin(a)

            def nud(p, mx=mx, my=my, dx=dx, dy=dy, ca=ca, sa=sa):
                if p is None:
                    return None
                x, y = p[0] - mx, p[1] - my
                return (mx + x * ca - y * sa + dx, my + x * sa + y * ca + dy)

            c = [(op, [nud(p) for p in a]) for op, a in c]
        for op, a in c:
            getattr(pen, op)(*a)
    return pen.getCommands()


def hand_line(
    text,
    font_path,
    size,
    x,
    y,
    *,
    seed,
    number=0,
    spacing=1.0,
    rot=4.0,
    jitter=0.06,
    wobble=0.0,
    skew=0.0,
    grow=0.0,
    stroke_jitter=0.0,
):
    """A line of CJK characters that looks written by hand: every character a
    little rotated, resized and shifted, spacing uneven.  (x, y): centre of the
    first character.  Returns path data."""
    rng = random.Random(seed)
    ds = []
    cx = x
    for i, ch in enumerate(text):
        k = 1 + rng.uniform(-jitter, jitter) + grow * i
        sz = size * k
        ds.append(
            glyph_d(
                ch,
                font_path,
                sz,
                cx + rng.uniform(-0.03, 0.03) * size,
                y + rng.uniform(-0.06, 0.06) * size,
                number=number,
                rotate=rng.uniform(-rot, rot),
                skew=skew,
                wobble=wobble,
                seed=seed * 31 + i,
                squash=1 + rng.uniform(-0.05, 0.05),
                stroke_jitter=stroke_jitter,
            )
        )
        cx += size * spacing * (1 + rng.uniform(-0.06, 0.08))
    return "".join(ds)


def latin_d(char, size, cx, cy):
    return glyph_d(char, FONT_LATIN, size, cx, cy)


# Shared motifs -------------------------------------------------------------


def sun_rays(cx, cy, r_in, r_out, n=32, width_deg=4.2, phase=0.0):
    """Path data of n slender triangular rays (Kazakh flag sun)."""
    d = []
    for i in range(n):
        a = math.radians(phase + i * 360 / n)
        w = math.radians(width_deg)
        p1 = (cx + r_in * math.cos(a - w / 2), cy + r_in * math.sin(a - w / 2))
        p2 = (cx + r_out * math.cos(a), cy + r_out * math.sin(a))
        p3 = (cx + r_in * math.cos(a + w / 2), cy + r_in * math.sin(a + w / 2))
        d.append(poly_d([p1, p2, p3]))
    return "".join(d)


def kz_flag(x, y, w, h=None, wave=0.0):
    """Kazakh flag: sky-blue field, gold sun with 32 rays, a gold steppe-eagle
    hint and the gold ornament band at the hoist.  wave: vertical amplitude."""
    h = h if h is not None else w / 2
    out = []
    if wave:
        d = (
            f"M{fmt(float(x))} {fmt(float(y))} C{fmt(x + w * 0.33)} {fmt(y - wave)} {fmt(x + w * 0.66)} {fmt(y + wave)} {fmt(float(x + w))} {fmt(float(y))}"
            f" L{fmt(float(x + w))} {fmt(float(y + h))} C{fmt(x + w * 0.66)} {fmt(y + h + wave)} {fmt(x + w * 0.33)} {fmt(y + h - wave)} {fmt(float(x))} {fmt(float(y + h))}Z"
        )
        out.append(path(d, SKY))
    else:
        out.append(rect(x, y, w, h, SKY))
    # hoist ornament: a column of small gold diamonds
    bx = x + w * 0.055
    n = 7
    for i in range(n):
        yy = y + h * (0.1 + 0.8 * (i + 0.5) / n)
        dy = h * 0.8 / n * 0.45
        out.append(
            polygon([(bx, yy - dy), (bx + dy * 0.8, yy), (bx, yy + dy), (bx - dy * 0.8, yy)], GOLD)
        )
    out.append(line(bx, y + h * 0.08, bx, y + h * 0.92, GOLD, max(0.8, h * 0.012)))
    sx, sy, sr = x + w * 0.5, y + h * 0.40, h * 0.14
    out.append(path(sun_rays(sx, sy, sr * 1.22, sr * 1.75, width_deg=6), GOLD))
    out.append(circle(sx, sy, sr, GOLD))
    # eagle hint: a wide shallow gold wing arc under the sun
    ey = y + h * 0.70
    ew = h * 0.42
    d = (
        f"M{fmt(sx - ew)} {fmt(ey - h * 0.06)} Q{fmt(sx)} {fmt(ey + h * 0.10)} {fmt(sx + ew)} {fmt(ey - h * 0.06)}"
        f" Q{fmt(sx)} {fmt(ey + h * 0.02)} {fmt(sx - ew)} {fmt(ey - h * 0.06)}Z"
    )
    out.append(path(d, GOLD))
    return "".join(out)


def jp_flag(x, y, w, h=None, wave=0.0, field=WHITE):
    h = h if h is not None else w * 2 / 3
    out = []
    if wave:
        d = (
            f"M{fmt(float(x))} {fmt(float(y))} C{fmt(x + w * 0.33)} {fmt(y - wave)} {fmt(x + w * 0.66)} {fmt(y + wave)} {fmt(float(x + w))} {fmt(float(y))}"
            f" L{fmt(float(x + w))} {fmt(float(y + h))} C{fmt(x + w * 0.66)} {fmt(y + h + wave)} {fmt(x + w * 0.33)} {fmt(y + h - wave)} {fmt(float(x))} {fmt(float(y + h))}Z"
        )
        out.append(path(d, field, stroke=GREY_2, stroke_width=max(0.6, h * 0.006)))
    else:
        out.append(rect(x, y, w, h, field, stroke=GREY_2, stroke_width=max(0.6, h * 0.006)))
    out.append(circle(x + w / 2, y + h / 2, h * 0.3, VERMILION))
    return "".join(out)


def desk_flags(cx, base_y, scale=1.0):
    """Two small desk flags on thin poles in one base: Kazakhstan and Japan."""
    s = scale
    out = []
    pole_h = 190 * s
    fw = 104 * s
    lx, rx = cx - 16 * s, cx + 16 * s
    top = base_y - pole_h
    # flags lean slightly outwards
    # the Kazakh flag flies to the left of its pole, so we see its reverse:
    # mirrored, the ornament stays at the hoist
    out.append(
        group(
            kz_flag(0, 0, fw, fw / 2, wave=4 * s),
            transform=f"translate({fmt(lx)},{fmt(top + 4 * s)}) scale(-1,1)",
        )
    )
    out.append(
        group(
            jp_flag(0, 0, fw * 0.78, fw * 0.52, wave=4 * s),
            transform=f"translate({fmt(rx)},{fmt(top + 4 * s)})",
        )
    )
    out.append(line(lx, base_y - 10 * s, lx, top, GREY_5, 2.6 * s, stroke_linecap="round"))
    out.append(line(rx, base_y - 10 * s, rx, top, GREY_5, 2.6 * s, stroke_linecap="round"))
    out.append(circle(lx, top - 3 * s, 4.5 * s, GOLD_DARK))
    out.append(circle(rx, top - 3 * s, 4.5 * s, GOLD_DARK))
    out.append(ellipse(cx, base_y - 4 * s, 46 * s, 11 * s, GREY_5))
    out.append(ellipse(cx, base_y - 9 * s, 40 * s, 8 * s, GREY_4))
    return "".join(out)


def skyline_d(rng, x0, x1, base, hmin, hmax, wmin, wmax, gap=(0, 8)):
    """Union of building blocks as one path (same colour, so overlaps vanish)."""
    d = []
    x = x0
    tops = []
    while x < x1:
        w = rng.uniform(wmin, wmax)
        h = rng.uniform(hmin, hmax)
        d.append(poly_d([(x, base), (x, base - h), (x + w, base - h), (x + w, base)]))
        tops.append((x, w, base - h))
        x += w + rng.uniform(*gap)
    return "".join(d), tops


# ---------------------------------------------------------------------------
# The Kawaguchi anecdote: one composition, four build steps
# ---------------------------------------------------------------------------

K_SEATS = [220, 500, 780, 1060, 1340, 1620, 1900]
K_J, K_K = 1060, 1340  # Japan and Kazakhstan, seated side by side
K_TABLE_FAR, K_TABLE_NEAR = 540, 742
K_NOTE_Y = 686
HAND_HER = INK
HAND_HIS = "#2A5C8A"  # a second pen, a second hand


def _note_small(cx, cy, *, fill=PAPER_LIGHT, opacity=None, dashed=False, marks=0):
    """A small sheet lying flat on the table (foreshortened)."""
    w, h, sk = 118, 40, 10
    p = [
        (cx - w / 2 + sk, cy - h / 2),
        (cx + w / 2 + sk * 0.6, cy - h / 2 - 4),
        (cx + w / 2 - sk * 0.4, cy + h / 2 - 3),
        (cx - w / 2 - sk * 0.2, cy + h / 2),
    ]
    out = []
    if dashed:
        out.append(polygon(p, "none", stroke=SKY_1, stroke_width=2.2, stroke_dasharray="7 6"))
        return group(out, opacity=opacity) if opacity else "".join(out)
    out.append(polygon([(x + 4, y + 5) for x, y in p], INK, opacity=0.22))
    out.append(polygon(p, fill, stroke=GREY_2, stroke_width=1))
    for i in range(marks):
        yy = cy - 10 + i * 9
        x0 = cx - 40 + 7 - i * 2
        out.append(
            line(
                x0,
                yy,
                x0 + (62 if i % 2 == 0 else 44),
                yy - 1.5,
                GREY_4,
                2.2,
                stroke_linecap="round",
            )
        )
    return group(out, opacity=opacity) if opacity else "".join(out)


def _scribble_d(x, y, length, rng, height=13):
    """Cursive that cannot be read: letters of loops and humps, word gaps,
    a slight slant.  Pure decoration: it stands for the handwritten request."""
    d = []
    px = x
    end = x + length
    while px < end - 30:
        word = rng.randint(3, 7)
        p = []
        for _ in range(word):
            kind = rng.random()
            w = rng.uniform(11, 17)
            if kind < 0.45:  # small loop (e, a, o)
                amp, r = height, rng.uniform(3, 5)
            elif kind < 0.7:  # hump (n, m, u)
                amp, r = height * rng.uniform(0.8, 1.0), 0
            elif kind < 0.88:  # tall loop (l, b, d)
                amp, r = height * 2.3, rng.uniform(3, 4.5)
            else:  # descender (g, y)
                amp, r = -height * 1.5, rng.uniform(3, 4.5)
            n = 9
            for i in range(n + (1 if not p else 0)):
                t = i / n if not p else (i + 1) / n
                ex = px + t * w - r * math.sin(2 * math.pi * t)
                ey = y - amp * (1 - math.cos(2 * math.pi * t)) / 2
                p.append((ex + (y - ey) * 0.28, ey + rng.uniform(-0.6, 0.6)))
            px += w
        d.append(poly_d(p, close=False))
        px += rng.uniform(14, 22)
    return "".join(d)


def _chair_back(cx, top=350, bottom=560, fill="#33496B"):
    w_top, w_bot = 176, 150
    d = (
        f"M{fmt(cx - w_bot / 2)} {bottom} L{fmt(cx - w_top / 2)} {top + 40}"
        f" Q{fmt(cx - w_top / 2)} {top} {fmt(cx - w_top / 2 + 40)} {top}"
        f" L{fmt(cx + w_top / 2 - 40)} {top} Q{fmt(cx + w_top / 2)} {top} {fmt(cx + w_top / 2)} {top + 40}"
        f" L{fmt(cx + w_bot / 2)} {bottom}Z"
    )
    inner = (
        f"M{fmt(cx - w_bot / 2 + 22)} {bottom} L{fmt(cx - w_top / 2 + 24)} {top + 52}"
        f" Q{fmt(cx - w_top / 2 + 24)} {top + 22} {fmt(cx - w_top / 2 + 56)} {top + 22}"
        f" L{fmt(cx + w_top / 2 - 56)} {top + 22} Q{fmt(cx + w_top / 2 - 24)} {top + 22} {fmt(cx + w_top / 2 - 24)} {top + 52}"
        f" L{fmt(cx + w_bot / 2 - 22)} {bottom}Z"
    )
    return path(d, fill) + path(inner, "#3E5780", opacity=0.85)


def _name_plate(cx, letter=None):
    """A standing tent card facing the viewer."""
    x0, x1, top, bot = cx - 78, cx + 78, 566, 640
    out = [
        polygon(
            [(x0 - 4, bot), (x1 + 4, bot), (x1 + 10, bot + 8), (x0 + 2, bot + 8)], INK, opacity=0.25
        ),
        polygon([(x0 + 4, top - 10), (x1 - 4, top - 10), (x1, top), (x0, top)], GREY_2),
        rect(x0, top, x1 - x0, bot - top, WHITE),
        line(x0, top + 0.5, x1, top + 0.5, GREY_3, 1),
    ]
    if letter:
        out.append(path(latin_d(letter, 62, cx, (top + bot) / 2 + 1), INK))
    return "".join(out)


def _pen(x, y, angle, length=118, body=INK, cap=GOLD_DARK):
    d = f"M0 -4.5 L{fmt(length - 18)} -4.5 L{fmt(float(length))} 0 L{fmt(length - 18)} 4.5 L0 4.5 Q-5 4.5 -5 0 Q-5 -4.5 0 -4.5Z"
    out = [
        path(
            d,
            INK,
            opacity=0.2,
            transform=f"translate({fmt(x + 3)},{fmt(y + 5)}) rotate({fmt(angle)})",
        ),
        group(
            [
                path(d, body),
                rect(8, -4.5, 30, 9, cap),
                line(length - 18, 0, length - 2, 0, GREY_3, 1),
            ],
            transform=f"translate({fmt(float(x))},{fmt(float(y))}) rotate({fmt(angle)})",
        ),
    ]
    return "".join(out)


def kawaguchi(step: int) -> Doc:
    names = {
        1: "kawaguchi-seats.svg",
        2: "kawaguchi-note.svg",
        3: "kawaguchi-kanji.svg",
        4: "kawaguchi-returned.svg",
    }
    titles = {
        1: "Illustration: a long conference table, two seats side by side, name plates J and K",
        2: "Illustration: a small paper note slides from K's place to J's",
        3: "Illustration: the note with the name 川口順子 written by hand, sent back from J to K",
        4: "Illustration: the note comes back from K to J with 川口順子 written in a second hand",
    }
    doc = Doc(names[step], titles[step])

    # wall, with a warm light on the two seats
    doc.add(rect(0, 0, W, K_TABLE_FAR + 2, doc.lin("wall", [(0, PAPER_LIGHT), (1, PAPER_DARK)])))
    for x in range(80, W, 320):
        doc.add(line(x, 0, x, K_TABLE_FAR, GREY_1, 2))
    doc.add(rect(0, 300, W, 6, GREY_1))
    doc.add(doc.glow("warm", (K_J + K_K) / 2, 420, 620, GOLD, 0.22))

    # chairs (the far ones fade: a long table)
    for cx in K_SEATS:
        d = abs(cx - (K_J + K_K) / 2)
        op = 1 if cx in (K_J, K_K) else max(0.22, 0.55 - d / 2400)
        doc.add(group(_chair_back(cx), opacity=op) if op < 1 else _chair_back(cx))

    # table
    doc.add(
        rect(
            0,
            K_TABLE_FAR,
            W,
            K_TABLE_NEAR - K_TABLE_FAR,
            doc.lin("table", [(0, "#243F66"), (1, NAVY_MID)]),
        )
    )
    doc.add(rect(0, K_TABLE_FAR, W, 3, "#3E5A84"))
    doc.add(rect(0, K_TABLE_NEAR, W, 10, "#4A6790"))
    doc.add(rect(0, K_TABLE_NEAR + 10, W, 62, INK))
    doc.add(
        rect(
            0,
            K_TABLE_NEAR + 72,
            W,
            H - K_TABLE_NEAR - 72,
            doc.lin("floor", [(0, "#DDD4C4"), (1, PAPER)]),
        )
    )
    doc.add(rect(0, K_TABLE_NEAR + 72, W, 14, INK, opacity=0.12))

    # places: plates, pens
    for cx in K_SEATS:
        letter = "J" if cx == K_J else "K" if cx == K_K else None
        d = abs(cx - (K_J + K_K) / 2)
        op = 1 if letter else max(0.3, 0.6 - d / 2400)
        items = _name_plate(cx, letter) + _pen(cx + 104, 652, -74, length=88)
        doc.add(group(items, opacity=op) if op < 1 else items)

    jx, kx = K_J - 12, K_K - 12
    if step == 1:
        pass
    elif step == 2:
        # the note slides from K's place to J's
        doc.add(_note_small(kx, K_NOTE_Y, dashed=True))
        doc.add(_note_small(kx - 95, K_NOTE_Y, opacity=0.22))
        doc.add(_note_small(kx - 185, K_NOTE_Y, opacity=0.45))
        for i, yy in enumerate((K_NOTE_Y - 9, K_NOTE_Y + 2, K_NOTE_Y + 13)):
            doc.add(
                line(jx + 80 + i * 12, yy, jx + 150 + i * 22, yy, SKY_2, 3, stroke_linecap="round")
            )
        doc.add(_note_small(jx, K_NOTE_Y, marks=2))
        doc.add(
            path(
                f"M{kx - 30} {K_NOTE_Y - 40} Q{(jx + kx) / 2} {K_NOTE_Y - 62} {jx + 40} {K_NOTE_Y - 40}",
                "none",
                stroke=SKY,
                stroke_width=3.5,
                stroke_dasharray="2 10",
                stroke_linecap="round",
            )
        )
        doc.add(
            polygon(
                [(jx + 26, K_NOTE_Y - 41), (jx + 46, K_NOTE_Y - 51), (jx + 44, K_NOTE_Y - 31)], SKY
            )
        )
    else:
        # step 3: «я написала и отправила листок обратно» (to K);
        # step 4: «он вернул его мне» (back to J)
        start, end = (jx + 50, kx - 40) if step == 3 else (kx - 30, jx + 50)
        doc.add(
            path(
                f"M{start} {K_NOTE_Y - 40} Q{(jx + kx) / 2} {K_NOTE_Y - 70} {end} {K_NOTE_Y - 40}",
                "none",
                stroke=SKY_1,
                stroke_width=3,
                stroke_dasharray="2 10",
                stroke_linecap="round",
            )
        )
        tip = 1 if end > start else -1  # the arrowhead points the way the note went
        doc.add(
            polygon(
                [(end + 14 * tip, K_NOTE_Y - 41), (end - 6 * tip, K_NOTE_Y - 51),
                 (end - 4 * tip, K_NOTE_Y - 31)],
                SKY_1,
            )
        )
        doc.add(_note_small(jx, K_NOTE_Y, marks=3))
        doc.add(ellipse(jx + 4, K_NOTE_Y, 92, 40, "none", stroke=SKY, stroke_width=3))
        doc.add(_callout(doc, step, (jx + 4, K_NOTE_Y)))
    return doc


def _callout(doc: Doc, step: int, anchor):
    """The note seen close: the request (unreadable cursive), her name in her own
    hand; in step 4 her name again, in his hand."""
    x, y, w, h = 150, 70, 700, 470
    cx, cy = x + w / 2, y + h / 2
    out = []
    ax, ay = anchor
    # leader from the lens around the small note to the card
    out.append(line(ax - 82, ay - 16, x + w - 30, y + h - 12, SKY, 3, stroke_linecap="round"))
    out.append(circle(x + w - 30, y + h - 12, 7, SKY))
    card = []
    card.append(rect(x + 12, y + 18, w, h, INK, opacity=0.16, rx=6))
    card.append(
        rect(
            x,
            y,
            w,
            h,
            doc.lin("card", [(0, WHITE), (1, "#FBF7EE")]),
            rx=6,
            stroke=GREY_2,
            stroke_width=1.5,
        )
    )
    # a notepad's torn top edge
    tear = [(x + 14 + i * 22, y + 10 + (3 if i % 2 else 0)) for i in range(int((w - 28) / 22) + 1)]
    card.append(polyline(tear, GREY_2, 1.5))
    rng = random.Random(7)
    # the request, in his pen
    for i, ln in enumerate((540, 330)):
        card.append(
            path(
                _scribble_d(x + 62, y + 92 + i * 54, ln, rng, height=11),
                "none",
                stroke=HAND_HIS,
                stroke_width=2.4,
                stroke_linecap="round",
                stroke_linejoin="round",
            )
        )
    card.append(line(x + 60, y + 165, x + w - 60, y + 165, GREY_1, 2))
    # her hand: fluent, brush-like (serif outlines, slight wobble)
    size = 112
    her = hand_line(
        "川口順子",
        FONT_SERIF_CJK,
        size,
        cx - size * 1.55,
        y + 252,
        number=CJK_JP,
        seed=11,
        rot=3.0,
        jitter=0.04,
        wobble=1.6,
        spacing=1.03,
        stroke_jitter=0.012,
    )
    card.append(path(her, HAND_HER, stroke=HAND_HER, stroke_width=1.2, stroke_linejoin="round"))
    if step == 4:
        # his hand: careful, a little larger and less even (sans outlines, more wobble)
        his = hand_line(
            "川口順子",
            FONT_SANS_CJK,
            size * 0.98,
            cx - size * 1.5,
            y + 392,
            number=CJK_JP,
            seed=5,
            rot=6.5,
            jitter=0.09,
            wobble=2.6,
            spacing=1.08,
            skew=-5,
            stroke_jitter=0.03,
        )
        card.append(path(his, HAND_HIS, stroke=HAND_HIS, stroke_width=2.2, stroke_linejoin="round"))
    out.append(group(card, transform=f"rotate(-2 {fmt(cx)} {fmt(cy)})"))
    return "".join(out)


# ---------------------------------------------------------------------------
# Scenes
# ---------------------------------------------------------------------------

SCENES: dict = {}


def scene(fn):
    SCENES[fn.__name__] = fn
    return fn


@scene
def title_cover() -> Doc:
    doc = Doc(
        "title-cover.svg",
        "Illustration: an abstract Tokyo skyline at dawn under a sky-blue and gold sun",
    )
    rng = random.Random(1964)
    hz = 722
    doc.add(
        rect(
            0,
            0,
            W,
            hz + 14,
            doc.lin(
                "sky",
                [(0, "#BCE5EE"), (0.5, "#E2F3F3"), (0.82, "#FCEFD2"), (1, "#FDE7B4")],
                0,
                0,
                0,
                hz,
                user=True,
            ),
        )
    )
    # the sun motif: sky-blue disc, 32 gold rays, gold sun
    sx, sy = 1290, 600
    doc.add(doc.glow("halo", sx, sy, 520, GOLD, 0.35))
    doc.add(circle(sx, sy, 300, doc.lin("disc", [(0, SKY_1), (1, SKY)]), opacity=0.92))
    doc.add(circle(sx, sy, 300, "none", stroke=WHITE, stroke_width=3, opacity=0.5))
    doc.add(path(sun_rays(sx, sy, 182, 268, n=32, width_deg=5.2), GOLD))
    doc.add(
        circle(
            sx,
            sy,
            156,
            doc.rad("sun", [(0, GOLD_2), (0.55, GOLD_1), (1, GOLD)], cx=0.42, cy=0.38, r=0.7),
        )
    )
    # far and middle skyline: no landmark, the report names none
    d, _ = skyline_d(rng, -20, W + 20, hz + 12, 50, 190, 40, 110, gap=(-10, 6))
    doc.add(path(d, "#A9D2DC", opacity=0.9))
    d, _ = skyline_d(rng, -20, W + 20, hz + 12, 30, 140, 50, 130, gap=(-6, 24))
    doc.add(path(d, "#6F9DB6"))
    # near skyline
    d, tops = skyline_d(rng, -20, W + 20, hz + 12, 20, 90, 60, 160, gap=(0, 30))
    doc.add(path(d, NAVY))
    for x, w, top in tops:
        for yy in range(int(top) + 12, hz, 16):
            if rng.random() < 0.25:
                doc.add(rect(x + rng.uniform(6, max(7, w - 20)), yy, 10, 5, GOLD_2, opacity=0.7))
    # water, calm, with the sun's reflection
    doc.add(
        rect(
            0,
            hz + 12,
            W,
            H - hz - 12,
            doc.lin("water", [(0, "#CDE7EC"), (0.45, "#E6F1EF"), (1, PAPER)]),
        )
    )
    for i in range(9):
        yy = hz + 28 + i * 13
        w = 300 * (1 - i / 10) * rng.uniform(0.7, 1)
        doc.add(
            rect(
                sx - w / 2 + rng.uniform(-20, 20),
                yy,
                w,
                4,
                GOLD,
                opacity=round(0.55 - i * 0.055, 2),
                rx=2,
            )
        )
    return doc


@scene
def tokyo_lights() -> Doc:
    """The report does not name the building, so no landmark is drawn: a city at night
    under light in the flag's sky blue and gold."""
    doc = Doc(
        "tokyo-lights.svg",
        "Illustration: a night city skyline under sky-blue and gold light (no particular building)",
    )
    doc.night = True
    rng = random.Random(21)
    hz = 812
    doc.add(
        rect(
            0,
            0,
            W,
            hz + 22,
            doc.lin(
                "sky",
                [(0, "#0D172D"), (0.45, NAVY), (0.8, "#1F6F8A"), (1, SKY_1)],
                0,
                0,
                0,
                hz,
                user=True,
            ),
        )
    )
    for _ in range(70):
        x, y = rng.uniform(0, W), rng.uniform(20, 420)
        doc.add(
            circle(x, y, rng.uniform(0.9, 2.2), PAPER, opacity=round(rng.uniform(0.25, 0.8), 2))
        )
    # beams of light in the flag's two colours, rising from behind the skyline
    beams = ((260, -8, SKY_1), (610, 5, GOLD_1), (960, -3, SKY_1), (1310, 6, GOLD_1),
             (1660, -6, SKY_1))
    for k, (x, lean, colour) in enumerate(beams):
        top = x + lean * 40
        beam = doc.lin(f"beam{k}", [(0, colour, 0), (1, colour, 0.45)], 0, 60, 0, hz, user=True)
        doc.add(polygon([(x - 14, hz), (top - 70, 60), (top + 70, 60), (x + 14, hz)], beam))
    doc.add(rect(0, hz - 160, W, 182, doc.lin("haze", [(0, SKY, 0), (1, SKY, 0.35)], 0, 0, 0, 1)))
    d, tops_far = skyline_d(rng, -20, W + 20, hz + 20, 60, 230, 50, 130, gap=(-12, 6))
    doc.add(path(d, "#1B3E63"))
    d, tops_near = skyline_d(rng, -20, W + 20, hz + 20, 30, 140, 60, 150, gap=(-4, 18))
    doc.add(path(d, "#14223F"))
    win = []
    for tops, base_y, p in ((tops_far, hz + 6, 0.10), (tops_near, hz + 20, 0.16)):
        for x, w, t in tops:
            for yy in range(int(t) + 14, int(base_y) - 8, 15):
                for xx in range(int(x) + 8, int(x + w) - 12, 16):
                    if rng.random() < p:
                        win.append(f"M{xx} {yy}h8v5h-8Z")
    doc.add(path("".join(win), GOLD_2, opacity=0.75))
    # river: calm, with the light's reflection in both colours
    doc.add(rect(0, hz + 20, W, H - hz - 20, doc.lin("river", [(0, "#142440"), (1, "#0C162B")])))
    for i in range(12):
        yy = hz + 34 + i * 11
        for cx, col in ((610, GOLD_1), (960, SKY_1), (1310, GOLD_1)):
            w = (90 - i * 6) * rng.uniform(0.7, 1.2)
            doc.add(
                rect(cx - w / 2 + rng.uniform(-12, 12), yy, w, 3, col,
                     opacity=round(0.5 - i * 0.035, 2), rx=1.5)
            )
    return doc


def _window_grid(x0, y0, x1, y1, col_step, win_w, win_h, gap, colour, opacity=1.0):
    """Rows of windows as dashed vertical strokes (one line per column)."""
    d = []
    x = x0 + col_step / 2
    while x < x1:
        d.append(f"M{fmt(float(x))} {fmt(float(y0))}V{fmt(float(y1))}")
        x += col_step
    return path(
        "".join(d),
        "none",
        stroke=colour,
        stroke_width=win_w,
        stroke_dasharray=f"{fmt(float(win_h))} {fmt(float(gap))}",
        opacity=opacity,
    )


def _tree(cx, base, r, rng, dark="#4F7A78", light="#6F9894"):
    out = [rect(cx - 4, base - r * 0.9, 8, r * 0.9, "#6B625A")]
    blobs = [(0, -r * 1.35, r), (-r * 0.7, -r * 0.95, r * 0.75), (r * 0.7, -r * 0.95, r * 0.78)]
    for dx, dy, rr in blobs:
        out.append(circle(cx + dx, base + dy, rr, dark))
    for dx, dy, rr in blobs[:1]:
        out.append(circle(cx + dx - rr * 0.25, base + dy - rr * 0.2, rr * 0.6, light))
    return "".join(out)


def _cloud(cx, cy, s, opacity=0.75):
    d = (
        f"M{fmt(cx - 120 * s)} {fmt(cy)} Q{fmt(cx - 120 * s)} {fmt(cy - 34 * s)} {fmt(cx - 70 * s)} {fmt(cy - 34 * s)}"
        f" Q{fmt(cx - 50 * s)} {fmt(cy - 80 * s)} {fmt(cx + 5 * s)} {fmt(cy - 62 * s)}"
        f" Q{fmt(cx + 60 * s)} {fmt(cy - 86 * s)} {fmt(cx + 80 * s)} {fmt(cy - 34 * s)}"
        f" Q{fmt(cx + 130 * s)} {fmt(cy - 30 * s)} {fmt(cx + 130 * s)} {fmt(cy)}Z"
    )
    return path(d, WHITE, opacity=opacity)


@scene
def metropolitan_government() -> Doc:
    doc = Doc(
        "metropolitan-government.svg",
        "Illustration: a twin-tower city hall, the Tokyo Metropolitan Government",
    )
    rng = random.Random(33)
    gy = 806
    doc.add(
        rect(
            0,
            0,
            W,
            gy + 4,
            doc.lin("sky", [(0, "#C4E6EF"), (0.7, "#E9F5F4"), (1, PAPER)], 0, 0, 0, gy, user=True),
        )
    )
    doc.add(circle(330, 230, 70, GOLD_2, opacity=0.8))
    doc.add(doc.glow("sunglow", 330, 230, 260, GOLD_1, 0.35))
    doc.add(_cloud(560, 300, 1.0), _cloud(1560, 210, 0.8, 0.6), _cloud(1380, 420, 0.55, 0.5))
    d, _ = skyline_d(rng, -20, W + 20, gy, 60, 260, 60, 150, gap=(0, 20))
    doc.add(path(d, "#D3E3E8"))
    d, _ = skyline_d(rng, -20, W + 20, gy, 30, 150, 80, 170, gap=(10, 60))
    doc.add(path(d, "#BCD0D9"))

    stone = doc.lin("stone", [(0, "#F1EDE6"), (1, "#DAD3C7")], 0, 0, 0, 1)
    side = "#BDB6AA"
    glass = "#7890A8"
    dep = 34

    def block(x0, y0, x1, y1, cols=20, grid=True):
        out = [
            polygon([(x1, y0), (x1 + dep, y0 - 14), (x1 + dep, y1), (x1, y1)], side),
            rect(x0, y0, x1 - x0, y1 - y0, stone),
        ]
        if grid:
            out.append(
                _window_grid(x0 + 10, y0 + 18, x1 - 10, y1 - 12, cols, 9, 12, 8, glass, 0.85)
            )
            out.append(
                _window_grid(x1 + 4, y0 + 8, x1 + dep - 4, y1 - 12, 10, 5, 12, 8, "#8E99A6", 0.7)
            )
        return "".join(out)

    # podium wings
    doc.add(block(420, 640, 640, gy, grid=False))
    doc.add(_window_grid(432, 660, 628, gy - 16, 22, 12, 18, 12, glass, 0.8))
    doc.add(block(1280, 640, 1500, gy, grid=False))
    doc.add(_window_grid(1292, 660, 1488, gy - 16, 22, 12, 18, 12, glass, 0.8))
    # trunk, then the two towers that split from it
    doc.add(block(640, 430, 1280, gy))
    doc.add(rect(930, 430, 60, gy - 430, "#9FB0C2"))
    for tx0, tx1 in ((640, 900), (1020, 1280)):
        doc.add(block(tx0, 190, tx1, 430))
        # crown: a narrower, set-back top with a darker band and a mast
        doc.add(block(tx0 + 36, 128, tx1 - 36, 192, grid=False))
        doc.add(rect(tx0 + 36, 150, tx1 - tx0 - 72, 16, "#A9B6C4"))
        doc.add(rect(tx0 + 10, 182, tx1 - tx0 - 20, 10, "#CFC8BC"))
        doc.add(line((tx0 + tx1) / 2, 128, (tx0 + tx1) / 2, 78, GREY_4, 3))
    # band where the towers split
    doc.add(rect(640, 422, 640, 14, "#CFC8BC"))
    doc.add(rect(640, 610, 640, 10, "#CFC8BC"))
    # entrance
    doc.add(rect(880, gy - 70, 160, 70, "#56708D"))
    doc.add(rect(868, gy - 80, 184, 12, "#CFC8BC"))
    # trees and plaza
    for _i, x in enumerate(range(40, W, 118)):
        if 860 < x < 1060:
            continue
        doc.add(_tree(x + rng.uniform(-20, 20), gy + 16, rng.uniform(30, 44), rng))
    doc.add(rect(0, gy + 16, W, H - gy - 16, doc.lin("plaza", [(0, "#E2DACB"), (1, PAPER)])))
    doc.add(rect(0, gy + 16, W, 6, "#D2C9B8"))
    return doc


@scene
def koike_welcome() -> Doc:
    doc = Doc(
        "koike-welcome.svg",
        "Illustration: a lectern in a hall between the flags of Kazakhstan and Japan",
    )
    fy = 770
    doc.add(rect(0, 0, W, fy, doc.lin("wall", [(0, PAPER_LIGHT), (1, PAPER_DARK)])))
    slats = "".join(f"M{x} 0V{fy}" for x in range(14, W, 28))
    doc.add(path(slats, "none", stroke="#E6DCCB", stroke_width=3))
    doc.add(rect(560, 110, 800, 600, doc.lin("backdrop", [(0, SKY_4), (1, SKY_3)])))
    doc.add(rect(560, 110, 800, 600, "none", stroke=GOLD_1, stroke_width=3))
    doc.add(doc.glow("spot", 960, 420, 480, WHITE, 0.6))
    # flags on poles
    for px, top in ((440, 150), (1480, 150)):
        doc.add(line(px, top, px, fy - 6, GREY_4, 7, stroke_linecap="round"))
        doc.add(circle(px, top - 10, 11, GOLD_DARK))
        doc.add(ellipse(px, fy - 6, 44, 10, GREY_5))
    doc.add(group(kz_flag(0, 0, 300, 150, wave=14), transform="translate(444,176)"))
    doc.add(
        path(
            "M444 176 C544 162 644 190 744 176 L744 196 C644 208 544 182 444 196Z",
            WHITE,
            opacity=0.14,
        )
    )
    doc.add(group(jp_flag(0, 0, 228, 152, wave=14), transform="translate(1248,176)"))
    doc.add(
        path(
            "M1248 176 C1324 162 1400 190 1476 176 L1476 196 C1400 208 1324 182 1248 196Z",
            INK,
            opacity=0.05,
        )
    )
    # a speaker behind the lectern: a stylised figure, no features
    cx = 960
    doc.add(
        path(
            f"M{cx - 128} 560 C{cx - 128} 470 {cx - 96} 446 {cx - 40} 438 L{cx + 40} 438"
            f" C{cx + 96} 446 {cx + 128} 470 {cx + 128} 560Z",
            "#5B7290",
        )
    )
    doc.add(polygon([(cx - 34, 438), (cx, 500), (cx + 34, 438)], PAPER_LIGHT))
    doc.add(rect(cx - 16, 408, 32, 36, "#E2BE98"))
    doc.add(circle(cx, 374, 46, "#E9C9A6"))
    doc.add(
        path(
            f"M{cx - 52} 396 C{cx - 62} 330 {cx - 30} 318 {cx} 318 C{cx + 36} 318 {cx + 62} 334 {cx + 54} 398"
            f" L{cx + 40} 400 C{cx + 42} 366 {cx + 26} 350 {cx - 4} 346 C{cx - 22} 360 {cx - 36} 372 {cx - 38} 400Z",
            "#3A3F4A",
        )
    )
    # lectern
    top = 530
    doc.add(ellipse(cx, fy + 4, 230, 22, INK, opacity=0.14))
    doc.add(
        polygon(
            [(cx - 160, top + 26), (cx + 160, top + 26), (cx + 138, fy), (cx - 138, fy)],
            doc.lin("lectern", [(0, NAVY_MID), (1, NAVY)]),
        )
    )
    doc.add(
        polygon(
            [(cx - 176, top), (cx + 176, top), (cx + 186, top + 30), (cx - 186, top + 30)],
            "#3E5E8A",
        )
    )
    doc.add(rect(cx - 148, top + 64, 296, 6, GOLD))
    doc.add(rect(cx - 148, top + 78, 296, 2, GOLD, opacity=0.6))
    doc.add(
        polygon(
            [(cx - 10, top + 100), (cx + 10, top + 100), (cx + 6, fy - 30), (cx - 6, fy - 30)],
            "#2A4870",
        )
    )
    # microphone and the greeting
    doc.add(
        path(
            f"M{cx + 40} {top + 2} C{cx + 42} {top - 40} {cx + 20} {top - 56} {cx + 2} {top - 70}",
            "none",
            stroke=GREY_5,
            stroke_width=5,
            stroke_linecap="round",
        )
    )
    doc.add(ellipse(cx - 4, top - 76, 12, 16, INK, transform=f"rotate(-40 {cx - 4} {top - 76})"))
    for i, r in enumerate((44, 74, 104)):
        doc.add(
            path(
                f"M{cx + 150 + r * 0.2} {top - 150 - r * 0.6} A{r} {r} 0 0 1 {cx + 150 + r * 0.2} {top - 150 + r * 0.6}",
                "none",
                stroke=SKY,
                stroke_width=5,
                stroke_linecap="round",
                opacity=round(0.9 - i * 0.25, 2),
            )
        )
    # ikebana by the wall
    vx = 1700
    doc.add(rect(vx - 90, 600, 180, 16, "#8C7B68"))
    doc.add(rect(vx - 80, 616, 12, fy - 616, "#8C7B68"))
    doc.add(rect(vx + 68, 616, 12, fy - 616, "#8C7B68"))
    doc.add(
        path(
            f"M{vx - 26} 600 C{vx - 40} 560 {vx - 20} 530 {vx} 526 C{vx + 20} 530 {vx + 40} 560 {vx + 26} 600Z",
            NAVY,
        )
    )
    doc.add(
        path(
            f"M{vx} 530 C{vx - 20} 470 {vx - 60} 430 {vx - 110} 410 M{vx} 530 C{vx + 10} 480 {vx + 40} 450 {vx + 70} 400"
            f" M{vx} 530 C{vx - 4} 500 {vx - 10} 470 {vx - 30} 440",
            "none",
            stroke="#5C4A3C",
            stroke_width=4,
            stroke_linecap="round",
        )
    )
    for bx, by, r in (
        (vx - 110, 410, 16),
        (vx + 70, 400, 14),
        (vx - 30, 440, 12),
        (vx - 62, 432, 10),
    ):
        doc.add(circle(bx, by, r, VERMILION))
        doc.add(circle(bx, by, r * 0.35, GOLD))
    for lx, ly, a in ((vx - 80, 440, -30), (vx + 40, 440, 30), (vx + 55, 420, -20)):
        doc.add(ellipse(lx, ly, 16, 6, "#5E7F6E", transform=f"rotate({a} {lx} {ly})"))
    # floor
    doc.add(rect(0, fy, W, H - fy, doc.lin("floor", [(0, "#D8CDBA"), (1, PAPER)])))
    doc.add(rect(0, fy, W, 8, "#C9BDA8"))
    return doc


@scene
def memorandum() -> Doc:
    doc = Doc(
        "memorandum.svg",
        "Illustration: a signing table with two folders, two pens and two small flags",
    )
    far, near = 470, 756
    FL, FR, NL, NR = (330, far), (1590, far), (150, near), (1770, near)

    def tp(u, v):
        return lerp2(lerp2(FL, FR, u), lerp2(NL, NR, u), v)

    def quad(u0, v0, u1, v1):
        return [tp(u0, v0), tp(u1, v0), tp(u1, v1), tp(u0, v1)]

    doc.add(rect(0, 0, W, far + 2, doc.lin("wall", [(0, PAPER_LIGHT), (1, PAPER_DARK)])))
    for x in (240, 700, 1220, 1680):
        doc.add(rect(x - 180, 70, 360, 330, "none", stroke="#E3D8C6", stroke_width=4))
    doc.add(doc.glow("light", 960, 300, 620, SKY_3, 0.7))
    doc.add(rect(0, 410, W, 8, "#E0D5C2"))
    doc.add(rect(0, far, W, H - far, doc.lin("floor", [(0, "#DCD2C1"), (1, PAPER)])))
    # two chairs behind the table
    for cx in (690, 1230):
        doc.add(
            path(
                f"M{cx - 95} {far + 4} L{cx - 100} 300 Q{cx - 100} 250 {cx - 50} 250 L{cx + 50} 250"
                f" Q{cx + 100} 250 {cx + 100} 300 L{cx + 95} {far + 4}Z",
                NAVY,
            )
        )
        doc.add(
            path(
                f"M{cx - 72} {far + 4} L{cx - 76} 306 Q{cx - 76} 274 {cx - 44} 274 L{cx + 44} 274"
                f" Q{cx + 76} 274 {cx + 76} 306 L{cx + 72} {far + 4}Z",
                NAVY_MID,
            )
        )
    # table: white cloth top, navy skirt
    doc.add(
        polygon(
            [FL, FR, NR, NL],
            doc.lin("cloth", [(0, "#EFEAE0"), (1, PAPER_LIGHT)], 0, far, 0, near, user=True),
        )
    )
    doc.add(polygon([NL, NR, (NR[0], near + 14), (NL[0], near + 14)], "#E4DDD0"))
    doc.add(
        rect(
            NL[0], near + 14, NR[0] - NL[0], H - near - 14, doc.lin("skirt", [(0, NAVY), (1, INK)])
        )
    )
    doc.add(rect(NL[0], near + 14, NR[0] - NL[0], 18, GOLD, opacity=0.85))
    # folders, open, with pages
    for u0, u1, cover in ((0.1, 0.44, INK), (0.56, 0.9, NAVY)):
        doc.add(polygon([(x + 6, y + 8) for x, y in quad(u0, 0.34, u1, 0.9)], INK, opacity=0.12))
        doc.add(polygon(quad(u0, 0.34, u1, 0.9), cover))
        um = (u0 + u1) / 2
        doc.add(polygon(quad(u0 + 0.012, 0.38, um - 0.004, 0.86), WHITE))
        doc.add(polygon(quad(um + 0.004, 0.38, u1 - 0.012, 0.86), WHITE))
        doc.add(line(*tp(um, 0.36), *tp(um, 0.88), GOLD_DARK, 3))
        for k in range(6):
            v = 0.46 + k * 0.055
            for a, b in ((u0 + 0.04, um - 0.03), (um + 0.03, u1 - 0.04 - (0.05 if k == 5 else 0))):
                doc.add(line(*tp(a, v), *tp(b, v), GREY_2, 3))
        # a signature line and a signature flourish on the right-hand page
        sx, sy = tp(um + 0.05, 0.8)
        ex, ey = tp(u1 - 0.05, 0.8)
        doc.add(line(sx, sy, ex, ey, GREY_3, 2))
        doc.add(
            path(
                f"M{fmt(sx + 10)} {fmt(sy - 4)} c10 -20 18 -24 22 -10 s-6 16 6 6 s14 -22 20 -8 s8 6 24 -10 s10 4 30 -4",
                "none",
                stroke=NAVY,
                stroke_width=2.6,
                stroke_linecap="round",
                stroke_linejoin="round",
            )
        )
        px, py = tp(um + 0.09, 0.97)
        doc.add(_pen(px, py, -22, length=150, cap=GOLD))
    # desk flags in the middle
    doc.add(desk_flags(960, tp(0.5, 0.28)[1] + 30, scale=1.15))
    # calm floor at the sides
    return doc


@scene
def monorail() -> Doc:
    doc = Doc(
        "monorail.svg", "Illustration: an elevated monorail train on its beam through the city"
    )
    rng = random.Random(1964)
    hz, ground = 690, 834
    doc.add(
        rect(
            0,
            0,
            W,
            hz + 12,
            doc.lin("sky", [(0, "#BEE2EC"), (1, "#EEF6F3")], 0, 0, 0, hz, user=True),
        )
    )
    doc.add(_cloud(300, 210, 0.9, 0.7), _cloud(1500, 150, 1.1, 0.7), _cloud(1080, 300, 0.5, 0.5))
    d, _ = skyline_d(rng, -20, W + 20, hz + 10, 80, 300, 50, 120, gap=(-10, 10))
    doc.add(path(d, "#D6E5EA"))
    d, tops = skyline_d(rng, -20, W + 20, hz + 10, 40, 190, 70, 160, gap=(0, 40))
    doc.add(path(d, "#B9CFD9"))
    doc.add(
        rect(0, hz + 10, W, ground - hz - 10, doc.lin("land", [(0, "#DCD8CC"), (1, "#E9E3D6")]))
    )
    for x in range(60, W, 150):
        doc.add(
            _tree(
                x + rng.uniform(-30, 30),
                hz + 40,
                rng.uniform(16, 24),
                rng,
                dark="#9DB3AE",
                light="#B5C7C2",
            )
        )
    doc.add(
        rect(
            0,
            ground,
            W,
            H - ground,
            doc.lin("canal", [(0, "#BFDDE4"), (0.5, "#DCEDEE"), (1, PAPER)]),
        )
    )
    doc.add(rect(0, ground, W, 8, "#BFB6A6"))

    y0, slope = 596, -62 / W

    def yb(x):
        return y0 + slope * x

    bh = 48
    # pillars
    for x in range(140, W + 100, 430):
        top = yb(x) + bh - 4
        doc.add(
            polygon(
                [(x - 46, top), (x + 46, top), (x + 30, top + 34), (x - 30, top + 34)], "#BDB7AC"
            )
        )
        doc.add(
            rect(
                x - 24,
                top + 30,
                48,
                ground - top - 26,
                doc.lin(f"pil{x}", [(0, "#CFC9BE"), (0.5, "#E3DED4"), (1, "#BDB7AC")], 0, 0, 1, 0),
            )
        )
        doc.add(rect(x - 30, ground - 4, 60, 10, "#ADA698"))
        doc.add(rect(x - 20, ground + 14, 40, 60, "#BDB7AC", opacity=0.25))
    # beam
    doc.add(
        polygon(
            [(-20, yb(-20)), (W + 20, yb(W + 20)), (W + 20, yb(W + 20) + bh), (-20, yb(-20) + bh)],
            "#D5D0C6",
        )
    )
    doc.add(
        polygon(
            [
                (-20, yb(-20) + bh - 10),
                (W + 20, yb(W + 20) + bh - 10),
                (W + 20, yb(W + 20) + bh),
                (-20, yb(-20) + bh),
            ],
            "#B7B1A6",
        )
    )
    # the train, in its own frame along the beam
    ang = math.degrees(math.atan(slope))
    tx = 520
    car_w, gap = 360, 10
    train = []
    for i in range(3):
        x0 = i * (car_w + gap)
        x1 = x0 + car_w
        front = i == 2
        back = i == 0
        # body outline with a rounded nose / tail
        d = f"M{x0 + (40 if back else 0)} -150"
        d += f" L{x1 - (70 if front else 0)} -150"
        if front:
            d += f" C{x1 + 10} -150 {x1 + 40} -90 {x1 + 40} -40 L{x1 + 40} 30"
        else:
            d += f" L{x1} 30"
        if back:
            d += f" L{x0 - 10} 30 L{x0 - 10} -80 C{x0 - 10} -130 {x0} -150 {x0 + 40} -150Z"
        else:
            d += f" L{x0} 30Z"
        train.append(
            path(d, doc.lin(f"car{i}", [(0, WHITE), (1, "#E6E8E8")]) if i == 0 else "url(#car0)")
        )
        # window band and windows
        wx0, wx1 = x0 + (26 if back else 18), x1 - (18 if not front else 40)
        train.append(rect(wx0, -122, wx1 - wx0, 44, NAVY, rx=8))
        train.append(line(wx0 + 10, -100, wx1 - 10, -100, "#9CC3D6", 30, stroke_dasharray="40 10"))
        # stripes
        train.append(
            rect(
                x0 - (10 if back else 0),
                -62,
                car_w + (10 if back else 0) + (40 if front else 0),
                14,
                SKY,
            )
        )
        train.append(
            rect(
                x0 - (10 if back else 0),
                -44,
                car_w + (10 if back else 0) + (40 if front else 0),
                5,
                GOLD,
            )
        )
        # doors
        for dx in (car_w * 0.3, car_w * 0.7):
            train.append(
                rect(x0 + dx - 22, -128, 44, 118, "none", stroke="#C6CACC", stroke_width=2, rx=4)
            )
        # skirt over the beam
        train.append(
            rect(
                x0 - (10 if back else 0),
                2,
                car_w + (10 if back else 0) + (40 if front else 0),
                28,
                "#C9CED2",
            )
        )
        if i:
            train.append(rect(x0 - gap, -120, gap, 130, GREY_5))
    # windscreen
    x1 = 2 * (car_w + gap) + car_w
    train.append(
        path(
            f"M{x1 - 40} -122 L{x1 - 8} -122 C{x1 + 14} -110 {x1 + 30} -90 {x1 + 34} -78 L{x1 - 40} -78Z",
            INK,
        )
    )
    train.append(circle(x1 + 30, -26, 6, GOLD_2))
    doc.add(group(train, transform=f"translate({tx},{fmt(yb(tx))}) rotate({fmt(round(ang, 2))})"))
    # speed lines behind the train
    for i, (ln, dy) in enumerate(((260, -110), (180, -70), (320, -30))):
        x = tx - 60 - ln
        doc.add(
            line(
                x,
                yb(x) + dy,
                x + ln,
                yb(x + ln) + dy,
                SKY_1,
                4,
                stroke_linecap="round",
                opacity=0.7 - i * 0.15,
            )
        )
    return doc


@scene
def smart_city() -> Doc:
    doc = Doc("smart-city.svg", "Illustration: city blocks connected by data lines and nodes")
    rng = random.Random(5)
    doc.add(rect(0, 0, W, H, doc.lin("bg", [(0, SKY_4), (0.75, PAPER), (1, PAPER)])))
    doc.add(doc.glow("glow", 960, 470, 760, SKY_3, 0.8))
    n = 7
    tw, th = 78, 45
    ox, oy = 960, 236

    def iso(i, j, z=0.0):
        return (ox + (i - j) * tw, oy + (i + j) * th - z)

    ground = [iso(0, 0), iso(n, 0), iso(n, n), iso(0, n)]
    doc.add(polygon([(x, y + 16) for x, y in ground], "#C9D9DE"))
    doc.add(polygon(ground, "#E4EEF0"))
    # streets; two of them carry data
    st = []
    for k in range(n + 1):
        st.append(poly_d([iso(k, 0), iso(k, n)], close=False))
        st.append(poly_d([iso(0, k), iso(n, k)], close=False))
    doc.add(path("".join(st), "none", stroke=WHITE, stroke_width=7, opacity=0.9))
    data_st = poly_d([iso(2, 0), iso(2, n)], close=False) + poly_d(
        [iso(0, 5), iso(n, 5)], close=False
    )
    data_st += poly_d([iso(5, 0), iso(5, 3)], close=False) + poly_d(
        [iso(0, 2), iso(3, 2)], close=False
    )
    doc.add(path(data_st, "none", stroke=SKY, stroke_width=3.5, opacity=0.8))
    for a, b in ((2, 5), (2, 2), (5, 5), (2, 0), (7, 5), (5, 0), (0, 2), (0, 5)):
        x, y = iso(a, b)
        doc.add(circle(x, y, 7, WHITE), circle(x, y, 4, SKY))

    heights = {}
    for i in range(n):
        for j in range(n):
            edge = min(i, j, n - 1 - i, n - 1 - j)
            heights[(i, j)] = rng.uniform(30, 80) + edge * rng.uniform(25, 55)
            if rng.random() < 0.12:
                heights[(i, j)] = 0  # a park
    hubs = [(3, 3), (2, 4), (4, 2)]
    heights[(3, 3)] = 250
    heights[(2, 4)] = 190
    heights[(4, 2)] = 170
    roofs = {k: iso(k[0] + 0.5, k[1] + 0.5, z) for k, z in heights.items() if z}
    order = sorted(heights, key=lambda t: (t[0] + t[1], t[0]))
    rank = {k: r for r, k in enumerate(order)}
    links = []
    for h in hubs:
        for k in sorted(roofs):
            near = abs(k[0] - h[0]) + abs(k[1] - h[1]) <= 3
            if k not in hubs and near and rng.random() < 0.3:
                links.append((h, k))
    links += [((3, 3), (2, 4)), ((3, 3), (4, 2))]
    linked = {k for link in links for k in link}

    def arc(a, b):
        (x1, y1), (x2, y2) = roofs[a], roofs[b]
        return x1, y1, (x1 + x2) / 2, min(y1, y2) - 40 - abs(x1 - x2) * 0.18, x2, y2

    cols = [
        ("#FFFFFF", "#D5E3E8", "#AFC6D0"),
        ("#F6FCFD", SKY_2, "#6FC3D3"),
        ("#E9EEF4", "#6C84A3", NAVY),
    ]
    for i, j in order:
        z = heights[(i, j)]
        a = 0.16
        i0, j0, i1, j1 = i + a, j + a, i + 1 - a, j + 1 - a
        if z == 0:
            doc.add(polygon([iso(i0, j0), iso(i1, j0), iso(i1, j1), iso(i0, j1)], "#CFE0D9"))
            cx, cy = iso(i + 0.5, j + 0.5)
            doc.add(circle(cx - 10, cy - 8, 12, "#8FB2A6"), circle(cx + 12, cy + 2, 10, "#8FB2A6"))
            continue
        r = rng.random()
        top, left, right = cols[2] if (i, j) in hubs else (cols[1] if r < 0.25 else cols[0])
        doc.add(polygon([iso(i1, j0, 0), iso(i1, j1, 0), iso(i1, j1, z), iso(i1, j0, z)], right))
        doc.add(polygon([iso(i0, j1, 0), iso(i1, j1, 0), iso(i1, j1, z), iso(i0, j1, z)], left))
        doc.add(polygon([iso(i0, j0, z), iso(i1, j0, z), iso(i1, j1, z), iso(i0, j1, z)], top))
        if z > 90:
            fl = []
            for zz in range(20, int(z) - 10, 18):
                fl.append(poly_d([iso(i0, j1, zz), iso(i1, j1, zz), iso(i1, j0, zz)], close=False))
            doc.add(path("".join(fl), "none", stroke=WHITE, stroke_width=2, opacity=0.45))
        # data arcs whose nearer end is this block: blocks in front hide them
        for link in links:
            if max(link, key=lambda k: rank[k]) == (i, j):
                x1, y1, mx, my, x2, y2 = arc(*link)
                doc.add(
                    path(
                        f"M{fmt(x1)} {fmt(y1)}Q{fmt(mx)} {fmt(my)} {fmt(x2)} {fmt(y2)}",
                        "none",
                        stroke=SKY,
                        stroke_width=2.6,
                        opacity=0.8,
                    )
                )
                if rng.random() < 0.4:
                    t = rng.uniform(0.3, 0.7)
                    px = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * mx + t * t * x2
                    py = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * my + t * t * y2
                    doc.add(circle(px, py, 5, GOLD))
        if (i, j) in linked:
            x, y = roofs[(i, j)]
            big = (i, j) in hubs
            doc.add(circle(x, y, 13 if big else 7, WHITE))
            doc.add(circle(x, y, 8 if big else 4.5, GOLD if big else SKY))
    # hub nodes stay on top of their own arcs
    for k in hubs:
        x, y = roofs[k]
        doc.add(circle(x, y, 13, WHITE), circle(x, y, 8, GOLD))
    return doc


def _spiral_arms(cx, cy, r0, r1, arms, turns, width):
    """Filled crescent arms of a typhoon (log-spiral, tapering)."""
    d = []
    for a in range(arms):
        ph = a * 2 * math.pi / arms
        outer, inner = [], []
        steps = 40
        for s in range(steps + 1):
            t = s / steps
            ang = ph + t * turns * 2 * math.pi
            r = r0 + (r1 - r0) * t
            w = width * math.sin(math.pi * t) + 1
            outer.append((cx + (r + w) * math.cos(ang), cy + (r + w) * math.sin(ang)))
            inner.append((cx + (r - w) * math.cos(ang), cy + (r - w) * math.sin(ang)))
        d.append(poly_d(outer + inner[::-1]))
    return "".join(d)


@scene
def situation_centre() -> Doc:
    doc = Doc(
        "situation-centre.svg",
        "Illustration: an emergency situation centre, a wall of screens with a map, a typhoon and seismic waves",
    )
    doc.night = True
    rng = random.Random(311)
    doc.add(rect(0, 0, W, H, doc.lin("room", [(0, "#101A30"), (0.7, "#17284A"), (1, "#0E172B")])))
    # video wall frame
    X0, Y0, X1, Y1 = 200, 96, 1720, 640
    doc.add(rect(X0 - 16, Y0 - 16, X1 - X0 + 32, Y1 - Y0 + 32, "#0B1222", rx=8))
    doc.add(doc.glow("wallglow", 960, 380, 900, SKY, 0.12))
    cols = [X0, X0 + 370, X0 + 1150, X1]
    rows = [Y0, Y0 + 268, Y1]
    g = 8
    scr = doc.lin("screen", [(0, "#16335A"), (1, "#0F2646")])

    def screen(x0, y0, x1, y1):
        return rect(x0 + g / 2, y0 + g / 2, x1 - x0 - g, y1 - y0 - g, scr, rx=3)

    # left column: typhoon (top), media monitoring cards (bottom)
    doc.add(screen(cols[0], rows[0], cols[1], rows[1]), screen(cols[0], rows[1], cols[1], rows[2]))
    # centre: the map
    doc.add(screen(cols[1], rows[0], cols[2], rows[2]))
    # right column: seismic (top), bars (bottom)
    doc.add(screen(cols[2], rows[0], cols[3], rows[1]), screen(cols[2], rows[1], cols[3], rows[2]))

    # typhoon
    tcx, tcy = (cols[0] + cols[1]) / 2, (rows[0] + rows[1]) / 2
    doc.add(circle(tcx, tcy, 110, SKY, opacity=0.08))
    doc.add(path(_spiral_arms(tcx, tcy, 8, 118, 4, 0.9, 16), WHITE, opacity=0.55))
    doc.add(
        path(
            _spiral_arms(tcx, tcy, 6, 80, 4, 0.7, 7),
            SKY_2,
            opacity=0.7,
            transform=f"rotate(20 {fmt(tcx)} {fmt(tcy)})",
        )
    )
    doc.add(
        circle(tcx, tcy, 9, "#16335A"), circle(tcx, tcy, 9, "none", stroke=GOLD, stroke_width=3)
    )
    # media monitoring: a wall of small cards, a few flagged
    for r in range(4):
        for c in range(3):
            x = cols[0] + 26 + c * 108
            y = rows[1] + 30 + r * 62
            flag = (r, c) in ((1, 2), (3, 0))
            doc.add(rect(x, y, 96, 48, "#1F3F6A", rx=4))
            doc.add(rect(x + 8, y + 10, 60, 5, SKY_2 if not flag else GOLD, opacity=0.7))
            doc.add(rect(x + 8, y + 22, 78, 4, "#5C7EA6", opacity=0.7))
            doc.add(rect(x + 8, y + 32, 50, 4, "#5C7EA6", opacity=0.7))
            if flag:
                doc.add(rect(x, y, 96, 48, "none", stroke=VERMILION, stroke_width=2.5, rx=4))
    # map: grid, an abstract coastline of islands, alert rings
    mx0, my0, mx1, my1 = cols[1] + 20, rows[0] + 20, cols[2] - 20, rows[2] - 20
    grid = "".join(f"M{x} {my0}V{my1}" for x in range(int(mx0) + 40, int(mx1), 60))
    grid += "".join(f"M{mx0} {y}H{mx1}" for y in range(int(my0) + 30, int(my1), 60))
    doc.add(path(grid, "none", stroke="#2B5283", stroke_width=1.2, opacity=0.8))
    isl = []
    # a long arc of islands, abstract
    for _k, (u, w, h, rot) in enumerate(
        (
            (0.2, 120, 44, 40),
            (0.36, 220, 60, 20),
            (0.56, 260, 64, -8),
            (0.74, 130, 40, -30),
            (0.86, 70, 26, -46),
        )
    ):
        x = mx0 + 90 + u * (mx1 - mx0 - 160)
        y = my0 + 380 - math.sin(u * math.pi) * 200
        isl.append((x, y, w, h, rot))
    for x, y, w, h, rot in isl:
        pts_ = []
        for s in range(24):
            a = 2 * math.pi * s / 24
            rr = 1 + 0.16 * math.sin(3 * a + x) + 0.1 * math.sin(5 * a + y)
            pts_.append((x + w / 2 * rr * math.cos(a), y + h / 2 * rr * math.sin(a)))
        doc.add(
            polygon(
                pts_,
                "#2C6A8E",
                stroke=SKY_1,
                stroke_width=2.5,
                transform=f"rotate({rot} {fmt(x)} {fmt(y)})",
            )
        )
    ex, ey = isl[2][0] + 40, isl[2][1] + 6
    for r, op in ((16, 0.9), (40, 0.55), (70, 0.3), (104, 0.15)):
        doc.add(circle(ex, ey, r, "none", stroke=GOLD, stroke_width=3, opacity=op))
    doc.add(circle(ex, ey, 7, GOLD))
    doc.add(circle(isl[1][0] - 40, isl[1][1], 6, VERMILION))
    # typhoon track on the map
    tr = [
        (mx0 + 120, my1 - 40),
        (mx0 + 220, my1 - 110),
        (mx0 + 290, my1 - 170),
        (mx0 + 330, my1 - 250),
    ]
    doc.add(polyline(tr, WHITE, 3, stroke_dasharray="8 8", opacity=0.7))
    for x, y in tr:
        doc.add(circle(x, y, 5, WHITE, opacity=0.8))
    # seismic traces
    sx0, sx1 = cols[2] + 24, cols[3] - 24
    for k in range(4):
        base = rows[0] + 50 + k * 56
        p = []
        for s in range(0, int(sx1 - sx0), 4):
            t = s / (sx1 - sx0)
            env = math.exp(-(((t - 0.45 - k * 0.04) / 0.09) ** 2)) * (26 if k == 1 else 14) + 1.5
            p.append((sx0 + s, base + rng.uniform(-1, 1) * env))
        doc.add(
            polyline(
                p,
                GOLD if k == 1 else SKY_1,
                2.4 if k == 1 else 1.8,
                stroke_linejoin="round",
                opacity=1 if k == 1 else 0.75,
            )
        )
    # bars and a gauge
    for k in range(7):
        h = [60, 92, 74, 130, 104, 150, 88][k]
        doc.add(
            rect(
                cols[2] + 40 + k * 40,
                rows[2] - 40 - h,
                24,
                h,
                SKY_1 if k != 5 else GOLD,
                opacity=0.85,
            )
        )
    gx, gy = cols[3] - 100, rows[1] + 130
    doc.add(
        path(
            f"M{gx - 60} {gy} A60 60 0 0 1 {gx + 60} {gy}",
            "none",
            stroke="#2B5283",
            stroke_width=14,
        )
    )
    doc.add(
        path(
            f"M{gx - 60} {gy} A60 60 0 0 1 {gx + 30} {gy - 52}", "none", stroke=SKY, stroke_width=14
        )
    )
    # operator desk with monitors and people seen from behind
    dy = 706
    doc.add(
        path(
            f"M-20 {dy + 30} Q960 {dy - 40} {W + 20} {dy + 30} L{W + 20} {dy + 110} Q960 {dy + 40} -20 {dy + 110}Z",
            "#0A1222",
        )
    )
    doc.add(
        path(
            f"M-20 {dy + 30} Q960 {dy - 40} {W + 20} {dy + 30}",
            "none",
            stroke=SKY,
            stroke_width=3,
            opacity=0.5,
        )
    )
    for _k, x in enumerate((330, 700, 1220, 1590)):
        y = dy - 20 + abs(x - 960) * 0.05
        doc.add(rect(x - 70, y - 96, 140, 92, "#1B2D4E", rx=4))
        doc.add(
            rect(x - 70, y - 96, 140, 92, "none", stroke=SKY_1, stroke_width=2, opacity=0.5, rx=4)
        )
        doc.add(rect(x - 8, y - 6, 16, 14, "#1B2D4E"))
    for x in (520, 960, 1400):
        y = dy + 30
        doc.add(
            path(
                f"M{x - 78} {y + 40} C{x - 78} {y - 30} {x - 50} {y - 50} {x} {y - 50} C{x + 50} {y - 50} {x + 78} {y - 30} {x + 78} {y + 40}Z",
                "#07101F",
            )
        )
        doc.add(circle(x, y - 82, 36, "#07101F"))
    doc.add(rect(0, dy + 100, W, H - dy - 100, doc.lin("floor", [(0, "#0B1426"), (1, "#101C33")])))
    return doc


def _round_table(doc: Doc, cx, cy, rx, ry, rng, gid):
    out = []
    # chairs behind and beside the table
    n = 4 if rx > 180 else 3
    cw, ch = rx * 0.26, rx * 0.42
    for k in range(n):
        u = (k + 0.5) / n * 2 - 1
        x = cx + u * rx * 0.86
        yb = cy - ry * 0.55 * math.sqrt(max(0.0, 1 - u * u)) - ry * 0.15
        out.append(
            rect(
                x - cw / 2,
                yb - ch,
                cw,
                ch + ry * 0.3,
                NAVY,
                rx=cw * 0.3,
                stroke=GOLD_DARK,
                stroke_width=3,
            )
        )
        out.append(rect(x - cw / 2 + 8, yb - ch + 8, cw - 16, ch * 0.55, NAVY_MID, rx=cw * 0.22))
    skirt_h = ry * 1.55
    out.append(ellipse(cx, cy + skirt_h + 6, rx * 1.12, ry * 0.5, INK, opacity=0.12))
    out.append(
        path(
            f"M{fmt(cx - rx)} {fmt(cy)} L{fmt(cx - rx * 0.97)} {fmt(cy + skirt_h)}"
            f" A{fmt(rx * 0.97)} {fmt(ry * 0.9)} 0 0 0 {fmt(cx + rx * 0.97)} {fmt(cy + skirt_h)}"
            f" L{fmt(cx + rx)} {fmt(cy)}Z",
            "url(#skirt)",
        )
    )
    out.append(ellipse(cx, cy, rx, ry, "url(#clothtop)"))
    # pitcher, glasses, notepads
    s = rx / 220
    px, py = cx - rx * 0.18, cy - ry * 0.25
    out.append(
        path(
            f"M{fmt(px - 18 * s)} {fmt(py)} L{fmt(px - 22 * s)} {fmt(py - 56 * s)} L{fmt(px - 14 * s)} {fmt(py - 74 * s)}"
            f" L{fmt(px + 20 * s)} {fmt(py - 76 * s)} L{fmt(px + 22 * s)} {fmt(py - 56 * s)} L{fmt(px + 18 * s)} {fmt(py)}Z",
            SKY_3,
            opacity=0.9,
            stroke=SKY_1,
            stroke_width=2,
        )
    )
    out.append(
        path(
            f"M{fmt(px - 20 * s)} {fmt(py - 36 * s)} L{fmt(px + 20 * s)} {fmt(py - 36 * s)} L{fmt(px + 18 * s)} {fmt(py)} L{fmt(px - 18 * s)} {fmt(py)}Z",
            SKY_2,
            opacity=0.8,
        )
    )
    out.append(
        path(
            f"M{fmt(px + 20 * s)} {fmt(py - 62 * s)} q{fmt(22 * s)} {fmt(4 * s)} {fmt(2 * s)} {fmt(40 * s)}",
            "none",
            stroke=SKY_1,
            stroke_width=4 * s,
        )
    )
    for k in range(n):
        u = (k + 0.5) / n * 2 - 1
        gx = cx + u * rx * 0.62
        gy = cy - ry * 0.35 * math.sqrt(max(0.0, 1 - u * u)) + 4
        if abs(gx - px) < 30 * s:
            gx += 44 * s
        out.append(
            rect(
                gx - 7 * s,
                gy - 22 * s,
                14 * s,
                22 * s,
                SKY_4,
                opacity=0.9,
                stroke=SKY_1,
                stroke_width=1.5,
            )
        )
        out.append(rect(gx - 6 * s, gy - 11 * s, 12 * s, 10 * s, SKY_2, opacity=0.8))
    for u in (-0.55, 0.35):
        nx, ny = cx + u * rx, cy + ry * 0.35
        out.append(
            polygon(
                [
                    (nx - 30 * s, ny - 10 * s),
                    (nx + 30 * s, ny - 12 * s),
                    (nx + 36 * s, ny + 10 * s),
                    (nx - 26 * s, ny + 12 * s),
                ],
                WHITE,
                stroke=GREY_2,
                stroke_width=1,
            )
        )
        out.append(
            line(
                nx + 44 * s,
                ny - 8 * s,
                nx + 60 * s,
                ny + 12 * s,
                NAVY,
                3 * s,
                stroke_linecap="round",
            )
        )
    return "".join(out)


@scene
def business_day() -> Doc:
    doc = Doc(
        "business-day.svg",
        "Illustration: a crowded hotel hall, many people in business suits between round tables",
    )
    rng = random.Random(8)
    fy = 478
    doc.add(rect(0, 0, W, fy + 2, doc.lin("wall", [(0, "#EFE5D3"), (1, "#E4D5BC")])))
    doc.add(rect(0, 0, W, 86, "#E8DCC7"))
    doc.add(rect(0, 86, W, 8, "#D9C8A8"))
    for x in (110, 470, 1250, 1610):
        doc.add(rect(x, 150, 200, fy - 150, doc.lin(f"win{x}", [(0, SKY_3), (1, SKY_4)])))
        doc.add(
            path(
                f"M{x + 100} 150V{fy}M{x} {(150 + fy) // 2}H{x + 200}",
                "none",
                stroke=WHITE,
                stroke_width=6,
            )
        )
        doc.add(
            path(
                f"M{x - 26} 130 C{x + 10} 260 {x - 14} 380 {x + 16} {fy} L{x - 30} {fy}Z",
                GOLD_2,
                opacity=0.8,
            )
        )
        doc.add(
            path(
                f"M{x + 226} 130 C{x + 190} 260 {x + 214} 380 {x + 184} {fy} L{x + 230} {fy}Z",
                GOLD_2,
                opacity=0.8,
            )
        )
        doc.add(rect(x - 34, 124, 268, 12, "#CDB68C"))
    # a blank screen at the front of the hall
    doc.add(rect(800, 150, 320, 200, "#DCEFF3", stroke="#CDB68C", stroke_width=6))
    doc.add(rect(800, 150, 320, 200, doc.lin("scr", [(0, WHITE, 0.6), (1, WHITE, 0)])))
    # chandeliers
    for x in (420, 960, 1500):
        doc.add(doc.glow(f"ch{x}", x, 70, 170, GOLD_1, 0.5))
        doc.add(line(x, 0, x, 46, GOLD_DARK, 3))
        doc.add(ellipse(x, 64, 70, 16, "none", stroke=GOLD_DARK, stroke_width=4))
        for k in range(7):
            a = math.pi * k / 6
            doc.add(circle(x + 70 * math.cos(a), 64 + 16 * math.sin(a), 6, GOLD_2))
        doc.add(circle(x, 80, 9, GOLD_1))
    # carpet
    doc.add(
        rect(0, fy, W, H - fy, doc.lin("carpet", [(0, "#CDBB9C"), (0.5, "#E2D5BE"), (1, PAPER)]))
    )
    doc.add(rect(0, fy, W, 10, "#BCA682"))
    doc.lin("skirt", [(0, WHITE), (1, "#E3DFD8")])
    doc.rad("clothtop", [(0, WHITE), (1, "#F1EEE8")], cx=0.45, cy=0.4, r=0.6)
    for cx, cy, rx, ry in (
        (380, 586, 150, 38),
        (960, 574, 150, 38),
        (1540, 586, 150, 38),
        (660, 712, 226, 58),
        (1260, 712, 226, 58),
    ):
        doc.add(_round_table(doc, cx, cy, rx, ry, rng, f"t{cx}"))
    # «просторный отель на время перестаёт быть просторным»: people in groups
    crowd = rng.sample(range(60, W - 60, 46), 26)
    for k, x in enumerate(sorted(crowd)):
        row = k % 3
        base = (650, 830, 1010)[row] + rng.uniform(-14, 14)
        scale = (0.72, 0.9, 1.08)[row]
        doc.add(_standing_person(x + rng.uniform(-16, 16), base, scale, rng))
    return doc


SUITS = ("#1F2A44", "#2E3B55", "#3B4252", "#26344F", "#4A5468")
HAIR = ("#1B1B1F", "#2A2522", "#3A332C", "#6B6B70")
SKIN = ("#E8C4A2", "#D9AE8A", "#F0D2B6", "#C99A74")


def _standing_person(x, base, s, rng):
    """A person in a suit seen from the front, feet at `base`, `s` times full size."""
    suit, hair, skin = rng.choice(SUITS), rng.choice(HAIR), rng.choice(SKIN)
    top = base - 250 * s
    out = [
        rect(x - 26 * s, base - 100 * s, 22 * s, 100 * s, suit),
        rect(x + 4 * s, base - 100 * s, 22 * s, 100 * s, suit),
        path(
            f"M{fmt(x - 44 * s)} {fmt(base - 92 * s)}"
            f"L{fmt(x - 40 * s)} {fmt(top + 70 * s)}"
            f"Q{fmt(x - 38 * s)} {fmt(top + 44 * s)} {fmt(x - 12 * s)} {fmt(top + 42 * s)}"
            f"L{fmt(x + 12 * s)} {fmt(top + 42 * s)}"
            f"Q{fmt(x + 38 * s)} {fmt(top + 44 * s)} {fmt(x + 40 * s)} {fmt(top + 70 * s)}"
            f"L{fmt(x + 44 * s)} {fmt(base - 92 * s)}Z",
            suit,
        ),
        polygon([(x - 12 * s, top + 42 * s), (x + 12 * s, top + 42 * s), (x, top + 82 * s)],
                WHITE),
        polygon([(x - 4 * s, top + 50 * s), (x + 4 * s, top + 50 * s), (x, top + 80 * s)],
                rng.choice((NAVY, VERMILION, SKY_DARK, GOLD_DARK))),
        circle(x, top + 18 * s, 21 * s, skin),
        path(
            f"M{fmt(x - 21 * s)} {fmt(top + 16 * s)}"
            f"Q{fmt(x - 20 * s)} {fmt(top - 6 * s)} {fmt(x)} {fmt(top - 5 * s)}"
            f"Q{fmt(x + 20 * s)} {fmt(top - 6 * s)} {fmt(x + 21 * s)} {fmt(top + 16 * s)}"
            f"Q{fmt(x)} {fmt(top + 2 * s)} {fmt(x - 21 * s)} {fmt(top + 16 * s)}Z",
            hair,
        ),
    ]
    return group(out)


def _chair_top(cx, cy, angle):
    """An office chair seen from above, its back away from the table."""
    d = rrect_d(-42, -40, 84, 80, 14)
    back = "M-46 -46 Q0 -68 46 -46 L44 -36 Q0 -56 -44 -36Z"
    return group(
        [path(d, "#5B6B80"), path(back, "#3F4D62"), rect(-30, -28, 60, 56, "#6B7B90", rx=10)],
        transform=f"translate({fmt(float(cx))},{fmt(float(cy))}) rotate({angle})",
    )


def _place_top(cx, edge_y, side):
    """Documents, pen, name card and glass at one place.  side=+1: the place
    is on the upper edge (items go down into the table), -1: lower edge."""
    out = []
    dw, dh, m = 100, 124, 22
    y0 = edge_y + m if side > 0 else edge_y - m - dh
    x0 = cx - dw / 2
    for k in (2, 1):
        out.append(rect(x0 + k * 2, y0 + k * 2, dw, dh, "#E7E4DE"))
    out.append(rect(x0, y0, dw, dh, WHITE))
    for k in range(5):
        yy = y0 + 22 + k * 18
        out.append(line(x0 + 14, yy, x0 + (86 if k % 3 else 66), yy, GREY_2, 3))
    out.append(
        group(
            [rect(-3.5, 0, 7, 104, INK, rx=3), rect(-3.5, 0, 7, 28, GOLD_DARK, rx=2)],
            transform=f"translate({fmt(float(cx + 68))},{fmt(float(y0 + 10))})",
        )
    )
    card_y = y0 + dh + 12 if side > 0 else y0 - 12 - 26
    out.append(rect(cx - 60, card_y, 120, 26, WHITE))
    out.append(line(cx - 60, card_y + 13, cx + 60, card_y + 13, GREY_2, 1.5))
    gx, gy = cx - 78, (y0 + 18) if side > 0 else (y0 + dh - 18)
    out.append(circle(gx, gy, 14, SKY_3, stroke=SKY_1, stroke_width=2))
    out.append(circle(gx - 4, gy - 4, 5, WHITE, opacity=0.8))
    return "".join(out)


@scene
def protocol() -> Doc:
    doc = Doc(
        "protocol.svg",
        "Illustration: a long negotiation table seen from above, documents and name cards neatly aligned",
    )
    doc.add(rect(0, 0, W, H, doc.lin("carpet", [(0, "#E4DACA"), (1, PAPER)])))
    doc.add(rect(60, 60, W - 120, 760, "none", stroke="#D8CCB8", stroke_width=3))
    doc.add(rect(76, 76, W - 152, 728, "none", stroke="#DED3C1", stroke_width=1.5))
    tx0, tx1, ty0, ty1 = 230, 1690, 262, 662
    xs = [400 + k * 187 for k in range(7)]
    for x in xs:
        doc.add(_chair_top(x, ty0 - 44, 0))
        doc.add(_chair_top(x, ty1 + 44, 180))
    doc.add(_chair_top(tx0 - 46, (ty0 + ty1) / 2, -90))
    doc.add(_chair_top(tx1 + 46, (ty0 + ty1) / 2, 90))
    doc.add(rect(tx0 + 8, ty0 + 12, tx1 - tx0, ty1 - ty0, INK, opacity=0.18, rx=26))
    doc.add(rect(tx0, ty0, tx1 - tx0, ty1 - ty0, doc.lin("top", [(0, NAVY_MID), (1, NAVY)]), rx=26))
    doc.add(
        rect(
            tx0 + 14,
            ty0 + 14,
            tx1 - tx0 - 28,
            ty1 - ty0 - 28,
            "none",
            stroke="#3E5E8A",
            stroke_width=2,
            rx=18,
        )
    )
    for x in xs:
        doc.add(_place_top(x, ty0, +1))
        doc.add(_place_top(x, ty1, -1))
    # flowers in the middle of the table
    for fx in (tx0 + 90, tx1 - 90):
        fy = (ty0 + ty1) / 2
        doc.add(circle(fx, fy, 34, "#5E7F6E"))
        for a in range(6):
            aa = a * math.pi / 3
            doc.add(circle(fx + 20 * math.cos(aa), fy + 20 * math.sin(aa), 11, WHITE))
        doc.add(circle(fx, fy, 10, GOLD))
    # alignment guides: everything on one line
    for y in (ty0 + 22, ty1 - 22):
        doc.add(line(tx0 - 60, y, tx1 + 60, y, SKY, 2, stroke_dasharray="10 8", opacity=0.9))
        for x in (tx0 - 60, tx1 + 60):
            doc.add(line(x, y - 12, x, y + 12, SKY, 2))
    return doc


@scene
def unu() -> Doc:
    doc = Doc(
        "unu.svg", "Illustration: a lecture hall in UN blue, a podium, a screen and rows of seats"
    )
    doc.night = True
    rng = random.Random(12)
    un = "#2F7FC0"
    sy = 612
    doc.add(rect(0, 0, W, sy + 4, doc.lin("wall", [(0, "#1B4F80"), (0.6, un), (1, "#4A95CF")])))
    slats = "".join(f"M{x} 0V{sy}" for x in range(30, W, 60))
    doc.add(path(slats, "none", stroke=WHITE, stroke_width=2, opacity=0.07))
    # light cones from the ceiling
    for x, w in ((760, 380), (1390, 260)):
        doc.add(
            polygon(
                [(x - 30, 0), (x + 30, 0), (x + w / 2, sy), (x - w / 2, sy)],
                doc.lin(f"cone{x}", [(0, WHITE, 0.28), (1, WHITE, 0.02)]),
            )
        )
    # screen with an abstract globe and bars that say nothing
    X0, Y0, X1, Y1 = 380, 110, 1140, 520
    doc.add(rect(X0 - 10, Y0 - 10, X1 - X0 + 20, Y1 - Y0 + 20, "#173F66", rx=6))
    doc.add(rect(X0, Y0, X1 - X0, Y1 - Y0, doc.lin("scr", [(0, WHITE), (1, "#E3F0F8")])))
    gx, gy, gr = 600, 315, 130
    doc.add(circle(gx, gy, gr, "#D9ECF7", stroke=un, stroke_width=4))
    globe = []
    for k in (-2, -1, 1, 2):
        yy = gy + k * gr / 3
        rx = gr * math.sqrt(1 - (k / 3) ** 2)
        globe.append(f"M{fmt(gx - rx)} {fmt(yy)}H{fmt(gx + rx)}")
    globe.append(f"M{gx - gr} {gy}H{gx + gr}M{gx} {gy - gr}V{gy + gr}")
    doc.add(path("".join(globe), "none", stroke=un, stroke_width=2.5))
    for rx in (gr * 0.45, gr * 0.82):
        doc.add(ellipse(gx, gy, rx, gr, "none", stroke=un, stroke_width=2.5))
    for k, (w, h) in enumerate(((300, 22), (240, 14), (270, 14), (180, 14))):
        doc.add(
            rect(790, 230 + k * 40 + (16 if k else 0), w, h, un if k == 0 else "#9CC4E2", rx=h / 2)
        )
    # stage and podium
    doc.add(rect(0, sy, W, 44, "#163F66"))
    doc.add(rect(0, sy, W, 5, SKY_2, opacity=0.6))
    px, ptop = 1390, 410
    doc.add(
        polygon(
            [(px - 92, ptop), (px + 92, ptop), (px + 104, ptop + 24), (px - 104, ptop + 24)],
            "#E8F1F7",
        )
    )
    doc.add(
        polygon(
            [(px - 90, ptop + 24), (px + 90, ptop + 24), (px + 76, sy), (px - 76, sy)],
            doc.lin("pod", [(0, "#E3EEF6"), (1, "#C4D9E9")]),
        )
    )
    doc.add(rect(px - 70, ptop + 60, 140, 6, un))
    doc.add(rect(px - 70, ptop + 76, 140, 2, un, opacity=0.6))
    doc.add(
        path(
            f"M{px - 20} {ptop + 2} C{px - 22} {ptop - 36} {px - 4} {ptop - 50} {px + 14} {ptop - 58}",
            "none",
            stroke=GREY_5,
            stroke_width=5,
            stroke_linecap="round",
        )
    )
    doc.add(ellipse(px + 20, ptop - 62, 10, 14, INK, transform=f"rotate(50 {px + 20} {ptop - 62})"))
    # rows of seats, with a few listeners
    doc.add(rect(0, sy + 44, W, H - sy - 44, doc.lin("hall", [(0, "#123457"), (1, "#0F2744")])))
    for r, (y, w, h, gap) in enumerate(((700, 70, 54, 14), (790, 94, 70, 18))):
        x = -20 + (r * 40)
        d = []
        heads = []
        while x < W:
            d.append(rrect_d(x, y, w, h, 14))
            if rng.random() < 0.45:
                heads.append((x + w / 2, y - h * 0.15))
            x += w + gap
        for hx, hy in heads:
            doc.add(
                path(
                    f"M{fmt(hx - w * 0.42)} {fmt(hy + 30)} C{fmt(hx - w * 0.42)} {fmt(hy - 6)} {fmt(hx - w * 0.2)} {fmt(hy - 14)} {fmt(hx)} {fmt(hy - 14)}"
                    f" C{fmt(hx + w * 0.2)} {fmt(hy - 14)} {fmt(hx + w * 0.42)} {fmt(hy - 6)} {fmt(hx + w * 0.42)} {fmt(hy + 30)}Z",
                    "#0B1E36",
                )
            )
            doc.add(circle(hx, hy - 34, w * 0.2, "#0B1E36"))
        doc.add(path("".join(d), "#1B4A78" if r == 0 else "#1F5386"))
        doc.add(path("".join(d), "none", stroke=SKY_1, stroke_width=1.5, opacity=0.35))
    return doc


@scene
def akasaka() -> Doc:
    doc = Doc(
        "akasaka.svg",
        "Illustration: a neo-baroque palace facade at evening, lit windows, a reception",
    )
    doc.night = True
    rng = random.Random(2025)
    gy = 716
    doc.add(
        rect(
            0,
            0,
            W,
            gy + 4,
            doc.lin(
                "sky",
                [(0, "#111C34"), (0.45, NAVY), (0.8, "#4C7394"), (1, "#C9B58C")],
                0,
                0,
                0,
                gy,
                user=True,
            ),
        )
    )
    for _ in range(45):
        x, y = rng.uniform(0, W), rng.uniform(20, 300)
        doc.add(circle(x, y, rng.uniform(0.9, 2), PAPER, opacity=round(rng.uniform(0.3, 0.8), 2)))
    doc.add(circle(1620, 150, 34, PAPER_LIGHT, opacity=0.9))
    # trees behind the wings
    for x in list(range(-40, 300, 70)) + list(range(1640, W + 60, 70)):
        doc.add(circle(x, gy - rng.uniform(120, 200), rng.uniform(60, 90), "#1A2B45"))
    doc.add(rect(0, gy - 160, 300, 170, "#1A2B45"))
    doc.add(rect(1620, gy - 160, 300, 170, "#1A2B45"))
    stone = doc.lin("stone", [(0, "#E9E2D5"), (1, "#BDB3A3")])
    copper = doc.lin("copper", [(0, "#8FB0A6"), (1, "#5F827A")])
    lit = doc.lin("lit", [(0, GOLD_2), (1, GOLD)])
    dim = "#6F7F95"

    def windows(x0, x1, y, h, step, arch=True, p_dim=0.12):
        out = []
        x = x0 + step / 2
        while x < x1 - 10:
            w = step * 0.42
            col = dim if rng.random() < p_dim else lit
            if arch:
                out.append(
                    path(
                        f"M{fmt(x - w / 2)} {fmt(y + h)}V{fmt(y + w / 2)}A{fmt(w / 2)} {fmt(w / 2)} 0 0 1 {fmt(x + w / 2)} {fmt(y + w / 2)}V{fmt(y + h)}Z",
                        col,
                    )
                )
            else:
                out.append(rect(x - w / 2, y, w, h, col))
            x += step
        return out

    def wing(x0, x1, top, roof_h, floors=True):
        out = [
            polygon(
                [(x0 + 10, top), (x0 + 30, top - roof_h), (x1 - 30, top - roof_h), (x1 - 10, top)],
                copper,
            ),
            rect(x0, top, x1 - x0, gy - top, stone),
            rect(x0 - 6, top - 4, x1 - x0 + 12, 12, "#D8D0C2"),
            rect(x0, (top + gy) / 2 - 8, x1 - x0, 10, "#D0C7B8"),
            rect(x0, gy - 40, x1 - x0, 40, "#B4AA99"),
        ]
        out += windows(x0 + 10, x1 - 10, top + 34, (gy - top) / 2 - 66, 58)
        out += windows(x0 + 10, x1 - 10, (top + gy) / 2 + 24, (gy - top) / 2 - 80, 58)
        # dormers in the roof
        for x in range(int(x0) + 70, int(x1) - 40, 116):
            out.append(
                path(
                    f"M{x - 10} {top - 6}V{top - roof_h + 22}A10 10 0 0 1 {x + 10} {top - roof_h + 22}V{top - 6}Z",
                    GOLD_1,
                    opacity=0.8,
                )
            )
        return out

    doc.add(doc.glow("palaceglow", 960, 560, 900, GOLD, 0.16))
    doc.add(wing(260, 430, 470, 62))
    doc.add(wing(1490, 1660, 470, 62))
    doc.add(wing(420, 1500, 440, 70))
    # central pavilion with columns and a pediment
    cx0, cx1, ctop = 770, 1150, 380
    doc.add(rect(cx0, ctop, cx1 - cx0, gy - ctop, stone))
    doc.add(polygon([(cx0 - 16, ctop), (960, ctop - 96), (cx1 + 16, ctop)], "#D8D0C2"))
    doc.add(polygon([(cx0 + 20, ctop - 10), (960, ctop - 80), (cx1 - 20, ctop - 10)], "#C6BCAB"))
    doc.add(circle(960, ctop - 42, 18, GOLD_1, opacity=0.9))
    doc.add(rect(cx0 - 16, ctop, cx1 - cx0 + 32, 14, "#E4DCCF"))
    # statues on the pediment corners
    for sx in (cx0 - 4, cx1 + 4, 960):
        yy = ctop - (96 if sx == 960 else 0)
        doc.add(
            path(
                f"M{sx - 9} {yy}L{sx - 6} {yy - 26}Q{sx} {yy - 40} {sx + 6} {yy - 26}L{sx + 9} {yy}Z",
                "#B9B0A0",
            )
        )
    for wx in (860, 1060):
        doc.add(windows(wx - 40, wx + 40, ctop + 40, 120, 80))
        doc.add(windows(wx - 40, wx + 40, ctop + 222, 80, 80))
    doc.add(windows(920, 1000, ctop + 40, 120, 80))
    doc.add(rect(cx0 - 20, ctop + 190, cx1 - cx0 + 40, 12, "#D8D0C2"))
    # paired columns
    for x in (cx0 + 14, cx0 + 40, cx0 + 140, cx0 + 166, cx1 - 166, cx1 - 140, cx1 - 40, cx1 - 14):
        doc.add(rect(x - 9, ctop + 16, 18, gy - ctop - 56, "#EFE9DE"))
        doc.add(rect(x - 13, ctop + 16, 26, 8, "#DDD5C7"))
        doc.add(rect(x - 9, ctop + 16, 5, gy - ctop - 56, WHITE, opacity=0.5))
    # the entrance, lit, with a vermilion carpet down the steps
    doc.add(path(f"M910 {gy - 40}V{gy - 130}A50 50 0 0 1 1010 {gy - 130}V{gy - 40}Z", GOLD_2))
    doc.add(doc.glow("door", 960, gy - 80, 200, GOLD_1, 0.55))
    for k in range(4):
        doc.add(
            rect(
                740 - k * 18, gy - 40 + k * 10, 440 + k * 36, 10, "#CFC6B6" if k % 2 else "#C2B8A7"
            )
        )
    doc.add(polygon([(940, gy - 40), (980, gy - 40), (990, gy + 4), (930, gy + 4)], VERMILION))
    # forecourt: calm, with lamp posts
    doc.add(
        rect(
            0,
            gy + 4,
            W,
            H - gy - 4,
            doc.lin("court", [(0, "#3A4A62"), (0.4, "#27364F"), (1, "#1B2740")]),
        )
    )
    doc.add(
        polygon(
            [(930, gy + 4), (990, gy + 4), (1012, gy + 110), (908, gy + 110)],
            VERMILION,
            opacity=0.85,
        )
    )
    doc.add(ellipse(960, gy + 10, 700, 60, doc.rad("spill", [(0, GOLD, 0.3), (1, GOLD, 0)])))
    for lx in (560, 1360):
        doc.add(rect(lx - 4, gy - 96, 8, 150, "#1A2538"))
        doc.add(rect(lx - 14, gy + 50, 28, 8, "#1A2538"))
        doc.add(doc.glow(f"lamp{lx}", lx, gy - 110, 70, GOLD_1, 0.7))
        doc.add(circle(lx, gy - 110, 12, GOLD_2))
    # guests arriving: small figures
    for fx, h in ((880, 46), (1046, 48), (1090, 44)):
        doc.add(
            path(
                f"M{fx - 10} {gy + 40}L{fx - 8} {gy + 40 - h + 14}Q{fx} {gy + 40 - h + 6} {fx + 8} {gy + 40 - h + 14}L{fx + 10} {gy + 40}Z",
                "#111A2C",
            )
        )
        doc.add(circle(fx, gy + 40 - h + 2, 7, "#111A2C"))
    return doc


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = argv[1] if len(argv) > 1 else os.path.join(here, "..", "slides", "media")
    os.makedirs(outdir, exist_ok=True)
    docs = [kawaguchi(i) for i in (1, 2, 3, 4)]
    for name in SCENES:
        docs.append(SCENES[name]())
    for d in docs:
        p = d.save(outdir)
        print(f"{os.path.getsize(p):>8}  {p}")


if __name__ == "__main__":
    main(sys.argv)
