"""A name-like token of thousands of letters costs resolution no more than a short one: the slip
test's edit distance works only near the diagonal and stops counting past two."""

from __future__ import annotations

import pytest

from kg.resolve.passes.names import _edits, slip


@pytest.mark.parametrize(
    "word, other, edits",
    [
        ("Chrysler", "Chrysler", 0),
        ("Chrysler", "Chrylser", 1),
        ("Johnston", "Johnson", 1),
        ("Rasmussen", "Rasmusen", 1),
        ("Kowalczyk", "Kowalcyzk", 1),
        ("Fitzgerald", "Fitzgeralt", 1),
        ("Fitzgerald", "Fitsgeralt", 2),
        ("kitten", "sitting", 3),
        ("Anderson", "Andersonville", 3),
        ("M" + "a" * 4000 + "x", "M" + "a" * 4000 + "y", 1),
        ("M" + "ab" * 2000, "M" + "ba" * 2000, 2),  # one letter off the front, one onto the end
        ("Q" + "b" * 3000, "Q" + "c" * 3000, 3),
    ],
)
def test_edit_distance_is_exact_up_to_two_and_three_beyond(word: str, other: str, edits: int) -> None:
    assert _edits(word, other) == edits


def test_a_long_slip_is_still_a_slip() -> None:
    long_name = "Llanfair" + "pwllgwyngyll" * 300
    assert slip(long_name, long_name[:200] + long_name[201:])
    assert not slip(long_name, long_name[:100] + "QQQ" + long_name[103:])
