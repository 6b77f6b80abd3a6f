"""Each sieve pass's own table: the link it makes holds with every pass on and breaks with that pass
switched off (so each row shows what the pass adds), over sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_mentions
from kg.extract.statements import find_statements
from kg.records import Span
from kg.resolve import Resolution, resolve
from kg.resolve.sieve import SKIP_ENV, pass_names

pytestmark = pytest.mark.model

Words = tuple[str, int]  # the words and which occurrence of them
LETTER = (
    "Dear Mrs. Helen Park,\n\nI hope you like the card. Thank you for the seeds.\n\nYours,\n\nRobert Vance\n"
)

ROWS: list[tuple[str, str, Words, Words]] = [
    (
        "described_name",
        "The club's new coach Maria Lopez arrived on Monday.",
        ("new coach", 0),
        ("Maria Lopez", 0),
    ),
    ("apposition", "Tom Hale, a retired teacher, won the prize.", ("Tom Hale", 0), ("a retired teacher", 0)),
    (
        "apposition",
        "The lender was fined. Harold Finch is the bank's chief executive.",
        ("Harold Finch", 0),
        ("the bank's chief executive", 0),
    ),
    (
        "apposition",
        "A charity called Green Shelter opened a clinic. Green Shelter hired nurses.",
        ("A charity", 0),
        ("Green Shelter", 0),
    ),
    (
        "apposition",
        "Ines Varga trained in Porto. In 1990 she became a ceramic artist.",
        ("Ines Varga", 0),
        ("a ceramic artist", 0),
    ),
    (
        "apposition",
        "Ines Varga was a potter, painter and teacher.",
        ("Ines Varga", 0),
        ("teacher", 0),
    ),
    (
        "apposition",
        "Pablo Serrat, known as El Gato, ran the smallest bakery in town.",
        ("Pablo Serrat", 0),
        ("El Gato", 0),
    ),
    (
        "exact_name",
        "Nadia Petrova won the race. Later Nadia Petrova thanked her team.",
        ("Nadia Petrova", 0),
        ("Nadia Petrova", 1),
    ),
    (
        "alias_acronym",
        "The International Rowing Federation met in May. The IRF voted to expand the calendar.",
        ("International Rowing Federation", 0),
        ("IRF", 0),
    ),
    ("surname", "Karen Wu left the board. Ms Wu said she was tired.", ("Karen Wu", 0), ("Wu", 1)),
    (
        "surname",
        "Hana Ito wrote poems in Osaka. Critics praised Ito Hana for her diaries.",
        ("Hana Ito", 0),
        ("Ito Hana", 0),
    ),
    (
        "misspelt",
        "Carla Vandermeer won the vote. Supporters cheered Vandermer on Monday.",
        ("Carla Vandermeer", 0),
        ("Vandermer", 0),
    ),
    (
        "role_holder",
        "Leon Marsh, 17, won the junior title. The teenager trains in Leeds.",
        ("Leon Marsh", 0),
        ("The teenager", 0),
    ),
    (
        "role_holder",
        "Joost Bakker won the stage on Tuesday. The Dutchman said the climb was hard.",
        ("Joost Bakker", 0),
        ("The Dutchman", 0),
    ),
    (
        "relations",
        "The Chinese government protested. Beijing recalled its envoy.",
        ("Beijing", 0),
        ("The Chinese government", 0),
    ),
    (
        "relations",
        "Jane Doe's father spoke to reporters. Her father said the court was wrong.",
        ("Jane Doe's father", 0),
        ("Her father", 0),
    ),
    (
        "relations",
        "Tom Reed's father runs the farm. He said his son would take it over.",
        ("Tom Reed", 0),
        ("his son", 0),
    ),
    (
        "same_description",
        "Children born in this country get a passport. Later, children born in this country can vote.",
        ("Children born", 0),
        ("children born", 0),
    ),
    (
        "same_description",
        "Small business owners fear the tax. Officials said small business owners would be spared.",
        ("Small business owners", 0),
        ("small business owners", 0),
    ),
    (
        "head_match",
        "Northwind Airlines cut fares on Monday. The company said demand was weak.",
        ("Northwind Airlines", 0),
        ("The company", 0),
    ),
    (
        "head_match",
        "The finance minister met bankers on Monday. The minister said rates would stay low.",
        ("The finance minister", 0),
        ("The minister", 0),
    ),
    ("pronoun", "Karen Wu left the board on Friday. She said she was tired.", ("Karen Wu", 0), ("She", 0)),
    (
        "pronoun",
        "Northwind Airlines cut fares. It said demand was weak.",
        ("Northwind Airlines", 0),
        ("It", 0),
    ),
    (
        "plural_pronoun",
        "The nurses went on strike on Monday. They want higher pay.",
        ("The nurses", 0),
        ("They", 0),
    ),
    ("quote_speaker", '"I am not leaving," Karen Wu said on Friday.', ("Karen Wu", 0), ("I", 0)),
    ("quote_speaker", "We tested the phone for a week. Our verdict is simple.", ("We", 0), ("Our", 0)),
    (
        "quote_speaker",
        "How to fix a bike. First you remove the wheel. Then you check your tools.",
        ("you", 0),
        ("your", 0),
    ),
    (
        "quote_speaker",
        '"If you want a seat, you come early," Maria Lopez said on Sunday.',
        ("you", 0),
        ("you", 1),
    ),
    ("cataphora", "In his speech on Monday, Omar Haddad praised the nurses.", ("Omar Haddad", 0), ("his", 0)),
    (
        "group_members",
        "A delegation of farmers visited the ministry. The delegation asked for aid.",
        ("A delegation", 0),
        ("farmers", 0),
    ),
    (
        "generic_groups",
        "The app lets users share photos and lets users block strangers.",
        ("users", 0),
        ("users", 1),
    ),
    (
        "titles_named_later",
        "The home secretary announced a review. Home Secretary Ruth Kelly said it would take a year.",
        ("The home secretary", 0),
        ("Ruth Kelly", 0),
    ),
    (
        "lede",
        "Scientists analyse effects of warming\n\nA research team from Leeds has analysed effects of warming "
        "on crops.",
        ("Scientists", 0),
        ("A research team", 0),
    ),
    (
        "parties",
        LETTER,
        ("Helen Park", 0),
        ("you", 0),
    ),
    (
        "parties",
        LETTER,
        ("Robert Vance", 0),
        ("I", 0),
    ),
    (
        "parties",
        "Mr. Speaker, I rise to thank the volunteers of the harbour rescue. You have heard of their work.\n",
        ("Mr. Speaker", 0),
        ("You", 0),
    ),
    (
        "parties",
        "Why cities need trees\n\nMarta Quinn\n\nI grew up on a street without shade. I remember the heat.\n",
        ("Marta Quinn", 0),
        ("I", 0),
    ),
    (
        "parties",
        "An interview with the potter Iris Baum\n\nWhen did you start?\n\nI was nine when I made my first "
        "bowl.\n\nWhat do you make now?\n\nI make plates for restaurants.\n",
        ("Iris Baum", 0),
        ("I", 1),
    ),
    (
        "parties",
        "An interview with the potter Iris Baum\n\nWhen did you start?\n\nI was nine when I made my first "
        "bowl.\n\nWhat do you make now?\n\nI make plates for restaurants.\n",
        ("you", 1),
        ("I", 2),
    ),
]
APART: list[tuple[str, str, Words, Words]] = [  # rows a pass keeps apart
    (
        "someone",
        "Someone called the police, and someone else filmed the fight.",
        ("Someone", 0),
        ("someone", 0),
    ),
]


def span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words), words)


def run(nlp: Language, text: str) -> Resolution:
    doc = nlp(text)
    return resolve(doc, find_mentions(doc), statements=find_statements(doc))


def same(nlp: Language, text: str, first: Words, second: Words) -> bool:
    result = run(nlp, text)
    a, b = result.actor_of(span(text, *first)), result.actor_of(span(text, *second))
    return a is not None and a == b


@pytest.mark.parametrize(("name", "text", "first", "second"), ROWS)
def test_pass_makes_the_link(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, name: str, text: str, first: Words, second: Words
) -> None:
    assert same(nlp, text, first, second)
    monkeypatch.setenv(SKIP_ENV, name)
    assert not same(nlp, text, first, second), f"the link holds without {name}"


@pytest.mark.parametrize(("name", "text", "first", "second"), APART)
def test_pass_keeps_apart(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, name: str, text: str, first: Words, second: Words
) -> None:
    assert not same(nlp, text, first, second)
    monkeypatch.setenv(SKIP_ENV, name)
    assert same(nlp, text, first, second), f"kept apart without {name} too"


def test_every_row_names_a_pass() -> None:
    names = set(pass_names())
    assert {row[0] for row in ROWS + APART} <= names


@pytest.mark.parametrize(
    ("text", "pronoun", "not_speaker"),
    [
        # a third-person pronoun in a quotation is never its own speaker, named before or after it
        (
            'A man was shot on Friday. Police spokesman Dan Reese spoke to reporters. "He was approached by '
            'a lone gunman outside the store," he said.',
            ("He", 0),
            ("Dan Reese", 0),
        ),
        (
            'Dan Reese spoke for the police on Friday. "He was approached by a stranger," Reese said.',
            ("He", 0),
            ("Dan Reese", 0),
        ),
    ],
)
def test_third_person_in_a_quote_is_not_its_speaker(
    nlp: Language, text: str, pronoun: Words, not_speaker: Words
) -> None:
    result = run(nlp, text)
    assert result.actor_of(span(text, *pronoun)) != result.actor_of(span(text, *not_speaker))


def test_letters_after_a_name_are_no_part_of_it(nlp: Language) -> None:
    text = "Daniel Brandt FRS was a chemist. Daniel Brandt was born in 1900."
    result = run(nlp, text)
    assert result.actor_of(span(text, "Daniel Brandt FRS")) == "person/daniel-brandt"
    assert result.actor_of(span(text, "Daniel Brandt", 1)) == "person/daniel-brandt"


def test_the_writers_own_wish_addresses_the_reader(nlp: Language) -> None:
    # the writer's unquoted "I hope ..." is a statement of the writer's own: its "you" is the reader
    text = "I hope you enjoy the garden. Thank you for the plants."
    result = run(nlp, text)
    reader = result.actor_of(span(text, "you"))
    assert reader is not None and reader == result.actor_of(span(text, "you", 1))
    assert reader != result.actor_of(span(text, "I"))


def test_an_answers_you_is_not_the_one_interviewed(nlp: Language) -> None:
    # the questions' "you" is the potter who answers as "I"; the "you" inside an answer is whoever she
    # speaks to
    text = (
        "An interview with the potter Iris Baum\n\nWhen did you start?\n\nI was nine. If you start young, "
        "you learn fast.\n\nWhat do you make now?\n\nI make plates for restaurants.\n"
    )
    result = run(nlp, text)
    potter = result.actor_of(span(text, "Iris Baum"))
    assert potter is not None
    assert result.actor_of(span(text, "you")) == potter == result.actor_of(span(text, "I", 1))
    assert result.actor_of(span(text, "you", 1)) != potter


def test_a_groups_own_we_is_that_group(nlp: Language) -> None:
    # "our" in what the writers' "We" argue is theirs, not a group of theirs; their "you" is the reader
    text = "We tested three phones in May. We argue that our method is fair, and we hope you agree."
    result = run(nlp, text)
    writers = result.actor_of(span(text, "We"))
    assert writers is not None and result.actor_of(span(text, "our")) == writers
    reader = result.actor_of(span(text, "you"))
    assert reader is not None and reader != writers


def test_which_after_a_persons_title_and_its_body_is_the_body(nlp: Language) -> None:
    text = "Omar Reyes, Chief Executive Officer of Initech, which filed for bankruptcy today, gave a plan."
    result = run(nlp, text)
    assert result.actor_of(span(text, "which", 0)) == result.actor_of(span(text, "Initech", 0)) is not None
