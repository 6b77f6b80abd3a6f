"""End to end on the seed article: the statements a reader of it expects, with speaker mentions."""

from __future__ import annotations

from typing import Any

import pytest

from kg.records import Extraction, Statement


def find(extraction: Extraction, words: str) -> Statement:
    hits = [s for s in extraction.statements if words in s.content.text]
    assert len(hits) == 1, [s.content.text for s in extraction.statements]
    return hits[0]


def text(span: Any) -> str | None:
    return span.text if span is not None else None


@pytest.mark.parametrize(
    "words",
    [
        "In moments like these, it is especially important",
        "Unfortunately, our request was declined by the PRC.",
        "Our commitment to open communication lines will continue.",
    ],
)
def test_press_secretary_quotes_are_his(seed_extraction: Extraction, words: str) -> None:
    statement = find(seed_extraction, words)
    assert statement.kind == "direct"
    assert text(statement.speaker_mention) == "He"
    assert statement.content.text.startswith("“")


def test_unbalanced_quote_is_noted(seed_extraction: Extraction) -> None:
    statement = find(seed_extraction, "Unfortunately, our request")
    assert any("no closing one" in note for note in statement.notes)


def test_ministry_protest_and_quotes(seed_extraction: Extraction) -> None:
    protest = find(seed_extraction, "strong dissatisfaction")
    assert text(protest.cue) == "expressed"
    assert text(protest.speaker_mention) == "China’s Ministry of Foreign Affairs"
    assert protest.kind == "mixed"
    asked = find(seed_extraction, "The Chinese side had clearly asked")
    assert (asked.kind, text(asked.speaker_mention), text(asked.cue)) == ("direct", "the ministry", "said")
    overreaction = find(seed_extraction, "obvious overreaction")
    assert (overreaction.kind, text(overreaction.speaker_mention), text(overreaction.cue)) == (
        "mixed",
        "It",
        "called",
    )
    statement = find(seed_extraction, "will resolutely protect")
    assert text(statement.speaker_mention) == "The statement"
    assert statement.speaker == protest.speaker  # the ministry's statement
    assert statement.content.text.startswith("that “")


def test_china_claims_a_civilian_airship(seed_extraction: Extraction) -> None:
    claim = find(seed_extraction, "civilian aircraftship")
    assert (claim.kind, text(claim.speaker_mention), text(claim.cue)) == ("mixed", "China", "claimed")
    assert claim.content.text.startswith("that the balloon was")


def test_official_told_nbc_news(seed_extraction: Extraction) -> None:
    told = find(seed_extraction, "the balloon was being used to spy")
    assert text(told.cue) == "told"
    assert text(told.addressee_mention) == "NBC News"
    assert text(told.speaker_mention) == "He"
    assert told.addressee is not None and told.addressee != told.speaker


def test_commander_remarks(seed_extraction: Extraction) -> None:
    waited = find(seed_extraction, "had actually waited to destroy the balloon")
    assert text(waited.speaker_mention) == "General Glen VanHerck"
    assert (waited.kind, text(waited.cue)) == ("indirect", "stated")
    chance = find(seed_extraction, "this gave them the chance")
    assert text(chance.speaker_mention) == "He"
    quote = find(seed_extraction, "well worth the effort")
    assert (quote.kind, text(quote.speaker_mention)) == ("direct", "He")


def test_according_to_the_press_secretary(seed_extraction: Extraction) -> None:
    purpose = find(seed_extraction, "the purpose of the call")
    assert text(purpose.speaker_mention) == "Pentagon press secretary Gen. Pat Ryder"
    assert text(purpose.cue) == "According to"
