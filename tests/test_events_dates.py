"""Attaching dates to events: clause, sentence, and a following date-only sentence (hand-made times)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.events import attach_dates, find_events
from kg.records import Event, TimeExpression

pytestmark = pytest.mark.model


def time_of(text: str, words: str, value: str | None, nth: int = 0) -> TimeExpression:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return TimeExpression(start, start + len(words), words, value)


def dated(nlp: Language, text: str, times: list[TimeExpression]) -> dict[str, Event]:
    doc = nlp(text)
    events = find_events(doc)
    attach_dates(doc, events, times)
    return {e.trigger.text: e for e in events}


def test_date_of_the_triggers_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday the rebels attacked the town, and the army recaptured it on Friday."
    times = [time_of(text, "Monday", "2024-03-04"), time_of(text, "Friday", "2024-03-08")]
    events = dated(nlp, text, times)
    assert events["attacked"].date == "2024-03-04"
    assert events["recaptured"].date == "2024-03-08"
    assert (
        events["recaptured"].date_mention is not None and events["recaptured"].date_mention.text == "Friday"
    )


def test_sentence_date_when_the_clause_has_none(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "After the rebels shelled the port, police evacuated the village on Tuesday."
    events = dated(nlp, text, [time_of(text, "Tuesday", "2024-05-07")])
    assert events["evacuated"].date == "2024-05-07"
    assert events["shelled"].date == "2024-05-07"


def test_a_date_only_sentence_dates_the_previous_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The navy sank the ship with a torpedo. This was early Sunday morning. Then the storm ended."
    events = dated(nlp, text, [time_of(text, "early Sunday morning", "2024-06-02")])
    assert events["sank"].date == "2024-06-02"


def test_a_sentence_with_more_than_a_date_dates_only_itself(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The navy sank the ship with a torpedo. The admiral resigned on Sunday."
    events = dated(nlp, text, [time_of(text, "Sunday", "2024-06-02")])
    assert events["sank"].date is None
    assert events["resigned"].date == "2024-06-02"


def test_date_of_the_report_is_not_the_date_of_the_reported_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry said on Tuesday that the army had bombed the bridge."
    events = dated(nlp, text, [time_of(text, "Tuesday", "2024-05-07")])
    assert events["bombed"].date is None


def test_unnormalized_times_and_dated_events_are_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Weeks later the company sold the plant."
    doc = nlp(text)
    events = find_events(doc)
    attach_dates(doc, events, [time_of(text, "Weeks later", None)])
    assert [e.date for e in events] == [None]
    events[0].date = "2020"
    attach_dates(doc, events, [TimeExpression(0, 5, "Weeks", "2021")])
    assert events[0].date == "2020"
