"""Small helpers the event tests share: find an event by its trigger, the words of an argument."""

from __future__ import annotations

from kg.records import Event


def event_in(events: list[Event], trigger: str) -> Event:
    """The first event whose trigger is these words; fails the test, listing the triggers, if none is."""
    found = [e for e in events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in events]}"
    return found[0]


def words(arg) -> str | None:  # type: ignore[no-untyped-def]
    """The words of an argument's mention, or None for no argument."""
    return arg.mention.text if arg is not None else None
