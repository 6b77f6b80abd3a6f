"""Calendar arithmetic for date normalization: ISO weeks, month shifts, holidays, tense-directed choices.

A direction is -1 (the clause is in the past), +1 (future) or 0 (unknown).
"""

from __future__ import annotations

import datetime as dt
import re


def day_value(day: dt.date) -> str:
    """`YYYY-MM-DD`."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """`YYYY-MM`."""
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    """The ISO week holding `day`, `YYYY-Www`."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def shift(anchor: dt.date, unit: str, amount: int) -> str | None:
    """The value `amount` units from `anchor`, at the unit's own granularity."""
    if unit == "day":
        return day_value(anchor + dt.timedelta(days=amount))
    if unit == "week":
        return week_value(anchor + dt.timedelta(weeks=amount))
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, amount))
    if unit == "year":
        return f"{anchor.year + amount:04d}"
    if unit == "decade":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "quarter":
        year, month = add_months(anchor.year, anchor.month, 3 * amount)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    return None


def weekday_near(anchor: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The day named `weekday` nearest `anchor` in `direction` (the past unless +1).

    The anchor's own day counts unless `strict` ("last Tuesday" on a Tuesday is a week back).
    """
    if direction > 0:
        delta = (weekday - anchor.weekday()) % 7
        return anchor + dt.timedelta(days=delta or (7 if strict else 0))
    delta = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=delta or (7 if strict else 0))


NEAR_DAYS = 62  # a day-month this close to the article's date is that one, whatever the tense
NEAR_MONTHS = 1


def year_for(anchor: dt.date, month: int, day: int | None, direction: int, strict: bool = False) -> int:
    """The year of a month (and day) given without one, seen from `anchor` in `direction`.

    Strict ("last October", "next May"): the latest such date before the anchor, or the first
    after it. Else the occurrence within a month or two of the anchor when there is one; else
    the latest one not after the anchor (past or unknown tense) or the next one (future).
    """

    def offset(year: int) -> int:
        if day is None:
            return (year - anchor.year) * 12 + month - anchor.month
        try:
            return (dt.date(year, month, day) - anchor).days
        except ValueError:
            return (dt.date(year, month, 28) - anchor).days

    years = {offset(y): y for y in (anchor.year - 1, anchor.year, anchor.year + 1)}
    if strict:
        return _directed(years, direction, strict=True)
    nearest = min(years, key=abs)
    if abs(nearest) <= (NEAR_MONTHS if day is None else NEAR_DAYS):
        return years[nearest]
    return _directed(years, direction, strict=False)


def _directed(years: dict[int, int], direction: int, strict: bool) -> int:
    if direction > 0:
        return years[min(o for o in years if o > 0 or not strict and o == 0)]
    return years[max(o for o in years if o < 0 or not strict and o == 0)]


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday(code: str, year: int) -> dt.date | None:
    """The date of a holiday coded as in data/tables/time_words.tsv, in `year`."""
    if found := re.fullmatch(r"easter([+-]\d+)", code):
        return easter(year) + dt.timedelta(days=int(found.group(1)))
    if found := re.fullmatch(r"(\d\d)-(\d\d)", code):
        return dt.date(year, int(found.group(1)), int(found.group(2)))
    if found := re.fullmatch(r"(\d\d):(\d):(-?\d)", code):
        month, weekday, nth = (int(g) for g in found.groups())
        if nth < 0:
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return None


def holiday_near(anchor: dt.date, code: str, direction: int, strict: bool = False) -> dt.date | None:
    """The occurrence of a holiday nearest `anchor` in `direction`, as `year_for` chooses a day."""
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := holiday(code, y))]
    nearest = min(days, key=lambda d: abs((d - anchor).days), default=None)
    if not strict and nearest is not None and abs((nearest - anchor).days) <= NEAR_DAYS:
        return nearest
    if direction < 0:
        past = [d for d in days if d < anchor or not strict and d == anchor]
        return max(past) if past else None
    if direction > 0:
        coming = [d for d in days if d > anchor or not strict and d == anchor]
        return min(coming) if coming else None
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None
