"""Find many phrases (token sequences) in one text in a single pass.

An Aho–Corasick automaton over tokens: building it is linear in the phrases'
total length and a scan is linear in the text, however many phrases there are
and however repetitive a hostile text is. Besides where each phrase occurs, a
scan tells how long a start of each phrase occurs anywhere: how far a changed
quote still agrees with the source.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

MAX_HITS = 256  # occurrences kept per phrase; a scan's cost stays linear


@dataclass
class Found:
    """What a scan found: per phrase, where it ends and how much of its start occurs."""

    hits: list[list[int]]  # per phrase: end positions (exclusive) of its first MAX_HITS
    prefix: list[tuple[int, int]]  # per phrase: (longest start found, where it ends)


@dataclass
class PhraseFinder:
    """An automaton built once for a set of phrases, scanned over any number of texts."""

    phrases: list[tuple[Hashable, ...]]
    _goto: list[dict[Hashable, int]] = field(default_factory=lambda: [{}])
    _fail: list[int] = field(default_factory=lambda: [0])
    _ends_here: list[list[int]] = field(default_factory=lambda: [[]])  # phrase ids per node
    _next_end: list[int] = field(default_factory=lambda: [0])  # nearest node with ids on fail
    _terminal: list[int] = field(default_factory=list)  # per phrase: its node

    @classmethod
    def build(cls, phrases: Iterable[Sequence[Hashable]]) -> PhraseFinder:
        finder = cls([tuple(p) for p in phrases])
        for number, phrase in enumerate(finder.phrases):
            node = 0
            for token in phrase:
                child = finder._goto[node].get(token)
                if child is None:
                    child = len(finder._goto)
                    finder._goto[node][token] = child
                    finder._goto.append({})
                    finder._fail.append(0)
                    finder._ends_here.append([])
                    finder._next_end.append(0)
                node = child
            finder._ends_here[node].append(number)
            finder._terminal.append(node)
        finder._link()
        return finder

    def _link(self) -> None:
        """Failure links breadth first: each node's longest proper suffix in the trie."""
        queue = deque(self._goto[0].values())
        while queue:
            node = queue.popleft()
            for token, child in self._goto[node].items():
                fallback = self._fail[node]
                while fallback and token not in self._goto[fallback]:
                    fallback = self._fail[fallback]
                target = self._goto[fallback].get(token, 0)
                self._fail[child] = target if target != child else 0
                suffix = self._fail[child]
                self._next_end[child] = suffix if self._ends_here[suffix] else \
                    self._next_end[suffix]
                queue.append(child)

    def scan(self, text: Sequence[Hashable]) -> Found:
        """One pass over `text`: every phrase's hits (capped) and longest start found."""
        hits: list[list[int]] = [[] for _ in self.phrases]
        first_seen = [-1] * len(self._goto)  # end position where a node's string first occurs
        node = 0
        for position, token in enumerate(text, 1):
            while node and token not in self._goto[node]:
                node = self._fail[node]
            node = self._goto[node].get(token, 0)
            seen = node
            while seen and first_seen[seen] < 0:  # every suffix of what was read occurs too
                first_seen[seen] = position
                seen = self._fail[seen]
            self._record(node, position, hits)
        return Found(hits, [self._longest_start(n, first_seen) for n in range(len(self.phrases))])

    def _record(self, node: int, position: int, hits: list[list[int]]) -> None:
        """Phrases ending at `position`; stops at the first full one.

        A phrase that is a suffix of a full phrase ends wherever that one ends, so it
        is full as well: the walk never repeats work, and the scan stays linear.
        """
        if not self._ends_here[node]:
            node = self._next_end[node]
        while node:
            ids = self._ends_here[node]
            if len(hits[ids[0]]) >= MAX_HITS:
                return
            for number in ids:
                hits[number].append(position)
            node = self._next_end[node]

    def _longest_start(self, number: int, first_seen: list[int]) -> tuple[int, int]:
        """(length, end position) of the longest start of a phrase found in the text."""
        best = (0, 0)
        node = 0
        for length, token in enumerate(self.phrases[number], 1):
            node = self._goto[node][token]
            if first_seen[node] < 0:
                break
            best = (length, first_seen[node])
        return best
