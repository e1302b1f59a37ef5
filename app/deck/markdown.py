"""Markdown to blocks, through markdown-it-py with raw HTML off.

HTML in a deck is data: with `html` off markdown-it hands it back as text, and
it is shown as typed. Links keep their label only; nothing is ever fetched.

markdown-it's inline parser is slow on some text nobody writes but anyone can
send: every `[` scans to the end of its paragraph for the `]` and `(…)` that
would make it a link (quadratic), a long paragraph of emphasis markers costs
more than its length, and each marker costs tens of microseconds. So a
paragraph is parsed a few lines at a time (`INLINE_CHUNK` characters, ending
at a line's end), each chunk's cost is estimated from its markup characters
first, and once a text has spent `INLINE_BUDGET` of them the rest of it is
parsed as plain text: it shows as typed, markup characters and all.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from app.deck.model import Block, Image, Span, spans_text

_OPTIONS = {"html": False, "linkify": False, "typographer": False}
_MD = MarkdownIt("commonmark", _OPTIONS)
INLINE_CHUNK = 5_000  # characters of a paragraph parsed at once (a line may be longer)
INLINE_BUDGET = 10_000  # markup steps one text may take (about a third of a second)

_BLOCK_OPENERS = {"heading_open", "paragraph_open"}


def _spans(inline: Token, keep_breaks: bool) -> tuple[tuple[Span, ...], Image | None]:
    """Styled spans of an inline token, and a leading image if there is one."""
    spans: list[Span] = []
    image: Image | None = None
    bold = italic = 0
    for child in inline.children or []:
        kind = child.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind in ("text", "html_inline"):
            spans.append(Span(child.content, bold > 0, italic > 0))
        elif kind == "code_inline":
            spans.append(Span(child.content, bold > 0, italic > 0, code=True))
        elif kind == "softbreak":
            spans.append(Span("\n" if keep_breaks else " "))
        elif kind == "hardbreak":
            spans.append(Span("\n"))
        elif kind == "image":
            alt = "".join(c.content for c in child.children or [])
            if image is None and not spans_text(spans).strip():
                image = Image(slot=str(child.attrs.get("src", "")), alt=alt)
            else:
                spans.append(Span(alt, bold > 0, italic > 0))
    return _merge(spans), image


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    """Join neighbours of the same style and trim the ends."""
    merged: list[Span] = []
    for span in spans:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].code) == (
            span.bold,
            span.italic,
            span.code,
        ):
            merged[-1] = Span(merged[-1].text + span.text, span.bold, span.italic, span.code)
        elif span.text:
            merged.append(span)
    if merged:
        first, last = merged[0], merged[-1]
        merged[0] = Span(first.text.lstrip(), first.bold, first.italic, first.code)
        last = merged[-1]
        merged[-1] = Span(last.text.rstrip(), last.bold, last.italic, last.code)
    return tuple(s for s in merged if s.text)


def _inline_in_chunks(state: StateCore) -> None:
    """markdown-it's core `inline` rule, in linear time (see the module docstring)."""
    budget = INLINE_BUDGET
    for token in state.tokens:
        if token.type != "inline":
            continue
        token.children = []
        for index, chunk in enumerate(_chunks(token.content)):
            if index:
                token.children.append(Token("softbreak", "br", 0))
            budget -= _markup_steps(chunk)
            if budget < 0:
                token.children.append(Token("text", "", 0, content=chunk))
                continue
            tokens: list[Token] = []  # its own list: the parser's clean-ups walk all of it
            _MD.inline.parse(chunk, _MD, state.env, tokens)
            token.children += tokens


def _chunks(content: str) -> list[str]:
    """`content` in pieces of whole lines, each at most INLINE_CHUNK long where it can be."""
    chunks: list[str] = []
    for line in content.split("\n"):
        if chunks and len(chunks[-1]) + 1 + len(line) <= INLINE_CHUNK:
            chunks[-1] += "\n" + line
        else:
            chunks.append(line)
    return chunks


def _markup_steps(text: str) -> int:
    """An upper bound of the tokens markdown-it steps over to parse `text` inline.

    Tokens start at markdown-it's terminator characters (`*`, `[`, `<`, …):
    each is a step, and again for every `[` before it, whose scan for a `]`
    passes it.
    """
    steps = openers = 0
    for match in _MD.inline.terminator_re.finditer(text):
        steps += 1 + openers
        if match.group() == "[":
            openers += 1
    return steps


_MD.core.ruler.at("inline", _inline_in_chunks)


def parse_blocks(text: str, first_line: int = 1, keep_breaks: bool = False) -> list[Block]:
    """Blocks of a Markdown text; `first_line` is the file line of its first line."""
    blocks: list[Block] = []
    tokens = _MD.parse(text)
    list_depth = quote_depth = 0
    item_fresh = False  # the next paragraph is the first one of a list item
    pending: Token | None = None
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "list_item_open":
            item_fresh = True
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in _BLOCK_OPENERS:
            pending = token
        elif kind == "inline" and pending is not None:
            line = first_line + (pending.map[0] if pending.map else 0)
            spans, image = _spans(token, keep_breaks)
            if pending.type == "heading_open":
                block = Block("heading", spans, line, int(pending.tag[1]), image)
            elif quote_depth:
                block = Block("quote", spans, line, quote_depth, image)
            elif list_depth and item_fresh:
                block = Block("item", spans, line, list_depth, image)
            else:
                block = Block("paragraph", spans, line, list_depth, image)
            item_fresh = False
            pending = None
            if spans or image:
                blocks.append(block)
        elif kind in ("fence", "code_block"):
            line = first_line + (token.map[0] if token.map else 0)
            blocks.append(Block("code", (Span(token.content.rstrip("\n"), code=True),), line))
    return blocks
