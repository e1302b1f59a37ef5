"""Non-breaking spaces that keep short Russian words and dashes off line ends."""

from __future__ import annotations

import pytest

from app.render.typography import (
    NBSP,
    close_quote,
    keep_hyphenated,
    keep_last_word,
    nest_quotes,
    set_paragraph,
    typeset,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("в Токио", f"в{NBSP}Токио"),
    ("И вдруг", f"И{NBSP}вдруг"),
    ("не знаю", f"не{NBSP}знаю"),
    ("встреча на высшем уровне", f"встреча на{NBSP}высшем уровне"),
    ("и в городе", f"и{NBSP}в{NBSP}городе"),
    ("Токио — город", f"Токио{NBSP}— город"),
    ("J и K", f"J{NBSP}и{NBSP}K"),
    ("за год до саммита", f"за{NBSP}год до{NBSP}саммита"),
    ("саммит 21 декабря", f"саммит 21{NBSP}декабря"),
    ("14 млн жителей", f"14{NBSP}млн жителей"),
])
def test_short_words_and_dashes_are_bound(text, expected):
    assert typeset(text) == expected


@pytest.mark.parametrize("text", ["вход", "навстречу", "по-китайски", "Тонкий", "пока"])
def test_longer_words_are_left_alone(text):
    assert typeset(text) == text


def test_line_breaks_and_trailing_words_are_kept():
    assert typeset("Автор: я\nФото: мы") == "Автор: я\nФото: мы"
    assert typeset("конец в") == "конец в"


@pytest.mark.parametrize(("text", "expected"), [
    ("«Как писал принц, «гармония превыше всего». Сегодня»",
     "«Как писал принц, „гармония превыше всего“. Сегодня»"),
    ('"Как писал принц, "гармония превыше всего". Сегодня"',
     "«Как писал принц, „гармония превыше всего“. Сегодня»"),
    ("«один» и «два»", "«один» и «два»"),
    ("без кавычек", "без кавычек"),
])
def test_quotes_inside_quotes_take_the_inner_marks(text, expected):
    assert nest_quotes(text) == expected
    assert len(nest_quotes(text)) == len(text)


def test_a_paragraph_does_not_end_on_a_lone_short_word():
    text = "Один из главных символов Токио подсвечивался цветами флага."
    assert keep_last_word(text).endswith(f"цветами{NBSP}флага.")
    assert keep_last_word("два слова") == "два слова"
    long_last = "Это очень длинное последнее слово: достопримечательностями"
    assert keep_last_word(long_last) == long_last


def test_inner_marks_already_set_are_kept_and_counted():
    assert nest_quotes("идея формата „Центральная Азия“ и «она»") == \
        "идея формата „Центральная Азия“ и «она»"
    assert nest_quotes("«он: „да“ и «нет»»") == "«он: „да“ и „нет“»"


def test_the_last_word_is_not_glued_after_a_dash():
    """Qt may break after a dash: a glued space there would start the next line."""
    text = "первый саммит диалога «Центральная Азия – Япония»"
    assert keep_last_word(text) == text


def test_a_long_run_of_spaces_before_the_last_word_is_glued_whole():
    """Issue 12: the end is walked back to, never searched for across the run."""
    text = "раз два три" + " " * 40_000 + "конец"
    assert keep_last_word(text) == "раз два три" + NBSP * 40_000 + "конец"
    spaces = "раз два три четыре " + " " * 40_000
    assert keep_last_word(spaces) == spaces


def test_a_long_word_is_scanned_for_hyphens_once():
    """A 5,000-letter word (the longest line a deck keeps) took seconds from every start."""
    word = "а" * 5_000
    assert keep_hyphenated(word + "-б " + word) == word + "\u2011б " + word


@pytest.mark.parametrize(("text", "expected"), [
    ("во внешней политике Казахстана.", ("во внешней политике Казахстана", "».")),
    ("Қош келдіңіз!", ("Қош келдіңіз!", "»")),
    ("Нас читатели тоже просят узнать...", ("Нас читатели тоже просят узнать...", "»")),
    ("с места", ("с места", "»")),
])
def test_a_quotes_full_stop_goes_after_its_closing_mark(text, expected):
    assert close_quote(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Касым-Жомарт Токаев", "Касым\u2011Жомарт Токаев"),
    ("Алма-Ата и Нур-Султан", "Алма\u2011Ата и Нур\u2011Султан"),
    ("кто-то из-за", "кто\u2011то из\u2011за"),
    ("Ростов-на-Дону", "Ростов\u2011на\u2011Дону"),
    ("казахстанско-японской", "казахстанско-японской"),  # too long to keep whole
    ("14-миллионного", "14\u2011миллионного"),
    ("2024-2025", "2024-2025"),  # a range of numbers may break
    ("слово - слово", "слово - слово"),  # a hyphen between spaces is no word's
])
def test_keep_hyphenated_joins_hyphenated_words_only(text, expected):
    assert keep_hyphenated(text) == expected
    assert len(keep_hyphenated(text)) == len(text)


def test_set_paragraph_applies_every_rule_across_spans_and_keeps_each_length():
    spans = ['Он сказал: "о "главном"', ' в Токио"']
    out = set_paragraph(spans)
    assert [len(s) for s in out] == [len(s) for s in spans]
    assert "".join(out) == "Он сказал: «о\u00a0„главном“ в\u00a0Токио»"
