"""The event lexicon table: well formed, broad, typed under the ontology's CAMEO roots."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract.event_lexicon import lexicon, parse_frame, past_tense, type_name
from kg.lexicon.tables import load_table

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "event-types.ttl"


def roots() -> set[str]:
    return set(re.findall(r"^nkgt:([A-Z_]+) a skos:Concept", ONTOLOGY.read_text(encoding="utf-8"), re.M))


def test_every_row_has_a_known_root_a_type_and_a_label() -> None:
    known = roots()
    assert len(known) == 21  # the 20 CAMEO roots and OTHER
    for row in load_table("events"):
        if row["pos"] in ("LIGHT", "CUE", "STATE"):
            continue
        assert row["pos"] in ("VERB", "NOUN"), row
        assert row["root"] in known, row
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", row["type"]), row
        assert row["label"] and row["label"] == row["label"].lower(), row


def test_lexicon_is_broad_and_covers_every_cameo_root() -> None:
    lex = lexicon()
    entries = [*lex.verbs.values(), *lex.phrasal.values(), *lex.nouns.values(), *lex.noun_phrases.values()]
    assert len(entries) >= 500
    assert {e.root for e in entries} == roots()
    assert ("shoot", "down") in lex.phrasal and ("call", "off") in lex.phrasal
    assert {"hold", "launch"} <= lex.light
    assert {"request", "rejection", "shootdown"} <= set(lex.nouns)


def test_frame_parsing() -> None:
    assert parse_frame("with=target;cue;ctrl=object") == (
        {"with": "target"},
        frozenset({"cue", "ctrl=object"}),
    )
    assert parse_frame("") == ({}, frozenset())


@pytest.mark.parametrize(
    ("lemma", "past"),
    [
        ("bring", "brought"),
        ("stop", "stopped"),
        ("carry", "carried"),
        ("analyze", "analyzed"),
        ("visit", "visited"),
    ],
)
def test_past_tense(lemma: str, past: str) -> None:
    assert past_tense(lemma) == past


def test_type_name() -> None:
    assert type_name("hand over") == "HAND_OVER"
    assert type_name("re-elect") == "RE_ELECT"
