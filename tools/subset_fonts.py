"""Build the subset Noto fonts in resources/fonts/ from Debian's fonts-noto packages.

Run by hand (not at app runtime) whenever the deck gains new CJK characters:

    python3 tools/subset_fonts.py [--deck slides] [--out resources/fonts]

The app bundles its fonts so the report looks the same on every machine, but the
full files are large (about 0.6 MB per Noto face, 26 MB for the CJK collection),
so only the characters the deck can use are kept. Hinting is dropped to save space;
layout features (kerning, ligatures, locl) are kept. Output is byte-for-byte
reproducible for the same sources, deck and fontTools version.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

REPO = Path(__file__).resolve().parent.parent
NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
CJK_COLLECTION = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
CJK_FAMILY = "Noto Serif CJK JP"
CJK_OUTPUT = "NotoSerifJP-Deck.otf"
NOTO_COPYRIGHT = Path("/usr/share/doc/fonts-noto-core/copyright")
CJK_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
MAX_TOTAL_BYTES = 3_000_000

TEXT_FACES = tuple(
    f"Noto{family}-{style}.ttf"
    for family in ("Serif", "Sans")
    for style in ("Regular", "Bold", "Italic")
)
TEXT_RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0400, 0x04FF),  # Cyrillic
    (0x0500, 0x052F),  # Cyrillic Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2116, 0x2116),  # №
    (0x2190, 0x2193),  # ← ↑ → ↓ (not in Noto Serif/Sans: see SYMBOL_FACES)
    (0x25CF, 0x25CF),  # ● (not in Noto Serif/Sans: see SYMBOL_FACES)
)
# Noto Serif/Sans lack the arrows and the black circle; these faces supply them.
SYMBOL_FACES = {
    "NotoSansSymbols-Regular.ttf": "←↑→↓",
    "NotoSansSymbols2-Regular.ttf": "●",
}
TEXT_REQUIRED = "ӘәҒғҚқҢңӨөҰұҮүҺһІіАБВабвЁёABCabc0123456789«»—–…№’“”₸$€\u00a0"
CJK_PATTERN = re.compile("[\u3000-\u30ff\u4e00-\u9fff]")
CJK_ALWAYS = "川口順子「」、。"


def codepoints(ranges: Iterable[tuple[int, int]]) -> set[int]:
    """Expand inclusive (first, last) ranges."""
    return {cp for first, last in ranges for cp in range(first, last + 1)}


def deck_cjk(deck: Path) -> str:
    """Collect the CJK characters the deck's text uses, plus the fixed minimum."""
    chars = set(CJK_ALWAYS)
    for path in [*sorted(deck.glob("**/*.md")), deck / "deck.toml"]:
        if path.is_file():
            chars.update(CJK_PATTERN.findall(path.read_text(encoding="utf-8")))
    return "".join(sorted(chars))


def subset_options() -> subset.Options:
    """Keep layout features and all names (licence metadata); drop hinting."""
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    return options


def write_subset(font: TTFont, unicodes: set[int], required: str, out: Path) -> None:
    """Subset font to unicodes, save it, and fail if a required character is lost."""
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.save(out)
    cmap = TTFont(out).getBestCmap()
    missing = [c for c in required if ord(c) not in cmap]
    if missing:
        sys.exit(f"{out.name}: missing {' '.join(missing)}")


def open_cjk_face(collection: Path, family: str) -> TTFont:
    """Pick one face of a .ttc by family name (the index differs between releases)."""
    for font in TTCollection(collection, recalcTimestamp=False):
        if font["name"].getDebugName(1) == family:
            return font
    sys.exit(f"{collection}: no face named {family!r}")


def debian_stanzas(path: Path) -> list[dict[str, str]]:
    """Parse a machine-readable debian/copyright file into field dicts."""
    stanzas = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line[:1].isspace() and key:
                fields[key] += "\n" + line[1:]
            elif ":" in line:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        stanzas.append(fields)
    return stanzas


def debian_copyright(stanzas: list[dict[str, str]]) -> list[str]:
    """Copyright holders of the fonts themselves (the `Files: *` stanza)."""
    for fields in stanzas:
        if fields.get("Files") == "*":
            lines = fields["Copyright"].splitlines()
            return [f"Copyright {line.strip()}" for line in lines if line.strip()]
    sys.exit("no 'Files: *' stanza")


def debian_licence(stanzas: list[dict[str, str]], name: str) -> str:
    """Full text of a stand-alone `License:` stanza, with Debian's escaping undone."""
    for fields in stanzas:
        if "Files" not in fields and fields.get("License", "").startswith(name):
            body = fields["License"].split("\n", 1)[1]
            lines = ["" if line == "." else line for line in body.splitlines()]
            return "\n".join(lines).strip("\n") + "\n"
    sys.exit(f"no licence stanza {name!r}")


def words_from_preamble(text: str) -> list[str]:
    """The licence's words, ignoring line wrapping and the title banner."""
    return text[text.index("PREAMBLE") :].split()


def embedded_copyright(font: TTFont) -> str:
    """The font's own copyright notice (name ID 0)."""
    return font["name"].getDebugName(0) or ""


def write_licence(out: Path, noto_notices: list[str], cjk_notices: list[str]) -> None:
    """Write OFL.txt: who holds the copyrights, then the OFL 1.1 text from Debian."""
    noto = debian_stanzas(NOTO_COPYRIGHT)
    cjk = debian_stanzas(CJK_COPYRIGHT)
    licence = debian_licence(cjk, "SIL-1.1")
    if words_from_preamble(licence) != words_from_preamble(debian_licence(noto, "OFL-1.1")):
        sys.exit("fonts-noto-core and fonts-noto-cjk disagree on the OFL text")
    noto_lines = dict.fromkeys(debian_copyright(noto) + noto_notices)
    cjk_lines = dict.fromkeys(debian_copyright(cjk) + cjk_notices)
    text = "\n".join(
        [
            "Noto Serif, Noto Sans, Noto Sans Symbols, Noto Sans Symbols 2",
            "(NotoSerif-*.ttf, NotoSans-*.ttf, NotoSansSymbols*-Regular.ttf):",
            *noto_lines,
            "",
            f"Noto Serif CJK JP ({CJK_OUTPUT}):",
            *cjk_lines,
            "",
            "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
            "This license is copied below, and is also available with a FAQ at:",
            "https://openfontlicense.org",
            "",
            "",
            licence,
        ]
    )
    (out / "OFL.txt").write_text(text, encoding="utf-8")


def main() -> None:
    """Subset every bundled face and write the licence file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deck", type=Path, default=REPO / "slides")
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "fonts")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    noto_notices = []
    jobs = [(name, codepoints(TEXT_RANGES), TEXT_REQUIRED) for name in TEXT_FACES]
    jobs += [(name, {ord(c) for c in chars}, chars) for name, chars in SYMBOL_FACES.items()]
    for name, unicodes, required in jobs:
        font = TTFont(NOTO_DIR / name, recalcTimestamp=False)
        noto_notices.append(embedded_copyright(font))
        write_subset(font, unicodes, required, args.out / name)

    cjk_chars = deck_cjk(args.deck)
    cjk = open_cjk_face(CJK_COLLECTION, CJK_FAMILY)
    cjk_notice = embedded_copyright(cjk)
    write_subset(cjk, {ord(c) for c in cjk_chars}, cjk_chars, args.out / CJK_OUTPUT)
    print(f"{CJK_OUTPUT}: {len(cjk_chars)} CJK characters: {cjk_chars}")

    write_licence(args.out, noto_notices, [cjk_notice])

    names = [name for name, _, _ in jobs] + [CJK_OUTPUT]
    total = 0
    for name in names:
        size = (args.out / name).stat().st_size
        total += size
        print(f"{name}: {size / 1024:.1f} KiB")
    print(f"total: {total / 1024:.1f} KiB")
    if total > MAX_TOTAL_BYTES:
        sys.exit(f"total {total} bytes exceeds the {MAX_TOTAL_BYTES} byte budget")


if __name__ == "__main__":
    main()
