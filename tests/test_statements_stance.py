"""Rejecting or declining a thing is an event, not a statement: stance verbs need a clause."""

from __future__ import annotations

import pytest

from kg.extract.statements import find_statements


@pytest.mark.parametrize(
    "text",
    [
        "China declined the American request for a call.",
        "The union rejected the offer on Friday.",
        "The minister refused the invitation.",
    ],
)
def test_a_stance_verb_with_only_an_object_is_no_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find_statements(nlp(text)) == []


def test_a_stance_verb_with_a_clause_still_is(nlp) -> None:  # type: ignore[no-untyped-def]
    [statement] = find_statements(nlp("The ministry rejected claims that the ship had been seized."))
    assert statement.speaker_mention is not None and statement.speaker_mention.text == "The ministry"
