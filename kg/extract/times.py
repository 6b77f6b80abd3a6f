"""Date expressions of an article, normalized against the article's date as TimeML does.

Expressions come from the date grammar (kg/extract/time_rules.py) over the whole text, so day
names and "yesterday" count even where the model's NER misses them; the model's DATE entities
that no pattern covers are kept with an unknown value ("recently", "the past few weeks").
Ranges and lists inside one entity ("between 1994 and 1997") give one expression per date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.base import text_of
from kg.extract.time_rules import Candidate, Context, has_cue, resolve, scan
from kg.extract.time_tense import clause_direction
from kg.records import TimeExpression

DATE_LABELS = ("DATE", "TIME")
NUMBER = re.compile(r"[\d,.+%\s]+")


def find_times(doc: Doc, article_date: dt.date | None) -> list[TimeExpression]:
    """Every date expression of `doc` with its value (None when it cannot be pinned)."""
    text = text_of(doc)
    zones = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in DATE_LABELS]
    found = [c for c in scan(text) if c.strong or _in_zone(c, zones) or has_cue(text, c.start)]
    out, reference = [], Context(article_date)
    for candidate in found:
        direction = clause_direction(doc, candidate.start, candidate.end)
        ctx = replace(reference, direction=direction)
        value = resolve(candidate, ctx)
        out.append(
            TimeExpression(candidate.start, candidate.end, text[candidate.start : candidate.end], value)
        )
        reference = _referenced(reference, value)
    for ent in doc.ents:
        if ent.label_ != "DATE" or NUMBER.fullmatch(ent.text):
            continue  # ages and counts the model takes for dates ("Kopp, 44,")
        if not any(c.start < ent.end_char and ent.start_char < c.end for c in found):
            start, end = ent.start_char, ent.end_char
            if ent.text.endswith("'s"):
                end -= 2
            out.append(TimeExpression(start, end, text[start:end], None))
    return sorted(out, key=lambda t: t.start)


def _in_zone(candidate: Candidate, zones: list[tuple[int, int]]) -> bool:
    return any(start <= candidate.start and candidate.end <= end for start, end in zones)


def _referenced(ctx: Context, value: str | None) -> Context:
    """The context whose reference is the date `value` names, for "the following day", "that year"."""
    if value is None:
        return ctx
    if found := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        return replace(ctx, reference=dt.date(*map(int, found.groups())), reference_unit="day")
    if found := re.fullmatch(r"(\d{4})-(\d\d)", value):
        return replace(
            ctx, reference=dt.date(int(found.group(1)), int(found.group(2)), 1), reference_unit="month"
        )
    if found := re.fullmatch(r"(\d{4})", value):
        return replace(ctx, reference=dt.date(int(found.group(1)), 1, 1), reference_unit="year")
    return ctx
