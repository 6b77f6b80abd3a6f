"""Statement extraction (kg.extract.statements) on sentences written for the tests, real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.statements import find_statements
from kg.records import Statement


def statements(nlp: Language, text: str) -> list[Statement]:
    return find_statements(nlp(text))


def only(nlp: Language, text: str) -> Statement:
    found = statements(nlp, text)
    assert len(found) == 1, [s.content.text for s in found]
    return found[0]


def mention(span: object) -> str | None:
    return getattr(span, "text", None)


# (text, content, kind, speaker mention, cue)
FORMS = [
    (
        "“We will rebuild the bridge by spring,” the mayor said.",
        "“We will rebuild the bridge by spring,”",
        "direct",
        "the mayor",
        "said",
    ),
    (
        '"We will rebuild the bridge by spring," the mayor said.',
        '"We will rebuild the bridge by spring,"',
        "direct",
        "the mayor",
        "said",
    ),
    (
        "“The talks failed,” said the foreign minister.",
        "“The talks failed,”",
        "direct",
        "the foreign minister",
        "said",
    ),
    (
        "The senator said: “Nobody here wants a shutdown.”",
        "“Nobody here wants a shutdown.”",
        "direct",
        "The senator",
        "said",
    ),
    (
        "''Nobody here wants a shutdown,'' the senator said.",
        "''Nobody here wants a shutdown,''",
        "direct",
        "the senator",
        "said",
    ),
    (
        "The union said that the strike would continue.",
        "that the strike would continue",
        "indirect",
        "The union",
        "said",
    ),
    (
        "The company claimed its products were safe.",
        "its products were safe",
        "indirect",
        "The company",
        "claimed",
    ),
    (
        "Doctors warned the outbreak could spread quickly.",
        "the outbreak could spread quickly",
        "indirect",
        "Doctors",
        "warned",
    ),
    (
        "Most economists believe the recession is over.",
        "the recession is over",
        "indirect",
        "Most economists",
        "believe",
    ),
    (
        "According to a senior administration official, the deal is close.",
        "the deal is close",
        "indirect",
        "a senior administration official",
        "According to",
    ),
    (
        "The deal is close, according to the White House.",
        "The deal is close",
        "indirect",
        "the White House",
        "according to",
    ),
    (
        "Prices will rise again next year, the central bank said.",
        "Prices will rise again next year",
        "indirect",
        "the central bank",
        "said",
    ),
    (
        "The statement said that the company would appeal.",
        "that the company would appeal",
        "indirect",
        "The statement",
        "said",
    ),
    (
        "The opposition leader called the vote an “outright fraud” on Monday.",
        "the vote an “outright fraud”",
        "mixed",
        "The opposition leader",
        "called",
    ),
    (
        "The minister said that the plan was “dead on arrival” in parliament.",
        "that the plan was “dead on arrival” in parliament",
        "mixed",
        "The minister",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "content", "kind", "speaker", "cue"), FORMS)
def test_forms(nlp: Language, text: str, content: str, kind: str, speaker: str, cue: str) -> None:
    statement = only(nlp, text)
    assert statement.content.text == content
    assert text[statement.content.start : statement.content.end] == content
    assert statement.kind == kind
    assert mention(statement.speaker_mention) == speaker
    assert mention(statement.cue) == cue


@pytest.mark.parametrize(
    ("text", "addressee", "speaker"),
    [
        ("The governor told reporters that the budget was balanced.", "reporters", "The governor"),
        ("A senior official told NBC News that the talks had stalled.", "NBC News", "A senior official"),
        ("Doctors warned residents that the outbreak could spread.", "residents", "Doctors"),
    ],
)
def test_addressee_of_told(nlp: Language, text: str, addressee: str, speaker: str) -> None:
    statement = only(nlp, text)
    assert mention(statement.addressee_mention) == addressee
    assert mention(statement.speaker_mention) == speaker
    assert statement.content.text.startswith("that ")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "“We tried,” she said, “but the votes were not there.”",
            ["“We tried,”", "“but the votes were not there.”"],
        ),
        (
            "“The market has turned,” one trader said. “Buyers are back and sellers are scared.”",
            ["“The market has turned,”", "“Buyers are back and sellers are scared.”"],
        ),
    ],
)
def test_quote_split_by_its_attribution_is_one_statement(nlp: Language, text: str, parts: list[str]) -> None:
    statement = only(nlp, text)
    assert [p.text for p in statement.parts] == parts
    assert statement.content.start == text.index(parts[0])
    assert statement.content.end == text.index(parts[-1]) + len(parts[-1])
    assert statement.kind == "direct"


def test_quote_over_paragraphs_is_one_statement(nlp: Language) -> None:
    text = (
        "“The first part of the plan is to fix the roads,” the mayor said.\n\n"
        "“The second part runs on for a whole paragraph and has no closing mark.\n\n"
        "“The third part closes it at last.”"
    )
    found = statements(nlp, text)
    parts = [p.text for p in found[-1].parts]  # it goes on with the mayor's quotation before it
    assert parts[0] == "“The first part of the plan is to fix the roads,”"
    assert parts[-1].startswith("“The second part") and parts[-1].endswith("at last.”")
    assert all(s.kind == "direct" for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "The crowd cheered the “Texas Two-Step” dance at the fair.",
        "The film “Night Train” opened in cinemas on Friday.",
        "Fans of the “big three” teams packed the stadium.",
    ],
)
def test_scare_quotes_and_titles_are_not_statements(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


def test_consecutive_quotes_carry_the_speaker_on(nlp: Language) -> None:
    text = "The coach said: “We played well tonight.” “Our defence held firm in the second half.”"
    found = statements(nlp, text)
    assert [mention(s.speaker_mention) for s in found] == ["The coach", "The coach"]
    assert found[1].cue is None


def test_speaker_introduced_in_the_next_sentence(nlp: Language) -> None:
    text = "“We expect a long fight over this budget.” The committee chairman said so on Monday."
    found = statements(nlp, text)
    assert len(found) == 1
    assert mention(found[0].speaker_mention) == "The committee chairman"


def test_quote_without_speaker_keeps_a_null_speaker(nlp: Language) -> None:
    statement = only(nlp, "“This quote has no speaker anywhere in the text at all.”")
    assert statement.speaker_mention is None
    assert statement.kind == "direct"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The border will stay open,” a senior administration official said.",
            "a senior administration official",
        ),
        ("“The border will stay open,” said Maria Lopez, a spokeswoman for the ministry.", "Maria Lopez"),
        ("“We need more time,” the ministry said in a statement.", "the ministry"),
        ("“We need more time to finish it.” ― Jane Doe", "Jane Doe"),
    ],
)
def test_speaker_mention_is_the_tight_noun_phrase(nlp: Language, text: str, speaker: str) -> None:
    assert mention(only(nlp, text).speaker_mention) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "The mayor continued:\n\n“We will not raise taxes this year.”",
            "“We will not raise taxes this year.”",
            "The mayor",
            "continued",
        ),
        (
            "“The plan is dead, and everyone here knows it,” Smith notes.",
            "“The plan is dead, and everyone here knows it,”",
            "Smith",
            "notes",
        ),
        (
            "The ad ends with footage of the governor saying at a rally, “We will fix every road,” to cheers",
            "“We will fix every road,”",
            "the governor",
            "saying",
        ),
        (
            "The ministry issued a statement calling the strike “an illegal act by a small group.”",
            "the strike “an illegal act by a small group.”",
            "The ministry",
            "calling",
        ),
        (
            "The senator, who said that the bill was “a disgrace,” left early.",
            "that the bill was “a disgrace,”",
            "The senator, who",
            "said",
        ),
    ],
)
def test_speaker_found_around_the_quote(
    nlp: Language, text: str, content: str, speaker: str, cue: str
) -> None:
    statement = only(nlp, text)
    assert statement.content.text == content
    assert mention(statement.speaker_mention) == speaker
    assert mention(statement.cue) == cue


def test_unbalanced_mark_keeps_the_other_statements(nlp: Language) -> None:
    text = (
        "“The first quote is closed,” the spokesman said.\n\n"
        "“This one never closes, he added.\n\n"
        "The company said that profits had doubled."
    )
    found = statements(nlp, text)
    contents = [s.content.text for s in found]
    assert "“The first quote is closed,”" in contents
    assert "that profits had doubled" in contents
    odd = [s for s in found if s.content.text.startswith("“This one")]
    assert odd and any("unclosed" in n for n in odd[0].notes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The rule is a “recipe for chaos in every school district,” as one teacher put it.",
            "“recipe for chaos in every school district,”",
            "one teacher",
        ),
        (
            "The company is rolling out a new slogan: “Built for the long haul.”",
            "“Built for the long haul.”",
            "The company",
        ),
        (
            "In a box labeled “diagnosis,” the clinic had typed “acute stress from overwork.”",
            "“acute stress from overwork.”",
            "the clinic",
        ),
        # a quotation closing the verb's object: the object is the content
        ("Voters disliked the phrase “self-deportation.”", "the phrase “self-deportation.”", "Voters"),
        ("Critics kept referring to the mayor as the “Big Builder.”", "the “Big Builder.”", "Critics"),
    ],
)
def test_quote_without_cue_takes_the_clause_speaker(
    nlp: Language, text: str, content: str, speaker: str
) -> None:
    found = [s for s in statements(nlp, text) if s.content.text == content]
    assert len(found) == 1, [s.content.text for s in statements(nlp, text)]
    assert mention(found[0].speaker_mention) == speaker


def test_quote_paragraph_continues_the_previous_paragraph_speaker(nlp: Language) -> None:
    text = (
        "“Nobody in this town writes songs about the budget,” the treasurer said.\n\n"
        "“Still, the numbers have to add up by the end of the fiscal year.”"
    )
    found = statements(nlp, text)  # one statement over the paragraph break, as PolNeAR marks it
    assert [mention(s.speaker_mention) for s in found] == ["the treasurer"]
    assert [p.text for p in found[0].parts] == [
        "“Nobody in this town writes songs about the budget,”",
        "“Still, the numbers have to add up by the end of the fiscal year.”",
    ]


def test_quote_paragraph_after_narration_takes_no_carried_speaker(nlp: Language) -> None:
    text = (
        "“Nobody in this town writes songs about the budget,” the treasurer said. The council then "
        "moved on to a long debate about parking fees downtown.\n\n"
        "“Still, the numbers have to add up by the end of the fiscal year.”"
    )
    found = statements(nlp, text)
    assert mention(found[-1].speaker_mention) is None


def test_quote_in_a_relative_clause_takes_the_main_subject(nlp: Language) -> None:
    text = (
        "The mayor called the developer a “smooth talker” who is “simply not to be trusted with this city.”"
    )
    found = [s for s in statements(nlp, text) if "trusted" in s.content.text]
    assert len(found) == 1
    assert mention(found[0].speaker_mention) == "The mayor"


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday’s edition of “Good Morning Britain,” the senator took questions.",
        "In an interview on “Face the Nation,” Jane Doe said she would run.",
        "As the host of “The Rachel Maddow Show” she talks every night.",
    ],
)
def test_title_in_quotation_marks_is_no_statement(nlp: Language, text: str) -> None:
    assert all("“" not in s.content.text for s in statements(nlp, text))


def test_short_quotation_in_title_case_that_ends_a_sentence_is_a_statement(nlp: Language) -> None:
    text = "The crowd chanted “Lock Her Up!” as the governor spoke."
    assert any(s.content.text.startswith("“Lock") for s in statements(nlp, text))


def test_cue_word_inside_a_markup_tag_is_no_cue(nlp: Language) -> None:
    text = (
        "Jeb Bush wrote:\n\n"
        '<tweet pic="" author="JebBush" timestamp="1449075600">Praying for those hurt today.</tweet>.\n\n'
        "She said the vote was over."
    )
    assert [s.content.text for s in statements(nlp, text)] == ["the vote was over"]
