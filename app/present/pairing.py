"""Who may drive the talk from a phone: a one-time code, then a session token.

The console shows a six-digit code; a phone that sends it gets a random
token it must present with every request. A code works once (the next phone
needs the next code, which only the console shows), and a few wrong codes lock
pairing until the presenter makes a new code, so the code cannot be guessed
from the hall's Wi-Fi. Plain Python, no Qt: the rules are tested on their own.
"""

from __future__ import annotations

import secrets
from enum import StrEnum

CODE_DIGITS = 6
MAX_WRONG_CODES = 5
MAX_PHONES = 4  # more paired devices than a speaker has hands means something is wrong


class PairResult(StrEnum):
    PAIRED = "paired"
    WRONG = "wrong"
    LOCKED = "locked"


class Pairing:
    """The current code, the tokens handed out, and the count of wrong codes."""

    def __init__(self) -> None:
        self._tokens: list[str] = []
        self._wrong = 0
        self.code = ""
        self.renew()

    def renew(self) -> None:
        """A new code, unlocked; every paired phone is disconnected."""
        self.code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        self._tokens.clear()
        self._wrong = 0

    def pair(self, code: str) -> tuple[PairResult, str]:
        """The result and, when paired, the new token; the used code is replaced."""
        if self.locked:
            return PairResult.LOCKED, ""
        if not secrets.compare_digest(code.strip().encode(), self.code.encode()):
            self._wrong += 1
            return (PairResult.LOCKED if self.locked else PairResult.WRONG), ""
        token = secrets.token_urlsafe(32)
        self._tokens = [*self._tokens, token][-MAX_PHONES:]
        self.code = f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"
        return PairResult.PAIRED, token

    def allows(self, token: str) -> bool:
        """True for a token this talk handed out (compared in constant time)."""
        given = token.encode()
        return bool(token) and any(
            secrets.compare_digest(given, known.encode()) for known in self._tokens)

    @property
    def locked(self) -> bool:
        return self._wrong >= MAX_WRONG_CODES

    @property
    def phones(self) -> int:
        return len(self._tokens)
