"""Quotations in the raw text: pairing straight and curly marks, paragraph by paragraph.

News style lets a quotation run over paragraphs: a paragraph that ends inside a quotation
with no closing mark continues when the next paragraph opens with a quotation mark. A mark
that cannot be paired is noted on the quotation it spoils and never stops the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = frozenset("\u201c\u00ab\u201e")
CLOSERS = frozenset("\u201d\u00bb")
MARK = re.compile(r"''|[\"\u201c\u201d\u00ab\u00bb\u201e]")
PARAGRAPH = re.compile(r"[^\n]+")
SENTENCE_STOP = re.compile(r"[.!?]\s")
TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"\n]*\"|'[^'\n]*'))*\s*/?>")  # '<tweet author="x">'


@dataclass
class Quote:
    """A quotation: `start`/`end` include its marks; `pieces` are its paragraphs' stretches."""

    start: int
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def inner(self, text: str) -> str:
        return text[self.start : self.end].strip("\"'\u201c\u201d\u00ab\u00bb\u201e ")

    def words(self, text: str) -> int:
        return len(re.findall(r"\w+", self.inner(text)))


def _opens(text: str, at: int, width: int) -> bool:
    """Whether an ambiguous (straight) mark at `at` reads as an opening one."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + width] if at + width < len(text) else " "
    if before.isspace() or before in "([{\u2014-/":
        return not after.isspace()
    return False


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in `text`, in order, with notes on the marks that did not pair."""
    quotes: list[Quote] = []
    carried: Quote | None = None  # a quotation still open at the end of the last paragraph
    for para in PARAGRAPH.finditer(text):
        opened: int | None = None
        notes: list[str] = []
        marks = list(MARK.finditer(text, para.start(), para.end()))
        first = marks[0] if marks else None
        if carried is not None:
            if (
                first is not None
                and first.start() == _first_visible(text, para.start())
                and _is_open(text, first)
            ):
                opened, carried_quote = first.start(), carried
            else:
                carried.notes.append("unclosed quotation mark at the end of a paragraph")
                quotes.append(carried)
                carried_quote = None
            carried = None
        else:
            carried_quote = None
        nested = False  # inside an inner quotation typed with the same marks
        for at, mark in enumerate(marks):
            if carried_quote is not None and mark is first:
                continue
            if nested:
                nested = mark.group() not in CLOSERS
                continue
            is_open = _is_open(text, mark) if opened is None else _is_open_strict(text, mark)
            if opened is not None and mark.group() in OPENERS and _nests(text, opened, marks[at:]):
                nested = True
                continue
            if opened is None:
                if is_open:
                    opened = mark.start()
                else:
                    notes.append(f"closing quotation mark at {mark.start()} with no opening one")
                continue
            if is_open and (mark.group() in OPENERS or _after_colon(text, mark) or _after_stop(text, mark)):
                # a second opening mark before any closing one: the first quotation never closed
                end = _last_visible(text, mark.start())
                if _after_colon(text, mark):  # '"I lost three years. He added: "The ...': not "He added"
                    end = _sentence_end_before(text, opened, end)
                quote = _quote(carried_quote, opened, end, text)
                quote.notes.append(f"opening quotation mark at {opened} has no closing one")
                quote.notes.extend(notes)
                notes = []
                quotes.append(quote)
                carried_quote, opened = None, mark.start()
                continue
            quote = _quote(carried_quote, opened, mark.end(), text)
            quote.notes.extend(notes)
            notes = []
            quotes.append(quote)
            carried_quote, opened = None, None
        if opened is not None:
            carried = _quote(carried_quote, opened, _last_visible(text, para.end()), text)
            carried.notes.extend(notes)
        elif notes and quotes:
            quotes[-1].notes.extend(notes)
    if carried is not None:
        carried.notes.append("unclosed quotation mark at the end of the text")
        quotes.append(carried)
    return quotes


def _nests(text: str, opened: int, rest: list[re.Match[str]]) -> bool:
    """Whether an opening curly mark inside an open quotation starts an inner one: it closes next,
    and the paragraph still has a closing mark for the outer one too ('“... what he calls “hell”
    than ...”', '"... about “justice” anymore."')."""
    if rest[1:2] == [] or rest[1].group() not in CLOSERS or not text[opened + 1 : rest[0].start()].strip():
        return False  # no inner closing mark next, or a doubled opening mark ('"“We won.”')
    openers = sum(m.group() in OPENERS for m in rest)
    closers = sum(m.group() in CLOSERS for m in rest)
    straight = text[opened] not in OPENERS and any(m.group() not in OPENERS | CLOSERS for m in rest[2:])
    return closers > openers or straight


def _is_open(text: str, mark: re.Match[str]) -> bool:
    char = mark.group()
    if char in OPENERS:
        return True
    if char in CLOSERS:  # a closing mark typed for an opening one: at a paragraph or word start
        return _opens(text, mark.start(), len(char)) and (mark.start() == 0 or text[mark.start() - 1] == "\n")
    return _opens(text, mark.start(), len(char)) or mark.start() == 0 or _spaced(text, mark)


def _spaced(text: str, mark: re.Match[str]) -> bool:
    """Whether a straight mark stands alone between spaces, as tokenized text writes every mark
    ('told reporters : " We won . "'): with no quotation open, it opens one."""
    before = text[mark.start() - 1] if mark.start() > 0 else " "
    after = text[mark.end()] if mark.end() < len(text) else " "
    return before == " " and after == " "


def _is_open_strict(text: str, mark: re.Match[str]) -> bool:
    """Inside an open quotation, a straight mark closes unless it plainly opens a new one."""
    return mark.group() in OPENERS or _after_colon(text, mark) or _after_stop(text, mark)


def _after_stop(text: str, mark: re.Match[str]) -> bool:
    """A straight mark after a sentence's stop and a space, before a capital: it opens a new quotation,
    the one before having run to that stop unclosed ('... for me. "It's nothing ...')."""
    before = text[max(0, mark.start() - 2) : mark.start()]
    after = text[mark.end() : mark.end() + 1]
    return len(before) == 2 and before[0] in ".!?" and before[1] == " " and after.isupper()


def _after_colon(text: str, mark: re.Match[str]) -> bool:
    """A straight mark after a colon, before a word: it opens ('He added: "The ...')."""
    before = text[: mark.start()].rstrip(" ")
    after = text[mark.end() : mark.end() + 2].lstrip(" ")
    return before.endswith(":") and after[:1].isalnum()


def _sentence_end_before(text: str, start: int, end: int) -> int:
    """Where the last sentence between `start` and `end` ends (after its stop), else `end`."""
    stops = list(SENTENCE_STOP.finditer(text, start + 1, end))
    return stops[-1].start() + 1 if stops else end


def _quote(carried: Quote | None, start: int, end: int, text: str) -> Quote:
    if carried is None:
        return Quote(start, end, [(start, end)])
    return Quote(carried.start, end, [*carried.pieces, (start, end)], list(carried.notes))


def _first_visible(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _last_visible(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def markup_tags(text: str) -> list[tuple[int, int]]:
    """The stretches of markup tags left in the text ('<tweet author="x">', '</tweet>')."""
    return [t.span() for t in TAG.finditer(text)]
