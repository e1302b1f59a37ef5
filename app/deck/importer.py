"""A plain-text news report to a draft deck: deck.toml and one Markdown file per chapter.

The report is read one paragraph a line (Russian, Kazakh or English). Its
structure — headline, standfirst, dateline, credits wherever they stand,
subheadings, interviews and quotes with their speakers — is guessed from a score
of each block (see app/deck/importing/), and `describe` says what was decided, so
the editor can check it before polishing the draft. The draft invents nothing:
every paragraph keeps its exact words in a slide's `::: reader` section.
`write_deck` never writes into a folder that already holds anything, so nobody's
work is overwritten.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from app.deck.importing.draft import Draft, ReportRefused
from app.deck.importing.structure import plan
from app.deck.importing.writer import deck_files

__all__ = ["Draft", "ReportRefused", "decode_report", "describe", "import_report", "plan",
           "write_deck"]

MEDIA = "media"
UTF16_HIGH_BYTES = frozenset({0x00, 0x04})  # Latin and Cyrillic (Kazakh included) in UTF-16
UTF16_SHARE = 0.8  # of every other byte: UTF-16 text without its byte-order mark


def decode_report(data: bytes) -> str:
    """The report's text: UTF-8 (with or without a BOM) or UTF-16 with its BOM.

    Raises ReportRefused, with a one-line reason, for UTF-16 without a BOM (its
    byte order cannot be known for sure) and for bytes that are not UTF-8.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReportRefused(f"not valid UTF-16 text ({exc.reason})") from None
    if _looks_like_utf16(data[:4096]):
        raise ReportRefused("this looks like UTF-16 text without a byte-order mark; "
                            "save the report as UTF-8 and import it again")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReportRefused(f"not UTF-8 text (byte {exc.start}: {exc.reason}); "
                            "save the report as UTF-8 and import it again") from None


def _looks_like_utf16(head: bytes) -> bool:
    """Every other byte the high byte of a Latin or Cyrillic letter (0x00 or 0x04)."""
    if len(head) < 4:
        return False
    for parity in (0, 1):
        half = head[parity::2]
        if sum(byte in UTF16_HIGH_BYTES for byte in half) >= UTF16_SHARE * len(half):
            return True
    return False


def import_report(text: str, title: str | None = None) -> dict[str, str]:
    """A draft deck made from a report's plain text: file name -> file content.

    Raises ReportRefused when the text has no words at all.
    """
    return deck_files(plan(text, title), text)


def describe(draft: Draft) -> list[str]:
    """What the importer decided, line by line, for the editor to check."""
    source = {"headline": "the report's headline", "lede": "the lede's key phrase",
              "given": "given"}[draft.title_source]
    lines = [f"title: {draft.title} ({source})", f"language: {draft.language}"]
    if draft.subtitle:
        lines.append(f"subtitle: {draft.subtitle}")
    credits = "; ".join(f"{c.shown} [{c.kind}]" for c in draft.credits) or "none found"
    lines.append(f"credits: {credits}")
    lines.append(f"chapters ({len(draft.chapters)}): " + (" | ".join(draft.chapters) or "none"))
    quotes = draft.items("quote")
    lines.append(f"quotes ({len(quotes)}):")
    for item in quotes:
        quote = item.quote
        assert quote is not None
        role = f", {quote.role}" if quote.role else ""
        words = quote.words if len(quote.words) <= 70 else quote.words[:69].rstrip() + "…"
        lines.append(f"  {quote.speaker}{role}: «{words}»")
    dialogues = draft.items("dialogue")
    lines.append(f"dialogues ({len(dialogues)}):")
    for item in dialogues:
        speakers = " / ".join(dict.fromkeys(turn.speaker for turn in item.turns))
        lines.append(f"  {len(item.turns)} turns: {speakers}")
    return lines


# --- writing -------------------------------------------------------------------------


def _relative(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts or "\\" in name \
            or path.parts[:1] in ((), (".",)):
        raise ValueError(f"'{name}' is not a file name inside the deck folder")
    return path


def write_deck(files: dict[str, str], out: Path) -> None:
    """Write the deck's files into `out` (created if needed), plus an empty media/.

    Refuses, with FileExistsError and before writing anything, when `out` exists
    and is not an empty folder: an import never overwrites anybody's work.
    """
    out = Path(out)
    if out.exists():
        if not out.is_dir():
            raise FileExistsError(f"{out} exists and is not a folder; "
                                  "choose a new folder for the imported deck")
        if any(out.iterdir()):
            raise FileExistsError(f"{out} is not empty; nothing was written. "
                                  "Choose a new or empty folder for the imported deck")
    names = [_relative(name) for name in files]
    out.mkdir(parents=True, exist_ok=True)
    (out / MEDIA).mkdir(exist_ok=True)
    for name, content in zip(names, files.values(), strict=True):
        path = out.joinpath(*name.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        # "x": even a file that appeared meanwhile is never overwritten.
        with path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
