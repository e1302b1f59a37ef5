"""Russian typesetting rules that Qt's line breaker does not know.

A line must not end on a one-letter word or a short preposition («в», «на»,
«не» …), a number must not be parted from its unit or month («14 млн»,
«21 декабря»), and a dash must not start a line; all read as mistakes in
large type. Non-breaking spaces keep those words with their neighbours.
A paragraph does not end on a lone short word (its last space is
non-breaking), quotes inside quotes take the inner marks: «…„…“…», and a
quote's closing full stop stands after its closing mark: «…Казахстана».
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
SHORT_WORDS = ("не", "на", "по", "за", "из", "от", "до")

# A one-letter word or a short word, standing alone (not the end of a longer
# word or of a hyphenated one), followed by ordinary spaces.
_BEFORE_NEXT = re.compile(
    r"(?<![\w\-])(\w|" + "|".join(SHORT_WORDS) + r")[ \t]+(?=\S)",
    re.IGNORECASE,
)
_AFTER_NUMBER = re.compile(r"(?<![\w\-])(\d+)[ \t]+(?=\w)")
# Only from the start of a run of spaces: trying every position inside a long
# run that no dash follows would take time quadratic in its length.
_BEFORE_DASH = re.compile(r"(?<![ \t])[ \t]+(?=[—–])")


LAST_WORD = 10  # characters: a last word up to this long is kept with the one before it
DASHES = "—–-"
# A hyphen before letters: the word or number before it, and the word after (not consumed).
# Only from a word's start: tried from inside a long word with no hyphen after it,
# every start would rescan the word, quadratic in its length.
_HYPHENATED = re.compile(r"(?<![^\W_])([^\W_]+)-(?=([^\W\d_]+))")
SHORT_PART = 3  # letters: «кто-то», «из-за», «Ростов-на-Дону» are read as one word
NB_HYPHEN = "\u2011"
OUTER = ("«", "»")
INNER = ("„", "“")


def nest_quotes(text: str) -> str:
    """«…«…»…» as «…„…“…»: a quote inside a quote takes the inner marks.

    Straight double quotes are read as opening or closing by what stands
    before them; inner marks already set („…“) are kept. The result has
    the same length as `text`.
    """
    out, depth = [], 0
    for index, char in enumerate(text):
        if char == '"':
            before = text[index - 1] if index else " "
            char = "«" if before.isspace() or before in "(«„[—–-" else "»"
        if char == "«":
            out.append(OUTER[0] if depth == 0 else INNER[0])
            depth += 1
        elif char == "»" and depth:
            depth -= 1
            out.append(OUTER[1] if depth == 0 else INNER[1])
        else:
            if char == INNER[0]:
                depth += 1
            elif char == INNER[1] and depth:
                depth -= 1
            out.append(char)
    return "".join(out)


def close_quote(text: str) -> tuple[str, str]:
    """The quote's last words and what closes it: a full stop goes after the closing
    mark («…Казахстана».), a question mark, an exclamation or an ellipsis stays inside."""
    if text.endswith(".") and not text.endswith(".."):
        return text[:-1], OUTER[1] + "."
    return text, OUTER[1]


def keep_last_word(text: str) -> str:
    """The paragraph's last space made non-breaking when the last word is short, so
    no line of a caption or a quote is one lonely word. Same length as `text`."""
    if len(text.split()) < 4:
        return text
    # Walked back from the end, not searched for: a regular expression anchored at the
    # end still tries every space of a long run, which is quadratic in its length.
    end = len(text) - 1 if text.endswith("\n") else len(text)
    word = end
    while word > 0 and not text[word - 1].isspace():
        word -= 1
    spaces = word
    while spaces > 0 and text[spaces - 1] in " \t":
        spaces -= 1
    # not after a dash: a line may break after one, and would then start with the glued space
    if not 1 <= end - word <= LAST_WORD or spaces == word or \
            (spaces > 0 and text[spaces - 1] in DASHES):
        return text
    return text[:spaces] + NBSP * (word - spaces) + text[word:]


def typeset(text: str) -> str:
    """`text` with non-breaking spaces after short words and numbers, and before dashes."""
    text = _BEFORE_NEXT.sub(lambda m: m.group(1) + NBSP, text)
    text = _AFTER_NUMBER.sub(lambda m: m.group(1) + NBSP, text)
    return _BEFORE_DASH.sub(NBSP, text)


def keep_hyphenated(text: str) -> str:
    """Hyphens inside names, short compounds and after numbers as non-breaking hyphens,
    so «Касым-Жомарт», «кто-то» and «14-миллионного» never part at a line's end. A long
    compound («казахстанско-японской») may still break at its hyphen: joined, it would
    not fit a narrow column. Same length as `text`."""
    def join(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(2)
        whole = (after[0].isupper() or before.isdigit()
                 or min(len(before), len(after)) <= SHORT_PART)
        return before + (NB_HYPHEN if whole else "-")
    return _HYPHENATED.sub(join, text)


def set_paragraph(texts: list[str], last_word: bool = True) -> list[str]:
    """Each span's text of one paragraph after every rule; the paragraph-wide ones
    (nested quotes, the last word kept with its neighbour) see the spans as one text.

    `last_word=False` for a column of any width, where a glued pair of words could be
    wider than the column and would be cut inside a word."""
    texts = [typeset(text) for text in texts]
    whole = nest_quotes("".join(texts))
    if last_word:
        whole = keep_last_word(whole)  # both keep the length
    out, start = [], 0
    for text in texts:
        out.append(whole[start:start + len(text)])
        start += len(text)
    return out
