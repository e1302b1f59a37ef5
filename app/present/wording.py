"""Times as the console shows them, in Russian with correct plurals.

«осталось 5 минут», «осталась 1 минута», «время вышло +02:10»: nobody else
gets these right (pympress and pdfpc have no Russian at all).
"""

from __future__ import annotations

import math
from datetime import datetime

from app.present.pace import Pace, PaceState

HIDDEN = "запасной"
PAUSED = "пауза"
NOT_STARTED = "не запущен"


def plural(n: int, one: str, few: str, many: str) -> str:
    """The form for n: 1 минута, 2 минуты, 5 минут (11–14 take `many`)."""
    n = abs(n) % 100
    if 11 <= n <= 14:
        return many
    if n % 10 == 1:
        return one
    return few if 2 <= n % 10 <= 4 else many


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
    parts = [f"{hours} {plural(hours, 'час', 'часа', 'часов')}"] if hours else []
    if minutes or not hours:
        parts.append(f"{minutes} {plural(minutes, 'минута', 'минуты', 'минут')}")
    return " ".join(parts)


def remaining_phrase(remaining: float) -> str:
    """What is left of the plan in words; the verb agrees with the first number."""
    if not math.isfinite(remaining):
        return ""
    if remaining >= 60:
        hours, minutes = divmod(int(remaining) // 60, 60)
        first, singular = (hours, "остался") if hours else (minutes, "осталась")
        verb = plural(first, singular, "осталось", "осталось")
        return f"{verb} {span_phrase(remaining)}"
    if remaining > 0:
        return "осталось меньше минуты"
    if remaining > -1:
        return "время вышло"
    return f"время вышло {format_duration(remaining)}"  # how much over: «+03:12»


def pace_phrase(current: Pace) -> str:
    """«по графику», «опережение 01:20», «отставание 02:05»."""
    if current.state is PaceState.AHEAD:
        return f"опережение {format_duration(current.seconds)}"
    if current.state is PaceState.BEHIND:
        return f"отставание {format_duration(-current.seconds)}"
    return "по графику"


def format_clock(moment: datetime) -> str:
    """Time of day for the console: «09:05»."""
    return moment.strftime("%H:%M")


def step_phrase(step: int, count: int) -> str:
    """«шаг 2/4» on a slide that builds (step is 0-based); empty on one that does not."""
    return f"шаг {step + 1}/{count}" if count > 1 else ""


def slide_number(number: int | None, total: int) -> str:
    """«5/20» over visible slides; a hidden slide has no number."""
    return HIDDEN if number is None else f"{number}/{total}"
