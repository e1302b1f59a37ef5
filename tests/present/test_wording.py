"""Russian wording of times: plurals, overtime, verb agreement."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.present.pace import Pace, PaceState
from app.present.wording import (
    format_clock,
    format_duration,
    pace_phrase,
    plural,
    remaining_phrase,
    slide_number,
    span_phrase,
)


@pytest.mark.parametrize(
    ("n", "form"),
    [(0, "минут"), (1, "минута"), (2, "минуты"), (4, "минуты"), (5, "минут"), (11, "минут"),
     (12, "минут"), (14, "минут"), (21, "минута"), (22, "минуты"), (25, "минут"),
     (101, "минута"), (111, "минут"), (-2, "минуты")],
)
def test_plural(n: int, form: str) -> None:
    assert plural(n, "минута", "минуты", "минут") == form


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "00:00"), (59.9, "00:59"), (65, "01:05"), (3599, "59:59"), (3725, "1:02:05"),
     (-192, "+03:12"), (-0.4, "00:00"), (-3725, "+1:02:05"), (float("nan"), "00:00"),
     (float("inf"), "00:00")],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(300, "осталось 5 минут"), (60, "осталась 1 минута"), (125, "осталось 2 минуты"),
     (21 * 60, "осталась 21 минута"), (11 * 60 + 30, "осталось 11 минут"),
     (3600 + 300, "остался 1 час 5 минут"), (7200, "осталось 2 часа"),
     (5 * 3600, "осталось 5 часов"), (30, "осталось меньше минуты"), (0, "время вышло"),
     (-59, "время вышло +00:59"), (-192, "время вышло +03:12"), (-60, "время вышло +01:00"),
     (float("nan"), "")],
)
def test_remaining_phrase(seconds: float, text: str) -> None:
    assert remaining_phrase(seconds) == text


def test_span_phrase_of_whole_hours_omits_zero_minutes() -> None:
    assert span_phrase(3600) == "1 час"
    assert span_phrase(0) == "0 минут"


def test_pace_phrase() -> None:
    assert pace_phrase(Pace(PaceState.ON_TIME, 12)) == "по графику"
    assert pace_phrase(Pace(PaceState.AHEAD, 80)) == "опережение 01:20"
    assert pace_phrase(Pace(PaceState.BEHIND, -125)) == "отставание 02:05"


def test_clock_and_slide_number() -> None:
    assert format_clock(datetime(2024, 12, 20, 9, 5, 41)) == "09:05"
    assert slide_number(5, 20) == "5/20"
    assert slide_number(None, 20) == "запасной"
