"""Calendar arithmetic behind date values: ISO weeks, holidays, tense-directed choices (no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import time_calendar as cal
from kg.extract.time_rules import normalize, number, spoken_year


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2023, 2, 7), "2023-W06"),
        (dt.date(2021, 1, 3), "2020-W53"),
        (dt.date(2024, 12, 30), "2025-W01"),
    ],
)
def test_iso_weeks(day: dt.date, expected: str) -> None:
    assert cal.week_value(day) == expected


@pytest.mark.parametrize(
    ("code", "year", "expected"),
    [
        ("easter+0", 2000, dt.date(2000, 4, 23)),
        ("easter-2", 2023, dt.date(2023, 4, 7)),
        ("11:3:4", 1999, dt.date(1999, 11, 25)),  # Thanksgiving: fourth Thursday of November
        ("05:0:-1", 2023, dt.date(2023, 5, 29)),  # Memorial Day: last Monday of May
        ("12-25", 2022, dt.date(2022, 12, 25)),
    ],
)
def test_holiday_dates(code: str, year: int, expected: dt.date) -> None:
    assert cal.holiday(code, year) == expected


@pytest.mark.parametrize(
    ("weekday", "direction", "strict", "expected"),
    [
        (1, -1, False, dt.date(2023, 2, 7)),  # "Tuesday" in the past on a Tuesday: that day
        (1, -1, True, dt.date(2023, 1, 31)),  # "last Tuesday"
        (1, 1, True, dt.date(2023, 2, 14)),  # "next Tuesday"
        (5, -1, False, dt.date(2023, 2, 4)),
        (5, 1, False, dt.date(2023, 2, 11)),
        (0, 0, False, dt.date(2023, 2, 6)),  # unknown tense: the past
    ],
)
def test_weekday_near(weekday: int, direction: int, strict: bool, expected: dt.date) -> None:
    assert cal.weekday_near(dt.date(2023, 2, 7), weekday, direction, strict) == expected


@pytest.mark.parametrize(
    ("anchor", "month", "day", "direction", "strict", "expected"),
    [
        (dt.date(1999, 2, 6), 10, None, -1, True, 1998),
        (dt.date(1999, 2, 6), 12, None, 0, False, 1998),
        (dt.date(1998, 12, 5), 4, None, 1, False, 1999),
        (dt.date(1989, 10, 27), 4, None, -1, True, 1989),
        (dt.date(1989, 10, 26), 11, 10, -1, False, 1989),  # three weeks off: that one
        (dt.date(1989, 10, 26), 6, 1, 1, False, 1990),
        (dt.date(2000, 1, 15), 1, 14, 1, False, 2000),
    ],
)
def test_year_of_a_month_without_one(
    anchor: dt.date, month: int, day: int | None, direction: int, strict: bool, expected: int
) -> None:
    assert cal.year_for(anchor, month, day, direction, strict) == expected


@pytest.mark.parametrize(
    ("unit", "amount", "expected"),
    [("day", -10, "2023-01-28"), ("week", -1, "2023-W05"), ("month", -3, "2022-11"), ("year", 1, "2024")],
)
def test_shift(unit: str, amount: int, expected: str) -> None:
    assert cal.shift(dt.date(2023, 2, 7), unit, amount) == expected


def test_spelled_numbers_and_years() -> None:
    assert [number("forty-two"), number("eighth"), number("a"), number("twenty-first")] == [42, 8, 1, 21]
    assert spoken_year("nineteen ninety-six") == 1996
    assert spoken_year("two thousand one") == 2001
    assert spoken_year("nineteen oh-five") == 1905


@pytest.mark.parametrize(
    ("text", "anchor", "direction", "expected"),
    [
        ("last summer", dt.date(2023, 10, 3), 0, "2023-SU"),
        ("last summer", dt.date(2023, 7, 3), 0, "2022-SU"),
        ("last winter", dt.date(2023, 10, 3), 0, "2022-WI"),
        ("next summer", dt.date(2023, 2, 7), 0, "2023-SU"),
        ("summer 2022", dt.date(2023, 2, 7), 0, "2022-SU"),
        ("the weekend", dt.date(2023, 2, 7), -1, "2023-W05-WE"),
        ("the weekend", dt.date(2023, 2, 7), 1, "2023-W06-WE"),
        ("December", dt.date(1999, 2, 6), -1, "1998-12"),
        ("Tuesday", dt.date(2023, 2, 7), 1, "2023-02-07"),
        ("recently", dt.date(2023, 2, 7), 0, None),
    ],
)
def test_normalize_single_expressions(
    text: str, anchor: dt.date, direction: int, expected: str | None
) -> None:
    assert normalize(text, anchor, direction) == expected
