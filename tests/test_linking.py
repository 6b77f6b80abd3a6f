"""Linking inside an article: the sweep finds the statement telling each event as a pairwise check would."""

from __future__ import annotations

import random

from kg.pipeline import _tellers
from kg.records import Event, Span, Statement
from kg.resolve.result import Resolution


def _span(start: int, length: int) -> Span:
    return Span(start, start + length, "x" * length)


def test_the_sweep_agrees_with_checking_every_pair() -> None:
    rng = random.Random(7)
    for _round in range(200):
        statements = []
        for n in range(rng.randint(0, 8)):
            parts = [_span(rng.randint(0, 200), rng.randint(0, 60)) for _ in range(rng.choice([1, 1, 2, 3]))]
            statements.append(Statement(f"s{n}", parts[0], "direct", parts=parts if len(parts) > 1 else []))
        events = [
            Event(f"e{n}", "T", "T", "t", _span(rng.randint(0, 260), rng.randint(0, 8))) for n in range(12)
        ]
        expected = [
            next(
                (s for s in statements if any(r.contains(e.trigger) for r in (s.parts or [s.content]))),
                None,
            )
            for e in events
        ]
        assert _tellers(statements, events) == expected


def test_mentions_inside_a_span_and_the_one_ending_last() -> None:
    resolution = Resolution(by_span={(0, 4): "a", (10, 20): "b", (12, 20): "c", (15, 25): "d", (30, 30): "e"})
    assert resolution.actors_within(Span(0, 20, "")) == {"a", "b", "c"}
    assert resolution.actors_within(Span(11, 30, "")) == {"c", "d", "e"}
    assert resolution.actor_of(Span(5, 22, "")) == "b"  # ends last, first written of the two
    assert resolution.actor_of(Span(5, 9, "")) is None
