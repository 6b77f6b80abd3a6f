"""A body's document that says something is the body's statement; an act of stopping something is no
statement. Sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.pipeline import extract_doc
from kg.records import Article, DocumentInfo, Extraction

pytestmark = pytest.mark.model


def extraction_of(nlp: Language, text: str) -> Extraction:
    return extract_doc(nlp(text), Article("t.txt", text, DocumentInfo("t")))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A union complaint said the airline had cut pay unlawfully.", "union"),
        ("A ministry report said exports fell in March.", "ministry"),
    ],
)
def test_a_body_noun_before_a_document_noun_is_the_speaker(nlp, text, body) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, text)
    labels = {a.id: a.label for a in x.actors}
    said = [s for s in x.statements if s.cue is not None and s.cue.text == "said"]
    assert said and said[0].speaker is not None
    assert labels[said[0].speaker].lower() == body


def test_blocking_a_deal_is_an_act_not_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "The regulator blocked the takeover of the two airlines on Tuesday.")
    assert [s.cue.text for s in x.statements if s.cue is not None] == []
    assert [e.trigger.text for e in x.events if e.trigger.text == "blocked"] == ["blocked"]
