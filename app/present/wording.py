"""Times as the console shows them, in the UI language with correct plurals.

«осталось 5 минут», «осталась 1 минута», «время вышло +02:10»: nobody else
gets these right (pympress and pdfpc have no Russian at all). The source text is
Russian; counted words are Qt plural messages (`%n`), whose Russian forms come
from resources/translations/reportage_ru.ts like the Kazakh and English ones.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QObject

from app.present.pace import Pace, PaceState


class Wording(QObject):
    """Only the translation context of these words: lupdate files `Wording.tr(…)`
    under it, and Qt looks them up there (lupdate reads plurals only from `tr`)."""


def hidden() -> str:
    """What a backup slide shows instead of a number."""
    return Wording.tr("запасной")


def paused() -> str:
    return Wording.tr("пауза")


def not_started() -> str:
    return Wording.tr("не запущен")


def format_duration(seconds: float) -> str:
    """«MM:SS», or «H:MM:SS» from an hour; negative (overtime) as «+MM:SS»."""
    if not math.isfinite(seconds):
        seconds = 0.0
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return f"+{text}" if seconds < 0 and whole else text


def span_phrase(seconds: float) -> str:
    """Whole hours and minutes in words: «1 час 5 минут», «2 минуты»."""
    hours, minutes = divmod(int(abs(seconds)) // 60, 60)
    parts = [Wording.tr("%n час", "", hours)] if hours else []
    if minutes or not hours:
        parts.append(Wording.tr("%n минута", "", minutes))
    return " ".join(parts)


def remaining_phrase(remaining: float) -> str:
    """What is left of the plan in words; the verb agrees with the first number."""
    if not math.isfinite(remaining):
        return ""
    if remaining >= 60:
        hours, minutes = divmod(int(remaining) // 60, 60)
        span = span_phrase(remaining)
        if hours:  # «остался 1 час», «осталось 2 часа»: the verb follows the first word
            return Wording.tr("осталось {span}", "hours", hours).format(span=span)
        return Wording.tr("осталось {span}", "minutes", minutes).format(span=span)
    if remaining > 0:
        return Wording.tr("осталось меньше минуты")
    if remaining > -1:
        return Wording.tr("время вышло")
    # how much over: «+03:12»
    return Wording.tr("время вышло {over}").format(over=format_duration(remaining))


def pace_phrase(current: Pace) -> str:
    """«по графику», «опережение 01:20», «отставание 02:05»."""
    if current.state is PaceState.AHEAD:
        return Wording.tr("опережение {time}").format(
            time=format_duration(current.seconds))
    if current.state is PaceState.BEHIND:
        return Wording.tr("отставание {time}").format(
            time=format_duration(-current.seconds))
    return Wording.tr("по графику")


def format_clock(moment: datetime) -> str:
    """Time of day for the console: «09:05»."""
    return moment.strftime("%H:%M")


def step_phrase(step: int, count: int) -> str:
    """«шаг 2/4» on a slide that builds (step is 0-based); empty on one that does not."""
    return Wording.tr("шаг {step}/{count}").format(step=step + 1, count=count) if count > 1 else ""


def slide_number(number: int | None, total: int) -> str:
    """«5/20» over visible slides; a hidden slide has no number."""
    return hidden() if number is None else f"{number}/{total}"
