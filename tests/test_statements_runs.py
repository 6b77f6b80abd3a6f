"""Quotations that run sentence after sentence with an opening mark each and no closing one, as some
outlets print a speaker's words: each sentence is its own quotation, and a paragraph of quotations alone
goes on with the speaker of the paragraph before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.quotes import find_quotes
from kg.extract.statements import find_statements

RUN = (
    'The coach said: "We were tired. "It was a long trip."\n\n'
    '"If you look at the table, we are fine. "I am not worried about it. "We will be back."\n\n'
    "The club plays again on Sunday."
)


def test_an_opening_mark_after_a_stop_opens_a_new_quotation() -> None:
    found = [RUN[q.start : q.end] for q in find_quotes(RUN)]
    assert found == [
        '"We were tired.',
        '"It was a long trip."',
        '"If you look at the table, we are fine.',
        '"I am not worried about it.',
        '"We will be back."',
    ]


def test_a_mark_closing_a_sentence_still_closes() -> None:
    text = 'She said "we won." Then she left. "It was hard," he added.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ['"we won."', '"It was hard,"']


@pytest.mark.model
def test_a_paragraph_of_quotations_goes_on_with_the_speaker_before(nlp: Language) -> None:
    doc = nlp(RUN)
    speakers = {
        RUN[s.content.start : s.content.end]: RUN[s.speaker_mention.start : s.speaker_mention.end]
        for s in find_statements(doc)
        if s.speaker_mention is not None
    }
    assert speakers.get('"I am not worried about it.') == "The coach"
    assert speakers.get('"If you look at the table, we are fine.') == "The coach"


@pytest.mark.model
def test_a_quotation_broken_off_by_another_is_no_paragraph_of_quotations(nlp: Language) -> None:
    text = 'The coach said: "We were tired."\n\n"Fans walked in, chanting "We won!"\n\nThey play on Sunday.'
    speakers = {
        text[s.content.start : s.content.end]: s.speaker_mention for s in find_statements(nlp(text))
    }
    assert speakers.get('"Fans walked in, chanting') is None
