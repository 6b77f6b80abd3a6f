"""Date expressions normalized against the article's date (first rules)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from kg.records import TimeExpression

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def find_times(doc: Doc, article_date: dt.date | None) -> list[TimeExpression]:
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        out.append(TimeExpression(ent.start_char, ent.end_char, ent.text, normalize(ent.text, article_date)))
    return out


def normalize(text: str, anchor: dt.date | None) -> str | None:
    lower = text.lower()
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", lower)
    for name, number in MONTHS.items():
        if re.search(rf"\b{name[:3]}", lower):
            day = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\b", lower)
            y = int(year.group(1)) if year else (anchor.year if anchor else None)
            if y is None:
                return None
            if day and not year or day and year and day.group(1) != year.group(1)[:2]:
                return f"{y:04d}-{number:02d}-{int(day.group(1)):02d}"
            return f"{y:04d}-{number:02d}"
    if year and re.fullmatch(r"\d{4}", lower.strip()):
        return year.group(1)
    if anchor is not None:
        for index, name in enumerate(WEEKDAYS):
            if name in lower:
                delta = (anchor.weekday() - index) % 7
                return (anchor - dt.timedelta(days=delta)).isoformat()
        if lower in ("today",):
            return anchor.isoformat()
        if lower == "yesterday":
            return (anchor - dt.timedelta(days=1)).isoformat()
    return None
