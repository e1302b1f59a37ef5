"""Russian wording of times: plurals, overtime, verb agreement."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.present.pace import Pace, PaceState
from app.present.wording import (
    format_clock,
    format_duration,
    pace_phrase,
    remaining_phrase,
    slide_number,
    span_phrase,
)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0 минут"), (1, "1 минута"), (2, "2 минуты"), (4, "4 минуты"), (5, "5 минут"),
     (11, "11 минут"), (12, "12 минут"), (14, "14 минут"), (21, "21 минута"),
     (22, "22 минуты"), (25, "25 минут"), (60, "1 час"), (120, "2 часа"), (300, "5 часов"),
     (660, "11 часов"), (1260, "21 час"), (6060, "101 час")],
)
def test_russian_plurals(minutes: int, text: str) -> None:
    """The three Russian forms come from the Russian catalogue (reportage_ru.ts)."""
    assert span_phrase(minutes * 60) == text


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


@pytest.fixture
def speak(qapp):
    from app.ui import language

    yield lambda code: language.install(code, qapp)
    language.install(language.SOURCE, qapp)


@pytest.mark.parametrize(("code", "words"), [
    ("en", ["5 minutes left", "1 minute left", "21 minutes left", "1 hour 5 minutes left",
            "time is up +03:12", "01:20 ahead", "backup"]),
    ("kk", ["5 минут қалды", "1 минут қалды", "21 минут қалды", "1 сағат 5 минут қалды",
            "уақыт бітті +03:12", "кестеден 01:20 алда", "қосалқы"]),
])
def test_the_console_words_in_kazakh_and_english(speak, code, words) -> None:
    speak(code)
    assert [remaining_phrase(300), remaining_phrase(60), remaining_phrase(21 * 60),
            remaining_phrase(3900), remaining_phrase(-192),
            pace_phrase(Pace(PaceState.AHEAD, 80)), slide_number(None, 20)] == words


@pytest.mark.parametrize(("code", "step"), [("en", "step 2/4"), ("kk", "2/4 қадам"),
                                            ("ru", "шаг 2/4")])
def test_the_build_step_in_every_language(speak, code, step) -> None:
    from app.present.wording import step_phrase

    speak(code)
    assert step_phrase(1, 4) == step
    assert step_phrase(0, 1) == ""
