"""Did the deck lose or change anything of its report?

Two questions an editor asks of a deck and its source report:

- **Carried:** is every sentence of the report still in the deck, in the full text
  the reader and `export --text` show (a slide's reader text, or what the slide shows
  when it has none)? Words are compared with case and ё folded, punctuation ignored.
- **Verbatim:** is every passage the deck presents as someone's words exactly the
  report's words? Quoted speech is the body of a `quote` slide, every blockquote
  (`> …`) on any other slide, every dialogue turn, and every step of a `build` slide
  that names a `speaker:`. A cut is marked `[…]`; the words after it must come later
  in the same paragraph of the report or in the next one. Only typography is
  normalised (see app/deck/sentences.py), plus the case of a fragment's first letter.

Everything is linear in the sizes involved, and the sizes are capped, so a hostile
source or deck costs a bounded time (see docs/deck-format.md, "The source").
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.deck.diagnostics import Diagnostic, Severity
from app.deck.model import Deck, Kind, Slide
from app.deck.phrases import Found, PhraseFinder
from app.deck.sentences import DASH, Sentence, Token, speech_tokens, split_sentences, words

SOURCE_LIMIT = 1_000_000  # characters of a source report (a long read is ~50 000)
SPEECH_LIMIT = 200_000  # characters of quoted speech checked in one deck
MAX_CUTS = 20  # «[…]» in one passage; more is a collage, and would cost time to chain
EXCERPT = 6  # tokens of context in a message
SHOWN_CHARS = 200  # a lost sentence longer than this is shortened in its message
CUT = ("[", "…", "]")
_BREAK = None  # between paragraphs of the deck: no sentence is carried across one


@dataclass(frozen=True)
class Speech:
    """A passage the deck presents as someone's exact words."""

    what: str  # "quote", "blockquote", "dialogue turn", "build step"
    file: Path
    parts: tuple[tuple[str, int], ...]  # (text, line) of each paragraph of the passage

    @property
    def text(self) -> str:
        return "\n".join(text for text, _ in self.parts)

    def line_at(self, offset: int) -> int:
        """The file line of the paragraph holding character `offset` of `text`."""
        start = 0
        for text, line in self.parts:
            start += len(text) + 1
            if offset < start:
                return line
        return self.parts[-1][1]


@dataclass
class SourceReport:
    """The check's findings and its counts, for the summary line."""

    source: Path
    read: bool = False  # whether the source could be read at all (else no counts)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    sentences: int = 0
    carried: int = 0
    quotes: int = 0
    verbatim: int = 0

    def summary(self) -> str:
        """`source: 132/132 sentences carried (100%), 6/6 quotes verbatim`."""
        share = self.carried / self.sentences if self.sentences else 1.0
        percent = "100" if self.carried == self.sentences else f"{math.floor(share * 1000) / 10}"
        return (f"source: {self.carried}/{self.sentences} sentences carried ({percent}%), "
                f"{self.verbatim}/{self.quotes} quotes verbatim")


def _blockquotes(slide: Slide) -> Iterator[Speech]:
    """Runs of `> …` paragraphs on a slide that is not itself a quote."""
    run: list[tuple[str, int]] = []
    for block in (*slide.blocks, None):
        if block is not None and block.kind == "quote":
            run.append((block.text, block.line))
        elif run:
            yield Speech("blockquote", slide.file, tuple(run))
            run = []


def quoted_speech(deck: Deck) -> list[Speech]:
    """Every passage the deck presents as a speaker's exact words, in deck order."""
    out: list[Speech] = []
    for slide in deck.slides:
        if slide.kind is Kind.QUOTE:
            parts = tuple((b.text, b.line) for b in slide.blocks if b.text.strip())
            if parts:
                out.append(Speech("quote", slide.file, parts))
        else:
            out += _blockquotes(slide)
        out += [Speech("dialogue turn", slide.file, ((t.text, t.line),)) for t in slide.turns]
        if slide.kind is Kind.BUILD and slide.speaker:
            out += [Speech("build step", slide.file, ((s.text, s.line),)) for s in slide.steps]
    return out


def read_source(path: Path) -> str:
    """The report's text; raises OSError or ValueError with a reason a user can act on."""
    with path.open(encoding="utf-8-sig") as handle:
        text = handle.read(SOURCE_LIMIT + 1)
    if len(text) > SOURCE_LIMIT:
        raise ValueError(f"the source is longer than {SOURCE_LIMIT} characters; "
                         "the check reads no more")
    return text


def check_source(deck: Deck, source: Path, named_at: tuple[Path, int]) -> SourceReport:
    """Compare the deck with its source; problems point at FILE:LINE, never raise.

    `named_at` is where the source was named (deck.toml's line, or the file itself
    when given on the command line): a source that cannot be read is reported there.
    """
    report = SourceReport(source)
    try:
        text = read_source(source)
    except FileNotFoundError:
        report.diagnostics.append(Diagnostic(*named_at, Severity.ERROR,
                                             f"source '{source}' does not exist"))
        return report
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        report.diagnostics.append(Diagnostic(*named_at, Severity.ERROR,
                                             f"cannot read the source '{source}': {exc}"))
        return report
    report.read = True
    _check_carried(deck, source, text, report)
    _check_verbatim(deck, source, text, report)
    return report


# --- carried -----------------------------------------------------------------------------


def deck_pieces(deck: Deck) -> list[str]:
    """Everything the deck carries as full text: what `export --text` writes."""
    pieces = [deck.title, deck.subtitle, deck.author]
    for chapter in deck.chapters:
        pieces.append(chapter.title)
        pieces += [slide.full_text for slide in chapter.slides]
    return pieces


def lost_sentences(source: str, pieces: Iterable[str]) -> tuple[int, list[Sentence]]:
    """How many sentences the source has, and those no piece of text carries whole.

    A sentence is carried when its words appear in a row within one paragraph of
    one piece (case and ё folded, punctuation ignored).
    """
    sentences = split_sentences(source)
    carried: list[str | None] = []
    for piece in pieces:
        for line in piece.splitlines():
            carried += words(line)
            carried.append(_BREAK)
    found = PhraseFinder.build(words(s.text) for s in sentences).scan(carried)
    return len(sentences), [s for s, hits in zip(sentences, found.hits, strict=True)
                            if not hits]


def _shortened(text: str) -> str:
    """A text for a one-line message: at most SHOWN_CHARS characters."""
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1].rstrip() + "…"


def _check_carried(deck: Deck, source: Path, text: str, report: SourceReport) -> None:
    report.sentences, lost = lost_sentences(text, deck_pieces(deck))
    report.carried = report.sentences - len(lost)
    report.diagnostics += [
        Diagnostic(source, sentence.line, Severity.WARNING,
                   f"the deck no longer carries this sentence: «{_shortened(sentence.text)}»")
        for sentence in lost]


# --- verbatim ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Fragment:
    """A piece of a quote between cuts, stripped of punctuation at its ends."""

    tokens: tuple[Token, ...]
    phrases: tuple[int, ...]  # ids of its patterns in the finder (as written, first letter
    #                           in the other case)


def _fragments(tokens: list[Token]) -> list[list[Token]]:
    """Split on `[…]`; trim dashes from each piece's ends (a dialogue's «— » is layout).

    Other punctuation at the ends counts: a full stop where the report's sentence goes
    on is a cut without its mark.
    """
    pieces: list[list[Token]] = [[]]
    index = 0
    while index < len(tokens):
        if tuple(t.text for t in tokens[index:index + 3]) == CUT:
            pieces.append([])
            index += 3
            continue
        pieces[-1].append(tokens[index])
        index += 1
    out = []
    for piece in pieces:
        kept = [i for i, t in enumerate(piece) if t.text != DASH]
        if any(t.text[0].isalnum() for t in piece):
            out.append(piece[kept[0]:kept[-1] + 1])
    return out


def _variants(tokens: list[Token]) -> list[tuple[str, ...]]:
    """The fragment as written, and with its first letter's case swapped.

    A quote may start mid-sentence with a capital, or a cut may leave a capital
    inside the report's sentence; any other change of case is a change of words.
    """
    texts = tuple(t.text for t in tokens)
    first = texts[0]
    swapped = first[0].swapcase() + first[1:]
    return [texts] if swapped == first else [texts, (swapped, *texts[1:])]


class _SourceTokens:
    """The source's speech tokens with their lines, for positions the finder reports."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = speech_tokens(text)
        line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.lines = [bisect.bisect_right(line_starts, t.start) for t in self.tokens]

    def excerpt(self, start: int, end: int) -> str:
        """The source's own characters for tokens [start, end)."""
        return _excerpt(self.text, self.tokens, start, end)


def _excerpt(text: str, tokens: Sequence[Token], start: int, end: int) -> str:
    """The characters of `text` that tokens [start, end) span, on one line."""
    end = min(end, len(tokens))
    return " ".join(text[tokens[start].start:tokens[end - 1].end].split()) if start < end else ""


def _chain(fragments: list[_Fragment], found: Found, source: _SourceTokens) -> bool:
    """Whether the fragments occur in order, each cut spanning at most one paragraph break."""
    hits = [sorted({h for p in f.phrases for h in found.hits[p]}) for f in fragments]
    for first_end in hits[0]:
        end = first_end
        for fragment, ends in zip(fragments[1:], hits[1:], strict=True):
            size = len(fragment.tokens)
            index = bisect.bisect_left(ends, end + size)  # starts at or after `end`
            if index == len(ends):
                return False  # a later start only ends later: it cannot do better
            start = ends[index] - size
            if source.lines[start] > source.lines[end - 1] + 1:
                break
            end = ends[index]
        else:
            return True
    return False


def _mismatch(speech: Speech, fragment: _Fragment, found: Found, source: _SourceTokens,
              source_path: Path) -> Diagnostic:
    """Where a fragment stops agreeing with the source, in words an editor can act on."""
    text = speech.text
    length, end = max(found.prefix[p] for p in fragment.phrases)
    tokens = fragment.tokens
    quoted = f"«{_shortened(_excerpt(text, tokens, 0, len(tokens)))}»"
    if length < 2:
        return Diagnostic(speech.file, speech.line_at(tokens[0].start), Severity.ERROR,
                          f"{speech.what} is not verbatim in the source: {quoted} is not "
                          "in it")
    agreed = _excerpt(text, tokens, max(0, length - EXCERPT), length)
    if length > EXCERPT:
        agreed = "…" + agreed
    slide_goes_on = _goes_on(_excerpt(text, tokens, length, length + EXCERPT),
                             length + EXCERPT < len(tokens))
    source_goes_on = _goes_on(source.excerpt(end, end + EXCERPT),
                              end + EXCERPT < len(source.tokens))
    line = source.lines[end - 1]
    return Diagnostic(
        speech.file, speech.line_at(tokens[min(length, len(tokens) - 1)].start), Severity.ERROR,
        f"{speech.what} is not verbatim in the source: after «{agreed}» the slide has "
        f"{slide_goes_on}, the source ({source_path}:{line}) {source_goes_on}")


def _goes_on(excerpt: str, more: bool) -> str:
    """«the next words…» of a text, or «(nothing)» at its end."""
    return f"«{excerpt}…»" if excerpt and more else f"«{excerpt}»" if excerpt else "nothing more"


def _check_verbatim(deck: Deck, source_path: Path, text: str, report: SourceReport) -> None:
    speeches, budget = [], SPEECH_LIMIT
    for speech in quoted_speech(deck):
        budget -= len(speech.text)
        if budget < 0:
            first = speech.parts[0][1]
            report.diagnostics.append(Diagnostic(
                speech.file, first, Severity.WARNING,
                f"over {SPEECH_LIMIT} characters of quoted speech; the rest of the deck's "
                "quotes were not checked"))
            break
        speeches.append(speech)
    patterns: list[tuple[str, ...]] = []
    passages: list[tuple[Speech, list[_Fragment]]] = []
    for speech in speeches:
        pieces = _fragments(speech_tokens(speech.text))
        if len(pieces) > MAX_CUTS + 1:
            report.quotes += 1
            report.diagnostics.append(Diagnostic(
                speech.file, speech.parts[0][1], Severity.ERROR,
                f"{speech.what} has more than {MAX_CUTS} cuts «[…]»: not a quote any more"))
            continue
        fragments = []
        for piece in pieces:
            variants = _variants(piece)
            ids = tuple(range(len(patterns), len(patterns) + len(variants)))
            patterns += variants
            fragments.append(_Fragment(tuple(piece), ids))
        if fragments:
            passages.append((speech, fragments))
    source = _SourceTokens(text)
    found = PhraseFinder.build(patterns).scan([t.text for t in source.tokens])
    report.quotes += len(passages)
    for speech, fragments in passages:
        missing = next((f for f in fragments if not any(found.hits[p] for p in f.phrases)),
                       None)
        if missing is not None:
            report.diagnostics.append(_mismatch(speech, missing, found, source, source_path))
        elif not _chain(fragments, found, source):
            report.diagnostics.append(Diagnostic(
                speech.file, speech.parts[0][1], Severity.ERROR,
                f"{speech.what} is not verbatim in the source: its parts are in the source, "
                "but not in this order within one passage (a cut «[…]» may leave out words "
                "of the same paragraph or run into the next one, no further)"))
        else:
            report.verbatim += 1
