"""Text helpers of the importer: sentences, words, slugs, Markdown and TOML escaping."""

from __future__ import annotations

import re

WORDLIKE = re.compile(r"\w")
WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
CLOSERS = "»\"”’')]"  # closing quotes and brackets after a sentence's last mark
OPENERS = "«\"„“(['—–-"  # what a new sentence may start with, besides a capital or a digit
SENTENCE_END = re.compile(r"[.!?…]+[" + re.escape(CLOSERS) + r"]*(?=\s+(\S))")
ABBREVIATIONS = frozenset({
    "г", "гг", "ул", "им", "т", "тыс", "млн", "млрд", "трлн", "руб", "проф", "акад", "св", "ст",
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "prof", "gen", "sen", "gov", "inc",
})
DANGLING = ",;:–—-."  # stripped from a cut text before its «…»

# Markdown: characters escaped wherever they are, and the ones only a line's start makes
# meaningful (a list, a quote, a `---` separator, a `::: section` marker, `1.` lists).
INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<&#~])")
LINE_START_SPECIAL = ">-+:=|"
ORDERED_ITEM = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")

TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh letters
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
SLUG_CHARS = 40


def _word_before(text: str, end: int) -> str:
    """The letters right before `end` (at most a short word's worth: linear overall)."""
    start = end
    while start > 0 and end - start < 6 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and text[start - 1].isalpha():
        return ""  # a long word: no abbreviation
    return text[start:end]


def sentence_ends(text: str) -> list[int]:
    """Where each sentence of `text` ends (after its mark and closing quotes).

    A sentence ends at . ! ? … before a capital, a digit, an opening quote or a
    dash; a single capital («Ж. Касымбек») or a known abbreviation before a full
    stop does not end one. Linear in the text's length.
    """
    ends = []
    for match in SENTENCE_END.finditer(text):
        follower = match.group(1)
        if not (follower.isupper() or follower.isdigit() or follower in OPENERS):
            continue
        if match.group().startswith("."):
            before = _word_before(text, match.start())
            if (len(before) == 1 and before.isupper()) or before.lower() in ABBREVIATIONS:
                continue
        ends.append(match.end())
    return ends


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, each stripped, in order."""
    out, start = [], 0
    for end in sentence_ends(text):
        out.append(text[start:end].strip())
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def first_sentence(text: str) -> str:
    """The paragraph up to its first sentence end (the whole of it if there is none)."""
    match = next(iter(sentence_ends(text)), None)
    return text[:match] if match else text


def word_count(text: str) -> int:
    return sum(1 for token in text.split() if WORDLIKE.search(token))


def _cut(tokens: list[str]) -> str:
    """The kept words with «…», without a dangling dash or comma before it."""
    tokens = list(tokens)
    while tokens and not WORDLIKE.search(tokens[-1]):
        tokens.pop()
    return " ".join(tokens).rstrip(DANGLING).rstrip() + "…"


def shorten_words(text: str, limit: int) -> str:
    """`text` cut after `limit` words at a word boundary, with «…» if it was cut.

    Only tokens with a letter or a digit count as words: a dash is not one.
    """
    tokens = text.split()
    count = 0
    for index, token in enumerate(tokens):
        if WORDLIKE.search(token):
            count += 1
            if count > limit:
                return _cut(tokens[:index])
    return " ".join(tokens)


def drop_full_stop(text: str) -> str:
    """A heading or a title without its final full stop (an ellipsis stays)."""
    if text.endswith(".") and not text.endswith(".."):
        return text[:-1].rstrip()
    return text


def capitalized(text: str) -> str:
    """The text with its first letter upper-case (a headline's first word)."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1:]
    return text


def slugify(text: str) -> str:
    """An ASCII slug: Cyrillic transliterated, anything else but letters and digits a '-'."""
    ascii_text = "".join(TRANSLIT.get(ch, ch) for ch in text[:200].lower())
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > SLUG_CHARS:
        cut = slug[:SLUG_CHARS]
        slug = cut.rsplit("-", 1)[0] if slug[SLUG_CHARS] != "-" and "-" in cut else cut
        slug = slug.strip("-")
    return slug or "chapter"


def escape_inline(text: str) -> str:
    """Text that Markdown shows exactly as typed inside a line (emphasis, code, links,
    entities, `#` closing sequences escaped with a backslash)."""
    return INLINE_SPECIAL.sub(r"\\\1", text)


def escape_line(text: str) -> str:
    """A whole line of text as one literal Markdown paragraph.

    Besides the inline escapes, a line start that would open a list, a quote, a
    heading, a `---` slide separator or a `::: section` marker is escaped too.
    """
    text = escape_inline(" ".join(text.split()))
    if text[:1] in LINE_START_SPECIAL:
        return "\\" + text
    return ORDERED_ITEM.sub(r"\1\\\2", text)


def toml_string(value: str) -> str:
    out = []
    for ch in value:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
