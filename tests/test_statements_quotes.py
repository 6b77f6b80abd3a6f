"""Quotation-mark pairing (kg.extract.quotes): no model needed."""

from __future__ import annotations

import pytest

from kg.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will go home now.” Then he left.", ["“we will go home now.”"]),
        ('She said "the vote is over," and sat down.', ['"the vote is over,"']),
        ("''We won,'' the coach said.", ["''We won,''"]),
        ("“One,” he said, “two.”", ["“One,”", "“two.”"]),
        ("A «guillemet quote» here.", ["«guillemet quote»"]),
        ("It's the team's 'best' year, no quotes here.", []),
        ("”Wrong mark opens this one,” she wrote.", ["”Wrong mark opens this one,”"]),
        # an inner quotation typed with the same curly marks stays inside the outer one
        (
            "“I’d sooner stay in what she calls “the swamp” than move.” ― Bo",
            ["“I’d sooner stay in what she calls “the swamp” than move.”"],
        ),
        ("“A “b” c “d” e.” f", ["“A “b” c “d” e.”"]),
        (
            '"Not about “justice” anymore," she said.',
            ['"Not about “justice” anymore,"'],
        ),
        # a quotation left open: a mark after a colon opens the next one
        (
            'He said: "I lost three years. He added: "They wanted to break me."',
            ['"I lost three years.', '"They wanted to break me."'],
        ),
        # tokenized text puts a space on both sides of every mark
        (
            'She told reporters: " It is over ". He said it was " damning ", and left.',
            ['" It is over "', '" damning "'],
        ),
    ],
)
def test_pairs_marks(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_quote_runs_over_paragraphs_when_the_next_one_reopens() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph ends it.” He left."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end] == text[: text.index("” He") + 1]
    assert len(quotes[0].pieces) == 2
    assert quotes[0].notes == []


def test_unclosed_mark_at_paragraph_end_is_noted_and_the_rest_still_found() -> None:
    text = "He said “this never closes.\n\nNext paragraph. She said “this one does.”"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["“this never closes.", "“this one does.”"]
    assert quotes[0].notes and "unclosed" in quotes[0].notes[0]
    assert quotes[1].notes == []


def test_second_opening_mark_cuts_the_unclosed_quote() -> None:
    text = "“First is fine.” “Second never closes. “Third closes.”"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "“First is fine.”",
        "“Second never closes.",
        "“Third closes.”",
    ]
    assert "no closing one" in quotes[1].notes[0]


def test_stray_closing_mark_is_noted() -> None:
    text = "He was there” she said, “and then left.”"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["“and then left.”"]
    assert any("no opening one" in n for n in quotes[0].notes)
