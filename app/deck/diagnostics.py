"""Problems found in a deck, each pointing at a file and line."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Diagnostic:
    file: Path
    line: int
    severity: Severity
    message: str

    def format(self, relative_to: Path | None = None) -> str:
        """The `FILE:LINE: error|warning: message` line editors understand."""
        path = self.file
        if relative_to is not None and self.file.is_relative_to(relative_to):
            path = self.file.relative_to(relative_to)
        return f"{path}:{self.line}: {self.severity}: {self.message}"


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """A ' (did you mean …?)' suffix for a misspelt name, or ''."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def exit_code(diagnostics: list[Diagnostic]) -> int:
    """0 clean, 1 warnings only, 2 errors: the `check` contract."""
    if any(d.severity is Severity.ERROR for d in diagnostics):
        return 2
    return 1 if diagnostics else 0
