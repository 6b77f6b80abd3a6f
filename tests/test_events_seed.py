"""The seed article end to end: the declined request, the shoot-down and what followed."""

from __future__ import annotations

import pytest

from kg.records import Event
from tests.event_helpers import words

pytestmark = pytest.mark.model


def find(extraction, trigger: str, sentence_words: str | None = None) -> list[Event]:  # type: ignore[no-untyped-def]
    found = [e for e in extraction.events if e.trigger.text == trigger]
    if sentence_words is not None:
        found = [e for e in found if sentence_words in _sentence(extraction, e)]
    assert found, f"no event {trigger!r}"
    return found


def _sentence(extraction, event: Event) -> str:  # type: ignore[no-untyped-def]
    return next(s.text for s in extraction.sentences if s.start <= event.trigger.start < s.end)


def test_the_request_for_the_call_and_its_rejection(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    rejected = find(seed_extraction, "rejected")[0]
    request = find(seed_extraction, "request", "rejected")[0]
    assert rejected.root == "REJECT" and words(rejected.agent) == "China"
    assert request.root == "APPEAL" and words(request.agent) == "Washington"
    # the rejection's target is the requester; the request's target the one who rejected it
    assert rejected.target is not None and request.agent is not None and request.target is not None
    assert rejected.target.id is not None and rejected.target.id == request.agent.id
    assert rejected.agent is not None and request.target.id == rejected.agent.id
    declined = find(seed_extraction, "declined", "PRC")[0]
    assert (words(declined.agent), words(declined.target)) == ("the PRC", "our")


def test_the_shoot_down(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    event = find(seed_extraction, "bring down")[0]
    assert (event.type, event.root, event.label) == ("SHOOT_DOWN", "FIGHT", "brought down")
    assert words(event.agent) == "The U.S."
    assert words(event.target) == "the balloon"
    assert words(event.means) == "an F-22 Raptor aircraft"
    assert words(event.instrument) == "a Sidewinder missile"
    assert event.date == "2023-02-04"  # from "This was early Saturday afternoon."
    assert not event.negated


def test_the_plunge_into_the_atlantic(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    event = find(seed_extraction, "plunged")[0]
    assert words(event.target) == "the balloon"
    assert event.place is not None and "Atlantic" in event.place.mention.text


def test_the_balloons_entry(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    event = find(seed_extraction, "entered", "Jan. 28")[0]
    assert event.type == "ENTER" and event.date == "2023-01-28"


def test_recovery_by_divers_and_analysis_at_the_laboratory(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    retrieve = find(seed_extraction, "retrieve")[0]
    assert (retrieve.type, words(retrieve.agent)) == ("RECOVER", "Navy divers")
    analyzed = find(seed_extraction, "analyzed")[0]
    assert analyzed.root == "INVESTIGATE"
    assert words(analyzed.agent) == "the FBI Laboratory"


def test_negated_release_and_statement_link(seed_extraction) -> None:  # type: ignore[no-untyped-def]
    release = find(seed_extraction, "release")[0]
    assert release.factuality == "negated" and release.modality == "did not agree to"
    assert not release.negated  # its own clause is positive: the agreeing is what the text negates
    rejected = find(seed_extraction, "rejected")[0]
    assert rejected.reported_by is not None  # told inside the Pentagon's statement
