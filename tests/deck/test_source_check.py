"""The source check: every sentence of the report carried, every quote verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.deck.diagnostics import Severity
from app.deck.loader import load_deck
from app.deck.source_check import SOURCE_LIMIT, check_source, quoted_speech
from tests.helpers import write_deck

REPORT = (
    "Токио не любит сюрпризов\n"
    "День начался с визита. Всё шло по плану.\n"
    "— И вдруг он передал мне небольшой листок бумаги. Я посмотрела – там было написано: "
    "\"Напишите своё имя китайскими иероглифами\". Я написала и отправила листок обратно.\n"
    "Она признаётся, что была удивлена.\n"
    "— Для человека, который не пишет кандзи (китайские иероглифы) каждый день, это совсем "
    "не просто. И тогда я ещё не знала, что он говорит по-китайски.\n"
    "— Просят-просят с коллегами поговорить.\n"
)


def checked(tmp_path: Path, markdown: str, report: str = REPORT):
    """(report, its findings as `check` prints them) for a one-chapter deck."""
    root = write_deck(tmp_path / "deck", {"a.md": markdown})
    source = tmp_path / "report.txt"
    source.write_text(report, encoding="utf-8")
    deck, diagnostics = load_deck(root)
    assert diagnostics == []
    result = check_source(deck, source, (root / "deck.toml", 1))
    return result, [d.format(tmp_path) for d in result.diagnostics]


def errors(lines: list[str]) -> list[str]:
    return [line for line in lines if ": error: " in line]


def quote(body: str, speaker: str = "Ёрико Кавагучи") -> str:
    return f"kind: quote\nspeaker: {speaker}\n\n{body}\n"


def verbatim(tmp_path: Path, body: str) -> bool:
    result, _ = checked(tmp_path, quote(body))
    assert result.quotes == 1
    return result.verbatim == 1


# --- carried -----------------------------------------------------------------------------


def test_a_lost_sentence_points_into_the_source(tmp_path):
    markdown = ("kind: chapter\n\n# Токио не любит сюрпризов\n\nДень начался с визита.\n"
                "---\nkind: text\n\n# Листок\n\n::: reader\n"
                + "\n\n".join(REPORT.splitlines()[2:]) + "\n")
    result, lines = checked(tmp_path, markdown)
    assert lines == [
        "report.txt:2: warning: the deck no longer carries this sentence: «Всё шло по плану.»"]
    assert result.diagnostics[0].severity is Severity.WARNING
    assert (result.sentences, result.carried) == (10, 9)
    assert result.summary() == "source: 9/10 sentences carried (90.0%), 0/0 quotes verbatim"


def test_carried_means_the_full_text_in_a_row_case_and_punctuation_aside(tmp_path):
    report = "Первое: «Слово за слово». Второе предложение тут.\n"
    # shown text counts when there is no reader text; words must be in a row
    result, lines = checked(tmp_path, "# ПЕРВОЕ – слово, за слово!\n---\n# Второе тут\n", report)
    assert lines == ["report.txt:1: warning: the deck no longer carries this sentence: "
                     "«Второе предложение тут.»"]
    assert result.carried == 1


def test_reader_text_stands_for_the_slide_and_notes_do_not_count(tmp_path):
    report = "Первое предложение. Второе предложение.\n"
    markdown = ("# Первое предложение\n\n::: reader\nДругое.\n\n::: notes\n"
                "Второе предложение.\n")
    result, _ = checked(tmp_path, markdown, report)
    assert result.carried == 0


def test_a_sentence_split_across_two_paragraphs_is_not_carried(tmp_path):
    report = "Одно длинное предложение из многих слов.\n"
    result, _ = checked(tmp_path, "Одно длинное предложение\n\nиз многих слов.\n", report)
    assert result.carried == 0


# --- verbatim ----------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "> И вдруг он передал мне небольшой листок бумаги.",
    # «» for "", ё for е, non-breaking spaces, a dash typed as a hyphen, «...» as «…»
    "> Я посмотрела - там было написано: «Напишите своё имя китайскими иероглифами».",
    "> Я\u00a0посмотрела – там было написано: \"Напишите свое имя китайскими иероглифами\".",
    # a cut marked […], also across a sentence, also typed with three dots
    "> Для человека, который не пишет кандзи […] каждый день, это совсем не просто.",
    "> И вдруг он передал мне небольшой листок бумаги. […] Я написала и отправила листок "
    "обратно.",
    "> [...] это совсем не просто.",
    # a quote may start mid-sentence with a capital, and stop mid-sentence without a mark
    "> Это совсем не просто",
    # two paragraphs of one quote, and a cut that runs into the next paragraph
    "> Я написала и отправила листок обратно.\n>\n> Она признаётся, что была удивлена.",
    "> Я написала и отправила листок обратно. […] что была удивлена.",
])
def test_verbatim_quotes(tmp_path, body):
    assert verbatim(tmp_path, body)


@pytest.mark.parametrize("body", [
    # words added inside the speaker's sentence (the anecdote of issue 8)
    "> Я написала: 川口順子 – и отправила листок обратно.",
    # a cut without its mark
    "> Для человека, который не пишет кандзи … каждый день, это совсем не просто.",
    "> Для человека, который не пишет кандзи каждый день, это совсем не просто.",
    # a full stop where the speaker's sentence goes on
    "> Я написала и отправила.",
    # a change of case inside a quote, a word changed
    "> И вдруг он передал мне небольшой Листок бумаги.",
    "> И вдруг он передал мне маленький листок бумаги.",
    # parts out of order, or a cut that runs over more than one paragraph break
    "> Я написала и отправила листок обратно. […] И вдруг он передал мне",
    "> День начался с визита. […] Она признаётся, что была удивлена.",
])
def test_altered_quotes(tmp_path, body):
    assert not verbatim(tmp_path, body)


def test_an_altered_quote_points_at_its_line_and_says_where_it_parts(tmp_path):
    markdown = ("# Листок\n---\nkind: quote\nspeaker: Ёрико Кавагучи\n\n"
                "> И вдруг он передал мне небольшой листок бумаги.\n>\n"
                "> Я написала: 川口順子 – и отправила листок обратно.\n")
    _, lines = checked(tmp_path, markdown)
    assert errors(lines) == [
        "deck/a.md:8: error: quote is not verbatim in the source: after «…мне небольшой листок "
        "бумаги. Я» the slide has «написала: 川口順子 – и отправила…», the source "
        f"({tmp_path / 'report.txt'}:3) «посмотрела – там было написано:…»"]


def test_a_quote_not_in_the_source_at_all(tmp_path):
    _, lines = checked(tmp_path, quote("> Совсем другие слова."))
    assert errors(lines) == [
        "deck/a.md:4: error: quote is not verbatim in the source: «Совсем другие слова.» is not "
        "in it"]


def test_parts_out_of_order_are_named(tmp_path):
    _, lines = checked(tmp_path, quote("> Я написала и отправила листок обратно. […] И вдруг"))
    assert len(errors(lines)) == 1
    assert "not in this order within one passage" in errors(lines)[0]


def test_a_collage_of_cuts_is_not_a_quote(tmp_path):
    body = "> " + " […] ".join(["И вдруг он передал мне небольшой листок бумаги."] * 22)
    result, lines = checked(tmp_path, quote(body))
    assert (result.verbatim, result.quotes) == (0, 1)
    assert errors(lines) == ["deck/a.md:4: error: quote has more than 20 cuts «[…]»: not a "
                             "quote any more"]


def test_what_counts_as_quoted_speech(tmp_path):
    markdown = (
        "kind: quote\nspeaker: А\n\n# Заголовок не цитата\n\nАбзац цитаты.\n\n> И ещё один.\n"
        "---\nkind: text\n\nТекст «в кавычках» не проверяется.\n\n> Цитата в тексте.\n>\n"
        "> Её второй абзац.\n\nПосле.\n\n> Другая цитата.\n"
        "---\nkind: dialogue\n\n- **А:** Реплика раз.\n- **Б:** Реплика два.\n"
        "---\nkind: build\n\n- Шаг повествования.\n"
        "---\nkind: build\nspeaker: Ёрико Кавагучи\n\n- Её слова.\n- И ещё.\n")
    deck, _ = load_deck(write_deck(tmp_path / "d", {"a.md": markdown}))
    speech = quoted_speech(deck)
    assert [(s.what, s.text, [line for _, line in s.parts]) for s in speech] == [
        ("quote", "Абзац цитаты.\nИ ещё один.", [6, 8]),
        ("blockquote", "Цитата в тексте.\nЕё второй абзац.", [14, 16]),
        ("blockquote", "Другая цитата.", [20]),
        ("dialogue turn", "Реплика раз.", [24]),
        ("dialogue turn", "Реплика два.", [25]),
        ("build step", "Её слова.", [34]),
        ("build step", "И ещё.", [35]),
    ]


def test_dialogue_turns_and_build_steps_with_a_speaker_are_checked(tmp_path):
    markdown = ("kind: dialogue\n\n- **Ерсайын Нагаспаев:** Просят-просят с коллегами "
                "поговорить.\n- **Корреспондент:** Просят-просят с друзьями поговорить.\n"
                "---\nkind: build\nspeaker: Ёрико Кавагучи\n\n"
                "- И вдруг он передал мне небольшой листок бумаги.\n"
                "- Я написала: 川口順子 – и отправила листок обратно.\n"
                "---\nkind: build\n\n- Я написала: 川口順子 – и отправила листок обратно.\n")
    result, lines = checked(tmp_path, markdown)
    assert (result.verbatim, result.quotes) == (2, 4)
    lines = errors(lines)
    assert [line.split(": error: ")[0] for line in lines] == ["deck/a.md:4", "deck/a.md:10"]
    assert lines[0].split(": error: ")[1].startswith("dialogue turn is not verbatim")
    assert lines[1].split(": error: ")[1].startswith("build step is not verbatim")


# --- the source itself -------------------------------------------------------------------


def test_a_missing_source_is_named_where_it_was_declared(tmp_path):
    deck, _ = load_deck(write_deck(tmp_path / "d", {"a.md": "# A\n"}))
    result = check_source(deck, tmp_path / "nope.txt", (tmp_path / "d" / "deck.toml", 3))
    assert not result.read
    assert [d.format(tmp_path) for d in result.diagnostics] == [
        f"d/deck.toml:3: error: source '{tmp_path / 'nope.txt'}' does not exist"]


@pytest.mark.parametrize(("content", "reason"), [
    (b"\xff\xfe\x00bad", "codec can't decode"),
    ("а".encode() * (SOURCE_LIMIT + 1), f"longer than {SOURCE_LIMIT} characters"),
])
def test_an_unreadable_or_huge_source_is_one_error(tmp_path, content, reason):
    deck, _ = load_deck(write_deck(tmp_path / "d", {"a.md": "# A\n"}))
    source = tmp_path / "report.txt"
    source.write_bytes(content)
    result = check_source(deck, source, (source, 1))
    assert len(result.diagnostics) == 1
    assert result.diagnostics[0].severity is Severity.ERROR
    assert reason in result.diagnostics[0].message


def thousands_of_a(thousands: int, prefix: str = "") -> str:
    """Lines of a thousand words each, within the loader's line cap."""
    return (prefix + "а " * 1000 + "\n") * thousands


def test_a_hostile_deck_and_source_give_correct_counts(tmp_path):
    """Long repetitive texts on both sides, up to the loader's caps on line and slide length:
    the answer is right (the tests never time it)."""
    report = ("а " * 25_000).strip() + ".\n" + "Б. " * 20_000 + "\n"
    body = thousands_of_a(4, "> ") + "> […] " + "а " * 500 + "б\n"
    result, lines = checked(tmp_path, quote(body) + "\n::: reader\n" + thousands_of_a(25),
                            report)
    assert (result.sentences, result.carried) == (2, 1)
    assert result.quotes == 1
    assert len(errors(lines)) == 1
    assert "is not verbatim" in errors(lines)[0]
