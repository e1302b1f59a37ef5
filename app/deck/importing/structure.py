"""The report's structure from its blocks: a score for each role a block may play.

Each block is weighed on what an editor would look at: where it stands, how
long it is, how it ends (a heading has no final full stop), its case, a blank
line around it, what comes before and after, and labels in Russian, Kazakh
and English («Автор:», «Фото:», «Вопрос:», «Q:»). The first block is the
headline when it reads like one, else the lede and the title is its key phrase.
"""

from __future__ import annotations

import re
from enum import StrEnum

from app.deck.importing.blocks import Block, dateline, read_blocks
from app.deck.importing.credits import Credit, bare_name, labelled_credit
from app.deck.importing.dialogue import assign_speakers
from app.deck.importing.draft import Draft, Item, ReportRefused, Section, Turn
from app.deck.importing.headline import key_phrase
from app.deck.importing.language import LABELS, detect_language
from app.deck.importing.names import People, index_people
from app.deck.importing.quotes import closes_quote, find_quote, open_quote, running_quote
from app.deck.importing.text import (
    CLOSERS,
    drop_full_stop,
    first_sentence,
    sentence_ends,
    word_count,
)

DASH_TURN = re.compile(r"^[—–]\s*(?=\S)")
HYPHEN_TURN = re.compile(r"^-\s+(?=\S)")
LABEL_TURN = re.compile(
    r"^(?:(?P<short>[QA])\s*:|(?P<word>вопрос|ответ|сұрақ|жауап|question|answer)\s*[:.—–-])\s*",
    re.IGNORECASE)
QUESTION_LABELS = ("q", "вопрос", "сұрақ", "question")
# «Иван Петров: …», «SMITH: …»: a transcript's speaker label (one to three capitalised words)
SPEAKER_LABEL = re.compile(
    r"^(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’.-]{0,40}(?:\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’.-]{0,40}){0,2})"
    r"\s?:\s+(?=\S)")
LABEL_REPEATS = 2  # a label is a speaker's when it opens this many lines
HEADLINE_WORDS = 40  # a longer first block is the lede
STANDFIRST_WORDS = 50
HEADING_THRESHOLD = 4
RUNNING_QUOTE_PARAGRAPHS = 6  # a quote left open longer than this was a typo


class Role(StrEnum):
    TITLE = "title"
    STANDFIRST = "standfirst"
    CREDIT = "credit"
    DATELINE = "dateline"  # alone on its line: joins the next paragraph
    HEADING = "heading"
    TURN = "turn"
    ITEM = "item"  # a hyphen list item that is not an interview line
    PARAGRAPH = "paragraph"


def _punctuated(text: str) -> bool:
    return text.rstrip(CLOSERS).endswith((".", ",", ";", ":", "…"))


def _turn(text: str, speakers: frozenset[str] = frozenset()) -> Turn | None:
    label = LABEL_TURN.match(text)
    if label:
        word = (label.group("short") or label.group("word")).lower()
        return Turn(text, text[label.end():].strip(), label="q" if word in QUESTION_LABELS
                    else "a")
    named = SPEAKER_LABEL.match(text) if speakers else None
    if named and named.group("name") in speakers:
        return Turn(text, text[named.end():].strip(), named=named.group("name"))
    dash = DASH_TURN.match(text) or HYPHEN_TURN.match(text)
    return Turn(text, text[dash.end():].strip()) if dash else None


def _is_sentence_like(block: Block) -> bool:
    return _punctuated(block.text) or block.text.rstrip(CLOSERS).endswith(("?", "!"))


def _heading_score(blocks: list[Block], roles: list[Role], index: int) -> int:
    """How much a block looks like a subheading; ≥ HEADING_THRESHOLD is one."""
    block = blocks[index]
    if block.markdown_level:
        return 10
    text = block.text
    score = 0
    if not _is_sentence_like(block):
        score += 3
    elif text.rstrip(CLOSERS).endswith(("?", "!")):
        score += 1
    else:
        return -5
    words = word_count(text)
    score += 2 if words <= 10 else 1 if words <= 20 else 0 if words <= 35 else -4
    if sentence_ends(text):
        score -= 3  # two sentences are a paragraph
    if block.blank_before or block.blank_after:
        score += 1
    if text[:1].islower():
        score -= 3
    following = _next_content(roles, index)
    if following is None:
        score -= 3  # the report's last line heads nothing
    else:
        nxt = blocks[following]
        if roles[following] in (Role.PARAGRAPH, Role.DATELINE) and _is_sentence_like(nxt):
            score += 1
        elif roles[following] is Role.PARAGRAPH and word_count(nxt.text) <= 35:
            score -= 3  # two short unpunctuated lines: the first heads nothing
    previous = _previous_content(roles, index)
    if (previous is not None and following is not None and roles[previous] is Role.TURN
            and roles[following] is Role.TURN):
        score -= 4  # a pause inside an interview
    return score


def _next_content(roles: list[Role], index: int) -> int | None:
    for other in range(index + 1, len(roles)):
        if roles[other] is not Role.CREDIT:
            return other
    return None


def _previous_content(roles: list[Role], index: int) -> int | None:
    for other in range(index - 1, -1, -1):
        if roles[other] is not Role.CREDIT:
            return other
    return None


def _is_headline(block: Block, rest: bool) -> bool:
    if block.line:
        return False  # a caption with its © credit is never a headline
    if block.markdown_level:
        return True
    return (rest and not _punctuated(block.text) and word_count(block.text) <= HEADLINE_WORDS
            and not dateline(block.text) and _turn(block.text) is None)


def _hyphen_runs_as_items(blocks: list[Block], roles: list[Role]) -> None:
    """A run of «- » lines without a question is a list, not an interview."""
    index = 0
    while index < len(blocks):
        if roles[index] is not Role.TURN or not HYPHEN_TURN.match(blocks[index].text):
            index += 1
            continue
        end = index
        while end < len(blocks) and roles[end] is Role.TURN and HYPHEN_TURN.match(
                blocks[end].text):
            end += 1
        near_dash = any(roles[i] is Role.TURN and not HYPHEN_TURN.match(blocks[i].text)
                        for i in (index - 1, end) if 0 <= i < len(blocks))
        if not near_dash and not any("?" in blocks[i].text for i in range(index, end)):
            for i in range(index, end):
                roles[i] = Role.ITEM
        index = end


def speaker_labels(blocks: list[Block], credits: list[Credit | None]) -> frozenset[str]:
    """The labels of a transcript («Иван Петров: …»): at least two, each opening two
    lines or more (a lone «Note: …» is a paragraph)."""
    counts: dict[str, int] = {}
    for block, credit in zip(blocks, credits, strict=True):
        match = SPEAKER_LABEL.match(block.text) if credit is None else None
        if match:
            counts[match.group("name")] = counts.get(match.group("name"), 0) + 1
    names = frozenset(name for name, count in counts.items() if count >= LABEL_REPEATS)
    return names if len(names) >= 2 else frozenset()


def classify(blocks: list[Block], language: str) -> tuple[list[Role], list[Credit | None],
                                                          frozenset[str]]:
    """A role for each block, the credit each credit block gives, the transcript's labels."""
    labels = LABELS[language]
    roles = [Role.PARAGRAPH] * len(blocks)
    credits: list[Credit | None] = [labelled_credit(b.text, labels) for b in blocks]
    speakers = speaker_labels(blocks, credits)
    for index, credit in enumerate(credits):
        if blocks[index].continued:
            roles[index] = roles[index - 1]  # the rest of a long paragraph, whatever it was
            credits[index] = None
        elif credit:
            roles[index] = Role.CREDIT
        elif _turn(blocks[index].text, speakers):
            roles[index] = Role.TURN
        elif dateline(blocks[index].text) == blocks[index].text:
            roles[index] = Role.DATELINE
    content = [i for i, role in enumerate(roles) if role is not Role.CREDIT]
    if len(content) > 2 and _is_headline(blocks[content[1]], True):
        byline = bare_name(blocks[content[0]].text, labels)  # a name over the headline
        if byline:
            roles[content[0]], credits[content[0]] = Role.CREDIT, byline
            content = content[1:]
    if not content:
        return roles, credits, speakers
    first = content[0]
    if _is_headline(blocks[first], len(content) > 1):
        roles[first] = Role.TITLE
        after = content[1] if len(content) > 1 else None
        if (after is not None and roles[after] is Role.PARAGRAPH and len(content) > 2
                and word_count(blocks[after].text) <= STANDFIRST_WORDS
                and not dateline(blocks[after].text) and _punctuated(blocks[after].text)):
            roles[after] = Role.STANDFIRST
    _bylines(blocks, roles, credits, labels)
    _hyphen_runs_as_items(blocks, roles)
    for index, block in enumerate(blocks):
        whole = not (block.line or block.continued)  # a caption or a long paragraph's rest
        if roles[index] is Role.PARAGRAPH and index != first and whole \
                and _heading_score(blocks, roles, index) >= HEADING_THRESHOLD:
            roles[index] = Role.HEADING
    return roles, credits, speakers


def _bylines(blocks: list[Block], roles: list[Role], credits: list[Credit | None],
             labels) -> None:
    """Bare name lines where bylines stand: before the story's first paragraph, after its last."""
    body = [i for i, role in enumerate(roles)
            if role in (Role.PARAGRAPH, Role.TURN, Role.DATELINE) and bare_name(
                blocks[i].text, labels) is None]
    if not body:
        return
    for index, block in enumerate(blocks):
        if roles[index] is not Role.PARAGRAPH or body[0] < index < body[-1]:
            continue
        credit = bare_name(block.text, labels)
        if credit:
            roles[index], credits[index] = Role.CREDIT, credit


def plan(text: str, title: str | None = None) -> Draft:
    """The report's structure; ReportRefused when there is nothing to import."""
    blocks = read_blocks(text)
    if not blocks:
        raise ReportRefused("the report is empty: there are no words to import")
    language = detect_language(text)
    labels = LABELS[language]
    roles, credits, speakers = classify(blocks, language)
    # names are looked up by position: index the same text the blocks' offsets count in
    people = index_people("\n".join(block.text for block in blocks), language)
    draft = Draft(language, labels, "", "lede", [])
    draft.credits = [c for c in credits if c is not None]
    title_lines = [b.reader for b, r in zip(blocks, roles, strict=True)
                   if r in (Role.TITLE, Role.STANDFIRST)]
    draft.sections = _sections(blocks, roles, people, speakers)
    for section in draft.sections:
        section.items = assign_speakers(section.items, people, labels)
    headline = next((b.text for b, r in zip(blocks, roles, strict=True) if r is Role.TITLE), "")
    standfirst = next((b.text for b, r in zip(blocks, roles, strict=True)
                       if r is Role.STANDFIRST), "")
    given = " ".join((title or "").split())
    if given:
        draft.title, draft.title_source = given, "given"
    elif headline:
        draft.title, draft.title_source = drop_full_stop(headline), "headline"
    draft.title_lines = title_lines
    if standfirst:
        draft.subtitle = drop_full_stop(first_sentence(standfirst))
    elif not headline:
        _title_from_lede(draft, labels.fallback_title, given)
    if not draft.title:
        draft.title = labels.fallback_title
    return draft


def _title_from_lede(draft: Draft, fallback: str, given: str) -> None:
    """No headline: the lede opens the deck and its key phrase is the title."""
    lede = next((item for s in draft.sections[:1] for item in s.items[:1]
                 if s.heading is None and item.kind == "text"), None)
    if lede is None:  # the report opens with a quote or an interview: they stay as they are
        first = next((item.lines[0] for s in draft.sections for item in s.items), "")
        if not given:
            draft.title = key_phrase(first_sentence(first), allow_opening=True) or fallback
        return
    draft.sections[0].items.remove(lede)
    draft.title_lines = lede.lines
    sentence = first_sentence(lede.body)
    if not given:
        draft.title = key_phrase(sentence, allow_opening=True) or fallback
    draft.subtitle = _subtitle(drop_full_stop(sentence), draft.title)


def _subtitle(sentence: str, title: str) -> str:
    """The lede's first sentence under its own key phrase, without repeating the phrase."""
    at = sentence.lower().find(title.lower())
    if at > 0:
        before = sentence[:at].rstrip(" :;,–—-")
        if word_count(before) >= 3:
            return before
    if at >= 0 or word_count(sentence) > STANDFIRST_WORDS:
        return ""
    return sentence


def _sections(blocks: list[Block], roles: list[Role], people: People,
              speakers: frozenset[str]) -> list[Section]:
    sections = [Section(None)]
    offsets, position = [], 0
    for block in blocks:
        offsets.append(position)
        position += len(block.text) + 1
    index = 0
    previous = ""
    pending_dateline = ""
    while index < len(blocks):
        role, block = roles[index], blocks[index]
        if pending_dateline and role not in (Role.PARAGRAPH, Role.CREDIT):
            # a dateline before a heading or an interview stays text of its own
            sections[-1].items.append(Item("text", [pending_dateline], body=pending_dateline))
            pending_dateline = ""
        items = sections[-1].items
        if role in (Role.TITLE, Role.STANDFIRST, Role.CREDIT):
            previous = block.text if role is not Role.CREDIT else previous
            index += 1
            continue
        if role is Role.HEADING:
            sections.append(Section(block.text))
            previous = ""
            index += 1
            continue
        if role is Role.DATELINE:
            pending_dateline = block.text
            index += 1
            continue
        if role is Role.TURN:
            turn = _turn(block.text, speakers) or Turn(block.text, block.text, continued=True)
            turn.line = block.reader
            if items and items[-1].kind == "dialogue" and roles[index - 1] is Role.TURN:
                items[-1].turns.append(turn)
                items[-1].lines.append(block.reader)
            else:
                items.append(Item("dialogue", [block.reader], turns=[turn]))
        elif role is Role.ITEM:
            if items and items[-1].kind == "list" and roles[index - 1] is Role.ITEM:
                items[-1].lines.append(block.reader)
            else:
                items.append(Item("list", [block.reader]))
        else:
            end = _running_quote_end(blocks, roles, index)
            if end is not None:
                texts = [b.text for b in blocks[index:end + 1]]
                quote = running_quote(texts, previous, people, offsets[index])
                if quote:
                    quote.reader = [b.reader for b in blocks[index:end + 1]]
                    items.append(Item("quote", quote.reader, quote=quote))
                    previous = texts[-1]
                    index = end + 1
                    continue
            lines = [pending_dateline, block.reader] if pending_dateline else [block.reader]
            body = block.text[len(dateline(block.text)):].strip() or block.text
            quote = find_quote(block.text, previous, people, offsets[index])
            if quote:
                quote.reader = lines
                items.append(Item("quote", lines, body=body, quote=quote))
            else:
                items.append(Item("text", lines, body=body))
        pending_dateline = ""
        previous = block.text
        index += 1
    if pending_dateline:  # a dateline with nothing after it is text of its own
        sections[-1].items.append(Item("text", [pending_dateline], body=pending_dateline))
    return [s for s in sections if s.heading is not None or s.items]


def _running_quote_end(blocks: list[Block], roles: list[Role], index: int) -> int | None:
    """Where a quote opened (and not closed) in block `index` closes, if it does soon."""
    if not open_quote(blocks[index].text):
        return None
    for end in range(index + 1, min(len(blocks), index + RUNNING_QUOTE_PARAGRAPHS)):
        if roles[end] is not Role.PARAGRAPH:
            return None
        if closes_quote(blocks[end].text):
            return end
    return None


__all__ = ["ReportRefused", "plan"]
