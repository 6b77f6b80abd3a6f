"""Walks up the parse end at the root, also when no verb is on the way (spaCy tokens are new objects
on each access, so a walk must compare positions, never identity)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.event_dates import _governor, clause_date
from kg.extract.times import find_times
from kg.records import TimeExpression


def verbless_doc() -> Doc:
    return Doc(
        Vocab(),
        words=["Talks", "in", "Geneva", "on", "Monday"],
        heads=[0, 0, 1, 0, 3],
        deps=["ROOT", "prep", "pobj", "prep", "pobj"],
        pos=["NOUN", "ADP", "PROPN", "ADP", "PROPN"],
    )


def test_governor_of_a_date_under_a_verbless_root_is_the_root() -> None:
    doc = verbless_doc()
    monday = TimeExpression(doc[4].idx, doc[4].idx + 6, "Monday", "2024-01-08")
    governor = _governor(doc, monday)
    assert governor is not None and governor.i == 0


def test_clause_date_of_a_noun_trigger_ends() -> None:
    doc = verbless_doc()
    monday = TimeExpression(doc[4].idx, doc[4].idx + 6, "Monday", "2024-01-08")
    found = clause_date(doc, doc[0], [monday])
    assert found is None or found.value == "2024-01-08"


def test_a_real_verbless_headline_with_a_date_is_extracted(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.pipeline import extract_doc
    from kg.records import Article, DocumentInfo

    text = "Talks with rebels in Geneva on Monday\n\nThe rebels attacked the city on Monday."
    doc = nlp(text)
    assert [t.value for t in find_times(doc, dt.date(2024, 1, 10))] == ["2024-01-08", "2024-01-08"]
    extraction = extract_doc(doc, Article("x.txt", text, DocumentInfo(id="x", date="2024-01-10")))
    attacks = [e for e in extraction.events if e.trigger.text == "attacked"]
    assert [e.date for e in attacks] == ["2024-01-08"]
