"""Quotation marks glued to the words around them still split from them (kg.nlp's tokenizer rule).

Sentences are written for the tests and read by the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.statements import find_statements


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("It was fine,”Jane said.", ["fine", ",", "”", "Jane"]),
        ('It was fine,"Jane said.', ["fine", ",", '"', "Jane"]),
        ("He said:“We won.”Then", [":", "“", "We", ".", "”", "Then"]),
        ("the “hell”than that", ["“", "hell", "”", "than"]),
        ("He is 5'11\" tall and well-known.", ["5'11", '"', "well", "-", "known"]),
    ],
)
def test_glued_quotation_marks_are_tokens_of_their_own(nlp: Language, text: str, tokens: list[str]) -> None:
    words = [t.text for t in nlp.tokenizer(text)]
    assert all(t in words for t in tokens), words


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It was full of prejudice and paranoia,”Jane Doe said on Monday.", "Jane Doe"),
        ("The mayor told the crowd:“We will fix every road in this town.”", "The mayor"),
    ],
)
def test_speaker_of_a_quotation_glued_to_its_attribution(nlp: Language, text: str, speaker: str) -> None:
    found = [s for s in find_statements(nlp(text)) if s.content.text.startswith("“")]
    assert found and found[0].speaker_mention is not None
    assert found[0].speaker_mention.text == speaker
