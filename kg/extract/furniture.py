"""Page furniture that names no actor of the story: image credits ("(Credit: Jane Roe / Agency)",
"Photo: Jane Roe/Agency"), copyright lines ("© Agency 2021") and bylines ("By Jane Roe", "Jane Roe,
Staff Writer"). Found on the text's lines, as character ranges."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.lexicon.words import word_class

MAX_BYLINE_WORDS = 12  # "By Jane Roe, John Doe and Mary Major, Political Correspondents"
MAX_CREDIT_CHARS = 160
COPYRIGHT = re.compile(r"©|\(c\)\s*(?=\d{4}|[A-Z])|\bCopyright\b(?=\s*(?:©|\(c\)|\d{4}))")
BYLINE_START = re.compile(r"^[Bb]y\s+(?=[A-Z][^\W\d_])")


@cache
def _credit_opening() -> re.Pattern[str]:
    words = "|".join(sorted(word_class("credit_word"), key=len, reverse=True))
    return re.compile(rf"(\()?\b(?:{words})\b\s*:", re.IGNORECASE)


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of credits, copyright notices and bylines in a text."""
    out: list[tuple[int, int]] = []
    for start, line in _lines(text):
        out += [(start + a, start + b) for a, b in _credits(line)]
        out += [(start + a, start + b) for a, b in _copyrights(line)]
        if _is_byline(line):
            out.append((start, start + len(line)))
    return out


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _credits(line: str) -> Iterator[tuple[int, int]]:
    """ "(Credit: ...)" to its closing bracket; "Photo: ..." to the end of the line, when the line is short
    enough to be a caption's credit rather than prose."""
    for match in _credit_opening().finditer(line):
        if match.group(1):
            close = line.find(")", match.end())
            end = close + 1 if close != -1 else len(line)
        elif line[: match.start()].strip():
            continue  # "The source: ..." inside a sentence
        else:
            end = len(line)
        if end - match.start() <= MAX_CREDIT_CHARS:
            yield match.start(), end


def _copyrights(line: str) -> Iterator[tuple[int, int]]:
    """From a copyright sign (or "Copyright 2021") to the end of the line."""
    match = COPYRIGHT.search(line)
    if match is not None and len(line) - match.start() <= MAX_CREDIT_CHARS:
        yield match.start(), len(line)


def _is_byline(line: str) -> bool:
    """A short line that is "By" and names ("By Jane Roe and John Doe"), or names and a reporter's role
    ("Jane Roe, Staff Writer"), with no sentence of its own."""
    words = line.split()
    if not words or len(words) > MAX_BYLINE_WORDS or line.rstrip().endswith((".", "?", "!", ":", '"')):
        return False
    if BYLINE_START.match(line.strip()):
        return True
    last = words[-1].strip(",;").lower()
    return "," in line and last.rstrip("s") in word_class("byline_role") and words[0][:1].isupper()
