"""Many phrases found in one pass: hits, and how much of a phrase's start occurs."""

from __future__ import annotations

from app.deck.phrases import MAX_HITS, PhraseFinder


def scan(phrases: list[str], text: str):
    return PhraseFinder.build([p.split() for p in phrases]).scan(text.split())


def test_every_occurrence_ends_where_the_phrase_ends():
    found = scan(["a b", "b", "b c d", "x"], "a b c d a b")
    assert found.hits == [[2, 6], [2, 6], [4], []]


def test_overlapping_and_nested_phrases_are_all_found():
    found = scan(["a a", "a a a", "a"], "a a a a")
    assert found.hits == [[2, 3, 4], [3, 4], [1, 2, 3, 4]]


def test_the_same_phrase_twice_gets_the_same_hits():
    found = scan(["b c", "b c"], "a b c")
    assert found.hits == [[3], [3]]


def test_longest_start_found_and_where_it_ends():
    found = scan(["я написала и отправила", "совсем другое", "c d e"], "я написала : и c d")
    assert found.prefix == [(2, 2), (0, 0), (2, 6)]
    assert found.hits == [[], [], []]


def test_a_start_found_only_as_a_suffix_of_what_was_read_counts():
    # «b c» is never a state of its own while reading «a b c»: the failure links find it
    found = scan(["a b c", "b c x"], "a b c")
    assert found.prefix == [(3, 3), (2, 3)]


def test_hits_are_capped_and_the_scan_still_sees_everything():
    text = " ".join(["a"] * (MAX_HITS * 3)) + " b"
    found = scan(["a", "a a", "a b"], text)
    assert [len(h) for h in found.hits] == [MAX_HITS, MAX_HITS, 1]
    assert found.hits[2] == [MAX_HITS * 3 + 1]


def test_empty_inputs():
    assert scan([], "a b").hits == []
    assert scan(["a"], "").hits == [[]]
    assert scan(["a"], "").prefix == [(0, 0)]


def test_a_hostile_text_and_nested_phrases_stay_linear():
    """400 nested phrases over 100 000 equal tokens: correct results (never timed)."""
    phrases = [["а"] * size for size in range(1, 401)]
    found = PhraseFinder.build(phrases).scan(["а"] * 100_000)
    assert all(len(hits) == MAX_HITS for hits in found.hits)
    assert found.hits[399][0] == 400
    assert found.prefix[399] == (400, 400)
