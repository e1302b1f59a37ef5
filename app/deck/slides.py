"""A chapter file to slides: `---` separators, attribute blocks, sections, kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from app.deck.diagnostics import Diagnostic, Severity, did_you_mean
from app.deck.markdown import parse_blocks
from app.deck.model import Block, Fact, Image, Kind, Slide, Span, Step, Turn, spans_text

SEPARATOR = re.compile(r"^---\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
# `key:` alone or `key: value`; the value is stripped in Python (a lazy group
# before `\s*$` backtracks quadratically on a long run of inner spaces).
ATTRIBUTE = re.compile(r"^([a-z][a-z0-9_-]*):(\s.*)?$")
SECTION = re.compile(r"^:::\s*(\w*)\s*$")
SLIDE_ID = re.compile(r"^[\w-]+$")

ATTRIBUTES = ("kind", "id", "title", "hidden", "image", "caption", "credit", "alt", "fit",
              "speaker", "role")
SECTIONS = ("reader", "notes")
# Parsing and layout stay linear and bounded: nobody reads a 5,000-character line
# on a slide, and a longer one is cut with a diagnostic rather than laid out.
MAX_LINE = 5_000
MAX_SECTION = {"body": 10_000, "reader": 60_000, "notes": 20_000}  # characters per slide
FITS = ("cover", "contain")
TITLE_CHARS = 60  # a slide title made from its text, for the sidebar and the outline

_BoldItem = tuple[str, tuple[Span, ...], int]  # a list item's bold lead, the rest, its line


@dataclass
class _RawSlide:
    """A slide's source lines split into attributes and sections."""

    line: int
    attributes: dict[str, tuple[str, int]] = field(default_factory=dict)
    sections: dict[str, list[tuple[int, str]]] = field(
        default_factory=lambda: {"body": [], "reader": [], "notes": []})


def _chunks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Split on `---` lines outside code fences; yields (first line number, lines)."""
    chunks: list[tuple[int, list[str]]] = []
    start, current, in_fence = 1, [], False
    for number, text in enumerate(lines, 1):
        if FENCE.match(text):
            in_fence = not in_fence
        if not in_fence and SEPARATOR.match(text):
            chunks.append((start, current))
            start, current = number + 1, []
        else:
            current.append(text)
    chunks.append((start, current))
    return chunks


def _split(start: int, lines: list[str], file: Path, out: list[Diagnostic]) -> _RawSlide:
    raw = _RawSlide(line=start)
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    raw.line = start + index
    while index < len(lines):
        match = ATTRIBUTE.match(lines[index])
        if not match:
            break
        key, value, line = match.group(1), (match.group(2) or "").strip(), start + index
        if key not in ATTRIBUTES:
            out.append(Diagnostic(file, line, Severity.WARNING,
                                  f"unknown attribute '{key}'{did_you_mean(key, ATTRIBUTES)}"))
        elif key in raw.attributes:
            out.append(Diagnostic(file, line, Severity.WARNING,
                                  f"attribute '{key}' given twice; the last one counts"))
        raw.attributes[key] = (value, line)
        index += 1
    section = "body"
    sizes = dict.fromkeys(MAX_SECTION, 0)
    for offset, text in enumerate(lines[index:], index):
        match = SECTION.match(text)
        if match:
            name = match.group(1)
            if not name:
                section = "body"
            elif name in SECTIONS:
                section = name
            else:
                out.append(Diagnostic(file, start + offset, Severity.ERROR,
                                      f"unknown section '::: {name}'"
                                      f"{did_you_mean(name, SECTIONS)}"))
            continue
        sizes[section] += len(text) + 1
        if sizes[section] > MAX_SECTION[section]:
            if sizes[section] - len(text) - 1 <= MAX_SECTION[section]:
                out.append(Diagnostic(file, start + offset, Severity.ERROR,
                                      f"too much text for one slide's {section} (over "
                                      f"{MAX_SECTION[section]} characters); the rest is left out"))
            continue
        raw.sections[section].append((start + offset, text))
    return raw


def _blocks(lines: list[tuple[int, str]], keep_breaks: bool = False) -> list[Block]:
    if not lines:
        return []
    return parse_blocks("\n".join(t for _, t in lines), lines[0][0], keep_breaks)


def _leading_bold(block: Block) -> tuple[str, tuple[Span, ...]] | None:
    """Split `**Label** rest` into the label and the rest's spans."""
    if not block.spans or not block.spans[0].bold:
        return None
    label = block.spans[0].text.strip()
    rest = list(block.spans[1:])
    if rest:
        rest[0] = Span(rest[0].text.lstrip(" :—–-"), rest[0].bold, rest[0].italic, rest[0].code)
    return label, tuple(s for s in rest if s.text)


class _SlideBuilder:
    """Turns one raw slide into a Slide, reporting what is wrong with it."""

    def __init__(self, raw: _RawSlide, file: Path, number: int, out: list[Diagnostic]):
        self.raw, self.file, self.out = raw, file, out
        self.number = number

    def attr(self, key: str, default: str = "") -> str:
        return self.raw.attributes.get(key, (default, 0))[0]

    def attr_line(self, key: str) -> int:
        return self.raw.attributes.get(key, ("", self.raw.line))[1]

    def report(self, line: int, severity: Severity, message: str) -> None:
        self.out.append(Diagnostic(self.file, line, severity, message))

    def kind(self) -> Kind:
        name = self.attr("kind", "text")
        try:
            return Kind(name)
        except ValueError:
            kinds = tuple(k.value for k in Kind)
            self.report(self.attr_line("kind"), Severity.ERROR,
                        f"unknown slide kind '{name}'{did_you_mean(name, kinds)}; shown as text")
            return Kind.TEXT

    def image(self) -> Image | None:
        slot = self.attr("image")
        if not slot:
            return None
        fit = self.attr("fit", "cover")
        if fit not in FITS:
            self.report(self.attr_line("fit"), Severity.WARNING,
                        f"unknown fit '{fit}'{did_you_mean(fit, FITS)}; using 'cover'")
            fit = "cover"
        return Image(slot, self.attr("caption"), self.attr("credit"), self.attr("alt"), fit)

    def build(self) -> Slide:
        raw = self.raw
        kind = self.kind()
        blocks = _blocks(raw.sections["body"], keep_breaks=kind is Kind.CREDITS)
        heading = ""
        for i, block in enumerate(blocks):
            if block.kind == "heading":
                heading = block.text
                del blocks[i]
                break
        if not heading and not blocks and not raw.attributes.get("image"):
            self.report(raw.line, Severity.WARNING, "empty slide: nothing to show")
        slide = Slide(
            kind=kind,
            id=self.attr("id") or f"{self.file.stem}-{self.number}",
            title="",
            file=self.file,
            line=raw.line,
            heading=heading,
            reader=tuple(_blocks(raw.sections["reader"])),
            notes=tuple(_blocks(raw.sections["notes"])),
            image=self.image(),
            speaker=self.attr("speaker"),
            role=self.attr("role"),
            hidden=self._hidden(),
        )
        if not SLIDE_ID.match(slide.id):
            self.report(self.attr_line("id"), Severity.ERROR,
                        f"slide id '{slide.id}' may hold only letters, digits, '-' and '_'")
        blocks = self._kind_content(slide, blocks)
        slide.blocks = tuple(blocks)
        slide.title = self.attr("title") or self._default_title(slide)
        return slide

    def _hidden(self) -> bool:
        value = self.attr("hidden", "false").lower()
        if value not in ("true", "false", "yes", "no"):
            self.report(self.attr_line("hidden"), Severity.WARNING,
                        f"'hidden' is true or false, not '{value}'")
        return value in ("true", "yes")

    def _kind_content(self, slide: Slide, blocks: list[Block]) -> list[Block]:
        """Pull the kind's structured content out of the body blocks."""
        if slide.kind is Kind.PHOTO and slide.image is None:
            inline = next((b.image for b in blocks if b.image), None)
            if inline is None:
                self.report(slide.line, Severity.ERROR, "a photo slide needs 'image:'")
            else:
                slide.image = inline
        if slide.kind is Kind.QUOTE and not slide.speaker:
            self.report(slide.line, Severity.WARNING, "a quote without 'speaker:'")
        if slide.kind is Kind.DIALOGUE:
            slide.turns = tuple(
                Turn(speaker.rstrip(":").strip(), rest, line)
                for speaker, rest, line in self._bold_items(
                    blocks, "a dialogue line starts with '**Speaker:**'",
                    "a dialogue needs a list of '- **Speaker:** line'"))
            return [b for b in blocks if b.kind != "item"]
        if slide.kind is Kind.FACTS:
            slide.facts = tuple(
                Fact(value, spans_text(rest), line)
                for value, rest, line in self._bold_items(
                    blocks, "a fact starts with '**figure**'",
                    "a facts slide needs a list of '- **figure** label'"))
            return [b for b in blocks if b.kind != "item"]
        if slide.kind is Kind.BUILD:
            slide.steps = tuple(Step(b.spans, b.line, b.image) for b in blocks if b.kind == "item")
            if not slide.steps:
                self.report(slide.line, Severity.ERROR, "a build needs a list: one item per step")
            return [b for b in blocks if b.kind != "item"]
        return blocks

    def _bold_items(self, blocks: list[Block], item_error: str,
                    empty_error: str) -> list[_BoldItem]:
        """(bold lead, the rest, line) of each list item: dialogue turns and facts alike.

        An item without its bold lead, or a list with none, is reported with the
        kind's own wording, so the author sees which form the slide expects.
        """
        items: list[_BoldItem] = []
        for block in blocks:
            if block.kind != "item":
                continue
            split = _leading_bold(block)
            if split is None:
                self.report(block.line, Severity.ERROR, item_error)
                continue
            items.append((*split, block.line))
        if not items:
            self.report(self.raw.line, Severity.ERROR, empty_error)
        return items

    @staticmethod
    def _default_title(slide: Slide) -> str:
        candidates = [slide.heading]
        candidates += [b.text for b in slide.blocks]
        if slide.speaker:
            candidates.append(slide.speaker)
        if slide.image:  # what the picture shows, in the deck's words, before its slot's name
            candidates += [slide.image.caption, slide.image.alt, slide.image.slot]
        candidates += [s.text for s in slide.steps] + [f.value for f in slide.facts]
        candidates += [t.speaker for t in slide.turns]
        text = next((c for c in candidates if c.strip()), slide.kind.value)
        text = " ".join(text.split())
        if len(text) <= TITLE_CHARS:
            return text
        cut = text[:TITLE_CHARS - 1]
        # between words, never inside one («системо…»), unless one word fills the width
        words = cut[:cut.rfind(" ")] if " " in cut.strip() else cut
        return words.rstrip(" ,;:–—-") + "…"


def parse_chapter_file(path: Path, text: str, out: list[Diagnostic]) -> list[Slide]:
    """Slides of one chapter file; problems go to `out`, never raise."""
    slides: list[Slide] = []
    for start, lines in _chunks(_capped_lines(path, text, out)):
        if not any(line.strip() for line in lines):
            if slides:  # a blank chunk before the first `---` is just front matter style
                out.append(Diagnostic(path, start, Severity.WARNING,
                                      "empty slide between two '---' lines"))
            continue
        raw = _split(start, lines, path, out)
        slides.append(_SlideBuilder(raw, path, len(slides) + 1, out).build())
    return slides


def _capped_lines(path: Path, text: str, out: list[Diagnostic]) -> list[str]:
    """The file's lines, each cut at MAX_LINE characters with a diagnostic."""
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE:
            out.append(Diagnostic(path, number, Severity.ERROR,
                                  f"line is {len(line)} characters long; only the first "
                                  f"{MAX_LINE} are used"))
            lines[number - 1] = line[:MAX_LINE]
    return lines
