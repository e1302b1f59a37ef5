"""Full-text search: folding case and ё, whitespace in queries, snippets, the shipped deck."""

from __future__ import annotations

import pytest

from app.deck.loader import load_deck
from app.deck.search import ELLIPSIS, SNIPPET_WIDTH, Hit, normalise, search, step_showing
from tests.helpers import write_deck


def matched(hit: Hit) -> str:
    return hit.snippet[hit.start:hit.start + hit.length]


def test_normalise_folds_case_and_yo_and_keeps_length():
    assert normalise("Ёлка ЁЖ Токио") == "елка еж токио"
    for text in ("İstanbul", "Straße", "ǅ"):
        assert len(normalise(text)) == len(text)


def test_one_hit_per_field_in_deck_order(search_deck):
    hits = search(search_deck, "елка")
    assert [(h.slide_index, h.where, h.count) for h in hits] == [
        (0, "text", 3),  # ёлка, Ёлка, ЕЛКА
        (1, "slide", 1),  # the hidden slide is searched too
    ]
    assert search_deck.slides[1].hidden


def test_fields_are_told_apart(search_deck):
    assert [(h.slide_index, h.where) for h in search(search_deck, "ТОКИО")] == [
        (0, "slide"), (0, "text"), (0, "notes")]


def test_yo_and_ye_find_the_same(search_deck):
    hits = search(search_deck, "Ёрико")
    assert hits == search(search_deck, "ерико") == search(search_deck, "ЕРИКО")
    assert [matched(h) for h in search(search_deck, "ерико")] == ["Ёрико"]


def test_whitespace_in_query_matches_any_run(search_deck):
    hits = search(search_deck, "слово   и слово")
    assert [(h.slide_index, matched(h)) for h in hits] == [(2, "Слово и слово")]
    assert "\t" not in hits[0].snippet


def test_query_across_a_line_break(search_deck):
    # The reader text keeps its two paragraphs apart with a blank line.
    assert "ЕЛКА.\n\nВторой" in search_deck.slides[0].reader_text
    hits = search(search_deck, "елка. второй")
    assert [(h.where, matched(h)) for h in hits] == [("text", "ЕЛКА. Второй")]


@pytest.mark.parametrize("query", ["", " ", "а", " ё ", "\n"])
def test_short_query_finds_nothing(search_deck, query):
    assert search(search_deck, query) == []


def test_two_letters_are_enough(search_deck):
    assert search(search_deck, "ёл")


def test_regex_characters_are_literal(search_deck):
    assert search(search_deck, "<b>x</b>")[0].slide_index == 2
    assert search(search_deck, ".*") == []


def test_hits_are_frozen(search_deck):
    hit = search(search_deck, "токио")[0]
    with pytest.raises(AttributeError):
        hit.count = 5  # type: ignore[misc]


def test_kawaguchi_is_in_chapter_three(shipped_deck):
    hits = search(shipped_deck, "кавагучи")
    assert len(hits) >= 5
    assert {shipped_deck.slides[h.slide_index].chapter for h in hits} == {3}
    assert shipped_deck.chapters[3].title == "Токио помнит"
    assert all(matched(h) == "Кавагучи" for h in hits)
    assert [h.slide_index for h in hits] == sorted(h.slide_index for h in hits)


def test_yo_folding_on_the_shipped_deck(shipped_deck):
    hits = search(shipped_deck, "Ёрико")
    assert hits
    assert search(shipped_deck, "ерико") == hits
    assert {matched(h) for h in hits} == {"Ёрико"}


def test_case_insensitive_on_the_shipped_deck(shipped_deck):
    upper = search(shipped_deck, "ТОКИО")
    assert upper == search(shipped_deck, "токио")
    assert len({h.slide_index for h in upper}) > 10
    assert all(matched(h) == "Токио" for h in upper)


def test_snippets_are_short_and_marked_where_cut(shipped_deck):
    hits = search(shipped_deck, "доверие")
    assert hits
    for hit in hits:
        assert normalise(matched(hit)) == "доверие"
        assert len(hit.snippet) <= SNIPPET_WIDTH + 2  # the two ellipses
        assert "  " not in hit.snippet
        assert "\n" not in hit.snippet
    cut = [h for h in hits if h.snippet.startswith(ELLIPSIS) or h.snippet.endswith(ELLIPSIS)]
    assert cut


def test_snippet_cuts_at_words(tmp_path):
    words = " ".join(f"слово{n}" for n in range(40))
    deck, _ = load_deck(write_deck(tmp_path / "d", {"a.md": f"# Т\n\n{words} цель {words}\n"}))
    hit = search(deck, "цель")[0]
    assert matched(hit) == "цель"
    assert hit.snippet.startswith(ELLIPSIS + "слово")
    assert hit.snippet.endswith(ELLIPSIS)
    assert all(word.startswith("слово") and word[5:].isdigit()
               for word in hit.snippet.strip(ELLIPSIS).replace(" цель ", " ").split())
    assert 60 <= len(hit.snippet) <= SNIPPET_WIDTH + 2


def test_match_near_the_start_keeps_the_start(search_deck):
    hit = search(search_deck, "первый")[0]
    assert hit.snippet == "Ёрико в Токио Первый абзац."
    assert (hit.start, hit.length) == (14, 6)


def test_a_long_match_is_the_whole_snippet(tmp_path):
    long = "очень длинная фраза " * 6
    deck, _ = load_deck(write_deck(tmp_path / "d", {"a.md": f"# Т\n\nначало {long}конец\n"}))
    hit = search(deck, long)[0]
    assert hit.snippet == f"{ELLIPSIS}{long.strip()}{ELLIPSIS}"
    assert matched(hit) == long.strip()


def test_step_showing_finds_the_build_step_or_turn_that_holds_the_words(tmp_path):
    deck = load_deck(write_deck(tmp_path / "d", {"a.md": (
        "kind: build\ntitle: Сборка\n\n- Первый шаг\n- Второй шаг про Токио\n- Третий про ёлку\n"
    )}))[0]
    slide = deck.slides[0]
    assert slide.step_count == 3
    assert step_showing(slide, "токио") == 1
    assert step_showing(slide, "ЕЛКУ") == 2
    assert step_showing(slide, "Сборка") is None  # the title: not a step's words
    assert step_showing(slide, "x") is None  # too short to search


def test_step_showing_finds_a_dialogue_turn(shipped_deck):
    dialogue = next(s for s in shipped_deck.slides if s.turns and len(s.turns) > 2)
    last = dialogue.turns[-1]
    word = max(last.text.split(), key=len).strip(".,:;!?«»")
    expected = next(i for i, turn in enumerate(dialogue.turns)
                    if normalise(word) in normalise(f"{turn.speaker}: {turn.text}"))
    assert step_showing(dialogue, word) == expected
