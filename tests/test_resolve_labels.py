"""Labels spelled with the mixed case of the actor's own names; pronoun binding through shared subjects."""

from __future__ import annotations

import re

import pytest

from kg.resolve.keys import label_of


@pytest.mark.parametrize(
    ("actor_id", "names", "label"),
    [
        ("person/glen-vanherck", ["General Glen VanHerck", "VanHerck"], "Glen VanHerck"),
        ("person/ava-duvernay", ["Ava DuVernay"], "Ava DuVernay"),
        ("person/john-mccain", ["JOHN MCCAIN"], "John Mccain"),  # all capitals tell nothing
        ("person/pat-ryder", ["Pat Ryder", "Ryder"], "Pat Ryder"),
        ("person/maria-de-la-cruz", ["Maria de la Cruz"], "Maria de la Cruz"),
        ("org/bmg", ["BMG"], "BMG"),  # an acronym
        ("org/lg-card", ["LG Card"], "LG Card"),
        ("person/sonia-ohara", ["Sonia O'Hara", "O'Hara's"], "Sonia O'Hara"),  # an apostrophe kept
        ("person/jose-alvarez", ["José Álvarez"], "José Álvarez"),  # accents kept
        ("person/jean-luc-marchand", ["Jean-Luc Marchand"], "Jean-Luc Marchand"),  # a hyphen kept
        ("person/ann-lee-jr", ["Ann Lee Jr."], "Ann Lee Jr."),
    ],
)
def test_label_of(actor_id: str, names: list[str], label: str) -> None:
    assert label_of(actor_id, None, names) == label


@pytest.mark.parametrize(
    ("text", "pronoun", "not_to"),
    [
        (
            "The engineers are working to collect samples and have them tested by the laboratory.",
            "them",
            "engineers",
        ),
        ("The farmers gathered the crops and sold them at the market.", "them", "farmers"),
        ("The ministers met the envoys and thanked them.", "them", "ministers"),
    ],
)
def test_a_pronoun_object_is_never_its_own_clause_subject(nlp, text: str, pronoun: str, not_to: str) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.entities import find_mentions
    from kg.resolve import resolve

    doc = nlp(text)
    resolution = resolve(doc, find_mentions(doc))
    start = re.search(rf"\b{pronoun}\b", text).start()  # type: ignore[union-attr]
    token_span = next(m for m in find_mentions(doc) if m.span.start == start)
    assert not_to not in (resolution.actor_of(token_span.span) or "")
