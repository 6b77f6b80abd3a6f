"""Quotations split by their attribution: the parts after the cue's sentence join the statement.

Sentences are written for the tests and read by the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.statements import find_statements

# (text, the parts of one statement, its speaker)
JOINED = [
    (  # abbreviations and a party in parentheses in the attribution
        "“This is a headache for the caucus,” said Rep. Jane Doe (R-Ohio), a member of the committee. "
        "“I would like to see him step aside.”",
        ["“This is a headache for the caucus,”", "“I would like to see him step aside.”"],
        "Rep. Jane Doe",
    ),
    (  # a quoted title in the attribution
        "“I was standing in a field with a broken headset,” Jane Doe told ABC’s “Nightline” on Friday. "
        "“I could barely make out what she asked.”",
        ["“I was standing in a field with a broken headset,”", "“I could barely make out what she asked.”"],
        "Jane Doe",
    ),
    (  # a statement told inside the attribution stays its own
        "“I think that tells you everything,” she said, adding that the party will campaign hard in spring. "
        "“I think they want to be asked.”",
        ["“I think that tells you everything,”", "“I think they want to be asked.”"],
        "she",
    ),
    (  # the first part is a quotation closing a clause of the writer's
        "The new plan is “a costly mistake for the city,” Tom Reed said. “Nobody here wants it at all.”",
        ["The new plan is “a costly mistake for the city,”", "“Nobody here wants it at all.”"],
        "Tom Reed",
    ),
]


@pytest.mark.parametrize(("text", "parts", "speaker"), JOINED)
def test_quote_after_the_attribution_sentence_joins_it(
    nlp: Language, text: str, parts: list[str], speaker: str
) -> None:
    found = find_statements(nlp(text))
    statement = next(s for s in found if parts[0] in s.content.text)
    assert [p.text for p in statement.parts] == parts
    assert statement.speaker_mention is not None and statement.speaker_mention.text == speaker


# (text, the first quotation, the second one)
APART = [
    (  # another sentence stands between them
        "“We will fix the roads,” Jane Doe said on Monday. The council voted against her plan. "
        "“It is a sad day for all of us here.”",
        "“We will fix the roads,”",
        "“It is a sad day for all of us here.”",
    ),
    (  # the second quotation has a cue of its own
        "“We will fix the roads,” Jane Doe said. “It is a sad day for all of us,” Tom Reed replied.",
        "“We will fix the roads,”",
        "“It is a sad day for all of us,”",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), APART)
def test_quote_past_the_attribution_sentence_stays_apart(
    nlp: Language, text: str, first: str, second: str
) -> None:
    contents = [s.content.text for s in find_statements(nlp(text))]
    assert first in contents and second in contents


def test_quote_paragraph_goes_on_with_the_quotation_before_it(nlp: Language) -> None:
    text = (
        "“Ted Reed is the best candidate we have had in years,” Jane Doe tells the Herald.\n\n"
        "“He is what we have waited for. He checks all our boxes.”"
    )
    found = find_statements(nlp(text))
    assert [p.text for p in found[0].parts] == [
        "“Ted Reed is the best candidate we have had in years,”",
        "“He is what we have waited for. He checks all our boxes.”",
    ]
    assert found[0].speaker_mention is not None and found[0].speaker_mention.text == "Jane Doe"


# (text, the parts of the statement): a cue set off by commas inside the sentence
PARENTHETICAL = [
    (
        "A quiet winter, he said, “might be the right moment to repair the roads and clear the drains.”",
        ["A quiet winter", "“might be the right moment to repair the roads and clear the drains.”"],
    ),
    (
        "The mayor, Jane Doe said, has built a “strange, rule-free zone at city hall.”",
        ["The mayor", "has built a “strange, rule-free zone at city hall.”"],
    ),
    # a sentence of its own after the cue: the words before the cue are no part of it
    ("In a statement, the mayor said, “We will rebuild every road in this town.”", []),
]


@pytest.mark.parametrize(("text", "parts"), PARENTHETICAL)
def test_cue_set_off_inside_the_sentence_splits_the_statement(
    nlp: Language, text: str, parts: list[str]
) -> None:
    found = [s for s in find_statements(nlp(text)) if "“" in s.content.text]
    assert [p.text for p in found[0].parts] == parts
