"""What names no actor: streets, image credits, copyright lines and bylines; and titles, abbreviated or not,
before one person's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_mentions
from kg.extract.furniture import furniture_ranges
from kg.records import ACTOR_TYPES


def actor_texts(nlp: Language, text: str) -> list[str]:
    return [m.span.text for m in find_mentions(nlp(text)) if m.kind == "name" and m.type in ACTOR_TYPES]


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("A fox ran.\n(Credit: Dana Reyes / Hill Pix)\nIt left.", "(Credit: Dana Reyes / Hill Pix)"),
        ("Photo: Dana Reyes/Hilltop Pictures\nThe fox ran off.", "Photo: Dana Reyes/Hilltop Pictures"),
        ("The fox ran off.\n© Hilltop Gazette 2021", "© Hilltop Gazette 2021"),
        ("The fox ran off.\nCopyright 2021 Hilltop Gazette", "Copyright 2021 Hilltop Gazette"),
        ("Foxes return\nBy Owen Tallis and Rhea Moss\nThe fox ran off.", "By Owen Tallis and Rhea Moss"),
        ("Foxes return\nOwen Tallis, Staff Writer\nThe fox ran off.", "Owen Tallis, Staff Writer"),
    ],
)  # fmt: skip
def test_furniture_is_found_on_its_line(text: str, furniture: str) -> None:
    found = [text[a:b] for a, b in furniture_ranges(text)]
    assert found == [furniture]


@pytest.mark.parametrize(
    "text",
    [
        "By 1990 the town had grown.\nBy then Owen Tallis had left.",  # "By" opens a sentence, not a byline
        "The source: a letter Owen Tallis wrote.",  # a colon inside prose
        "Owen Tallis, the editor, said the fox ran off.",  # a sentence with a verb and a full stop
    ],
)
def test_prose_is_no_furniture(text: str) -> None:
    assert furniture_ranges(text) == []


@pytest.mark.parametrize(
    ("text", "not_actor", "actor"),
    [
        ("A van hit a wall on Tom Ashby Road, Owen Tallis said.", "Tom Ashby Road", "Owen Tallis"),
        ("Rhea Moss lives at 14 Willow Close with her dog.", "Willow Close", "Rhea Moss"),
        ("Owen Tallis said Elm Crescent and Station Lane meet there.", "Station Lane", "Owen Tallis"),
        ("Foxes return\nBy Owen Tallis\nThe fox ran off, Rhea Moss said.", "Owen Tallis", "Rhea Moss"),
        ("The fox ran off, Rhea Moss said.\n(Credit: Dana Reyes / Hill Pix)", "Dana Reyes", "Rhea Moss"),
        ("The fox ran off, Rhea Moss said.\n© Hilltop Gazette 2021", "Hilltop Gazette", "Rhea Moss"),
    ],
)  # fmt: skip
@pytest.mark.model
def test_no_actor_is_made_of_streets_credits_copyright_and_bylines(
    nlp: Language, text: str, not_actor: str, actor: str
) -> None:
    found = actor_texts(nlp, text)
    assert actor in found
    assert not_actor not in found


@pytest.mark.model
def test_a_surname_that_is_a_street_word_stays_a_person(nlp: Language) -> None:
    found = actor_texts(nlp, "Actress Glenn Close said the film was finished.")
    assert "Glenn Close" in found


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Superintendent Owen Tallis said the road was shut. Supt Tallis added more.", "Tallis"),
        ('Superintendent Carl Wendover spoke first. "We need help," Supt Wendover said.', "Wendover"),
        ("Councillor Rhea Moss led the search. Cllr Moss said it would go on.", "Moss"),
    ],
)  # fmt: skip
@pytest.mark.model
def test_an_abbreviated_title_before_a_surname_is_the_person(nlp: Language, text: str, short: str) -> None:
    found = [m for m in find_mentions(nlp(text)) if m.span.text == short]
    assert found and all(m.type == "Person" and m.role for m in found)


@pytest.mark.model
def test_a_heading_name_ends_before_its_line_break(nlp: Language) -> None:
    text = "Owen Tallis\n\nTallis with the Leeds Rhinos\n\nLeeds Rhinos – No. 7"
    found = [m.span.text for m in find_mentions(nlp(text)) if m.kind == "name"]
    assert "Owen Tallis" in found and not any("\n" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Police Superintendent Ravi Mistry said officers acted lawfully.", "Ravi Mistry", "Superintendent"),
        ("Det Supt Colin Marsh said the search went on.", "Colin Marsh", "Supt"),
    ],
)
@pytest.mark.model
def test_titles_the_recognizer_took_for_a_body_or_cut_off_are_the_persons(
    nlp: Language, text: str, name: str, role: str
) -> None:
    found = [m for m in find_mentions(nlp(text)) if m.kind == "name"]
    assert [m.span.text for m in found] == [name]
    assert found[0].type == "Person" and found[0].role is not None and role in found[0].role


@pytest.mark.model
def test_a_body_whose_name_begins_with_a_rank_stays_a_body(nlp: Language) -> None:
    found = [m for m in find_mentions(nlp("General Electric said profits rose.")) if m.kind == "name"]
    assert [(m.span.text, m.type) for m in found] == [("General Electric", "Organization")]
