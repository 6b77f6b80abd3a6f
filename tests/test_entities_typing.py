"""Names typed by how the text uses them, whatever the recognizer's label: the examples of a noun of
places are places; a given name and a surname are a person; a noun of people or bodies right before a
name says which it is; a name drops the preposition it took in at a sentence's start."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from kg.extract.entities import find_mentions


def name_types(nlp: Language, text: str) -> dict[str, str | None]:
    return {m.span.text: m.type for m in find_mentions(nlp(text)) if m.kind == "name"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Strikes closed offices in towns including Penhallow, Tregarth and Aberdaron.",
         ["Penhallow", "Tregarth", "Aberdaron"]),
        ("Protests spread to cities such as Cardiff, Aberystwyth and Wrexham.",
         ["Cardiff", "Aberystwyth", "Wrexham"]),
        ("Walkouts hit villages like Tregarth and Aberdaron on Monday.", ["Tregarth", "Aberdaron"]),
    ],
)  # fmt: skip
def test_examples_of_a_place_noun_are_places(nlp: Language, text: str, places: list[str]) -> None:
    found = name_types(nlp, text)
    assert {name: found.get(name) for name in places} == dict.fromkeys(places, "Place")


@pytest.mark.model
def test_examples_of_another_noun_keep_their_type(nlp: Language) -> None:
    found = name_types(nlp, "Firms including Aberdaron Holdings and Tregarth Ltd said they would pay.")
    assert found == {"Aberdaron Holdings": "Organization", "Tregarth Ltd": "Organization"}
    people = name_types(nlp, "Rhodri Tregarth met leaders including Owen Penhallow in May.")
    assert people.get("Owen Penhallow") == "Person"


@pytest.mark.model
def test_a_name_drops_the_preposition_that_opens_its_sentence(nlp: Language) -> None:
    assert name_types(nlp, "Across Wales, teachers joined the strike.") == {"Wales": "Country"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("He is a partner at the law firm Mossgiel Murray.", "Mossgiel Murray", "Organization"),
        ("She earns a salary from law firm Fenwick Hale.", "Fenwick Hale", "Organization"),
        ("Rovers brought on striker Anelka Ruiz in the second half.", "Anelka Ruiz", "Person"),
    ],
)
def test_the_noun_before_a_name_types_it(nlp: Language, text: str, name: str, kind: str) -> None:
    assert name_types(nlp, text).get(name) == kind


@pytest.mark.model
@pytest.mark.parametrize("label", ["FAC", "LOC", "PRODUCT", "ORG"])
def test_a_given_name_and_a_surname_are_a_person_whatever_the_label(nlp: Language, label: str) -> None:
    doc = nlp("Fans cheered Maria Ruiz on Sunday.")
    doc.ents = [Span(doc, 2, 4, label=label), *(e for e in doc.ents if e.label_ == "DATE")]  # as it may err
    names = [(m.span.text, m.type) for m in find_mentions(doc) if m.kind == "name"]
    assert names == [("Maria Ruiz", "Person")]
