"""Labels are a function of the id, spelled with the mixed case the actor's own names use."""

from __future__ import annotations

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
    ],
)
def test_label_of(actor_id: str, names: list[str], label: str) -> None:
    assert label_of(actor_id, None, names) == label
