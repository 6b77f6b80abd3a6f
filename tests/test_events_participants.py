"""Who takes part in an event, and the claims the article reports: sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.events import find_events
from kg.pipeline import extract_doc
from kg.records import Article, DocumentInfo, Extraction
from tests.event_helpers import event_in, words

pytestmark = pytest.mark.model


def extraction_of(nlp: Language, text: str) -> Extraction:
    return extract_doc(nlp(text), Article("t.txt", text, DocumentInfo("t")))


def test_a_possessive_on_the_object_is_not_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "The coach announced his retirement on Friday.")
    event = event_in(x.events, "announced")
    assert words(event.target) == "retirement"
    assert event.target is not None and event.target.id is None


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "target"),
    [
        ("The court delayed the banker's arrest.", "arrest", None, "the banker"),
        ("The senator's dismissal shocked the party.", "dismissal", None, "The senator"),
        ("The army's arrest of the mayor angered residents.", "arrest", "The army", "the mayor"),
        ("Nokia's launch of the tablet surprised analysts.", "launch", "Nokia", "the tablet"),
    ],
)
def test_the_owner_of_an_event_noun_is_its_patient_or_its_agent(nlp, text, trigger, agent, target) -> None:  # type: ignore[no-untyped-def]
    event = event_in(find_events(nlp(text)), trigger)
    assert (words(event.agent), words(event.target)) == (agent, target)


def test_an_owner_is_no_target_of_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "Lufthansa will almost triple its routes to Brazil next year.")
    loops = [e for e in x.events if e.agent and e.target and e.agent.id and e.agent.id == e.target.id]
    assert loops == []


def test_a_reflexive_keeps_its_agent_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "Senator Jane Doe criticized herself in the debate.")
    event = event_in(x.events, "criticized")
    assert event.agent and event.target and event.agent.id is not None
    assert event.agent.id == event.target.id


def test_a_described_name_acts_by_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    events = find_events(nlp("Jane Roe, formerly an Acme executive overseeing hardware design, resigned."))
    assert words(event_in(events, "overseeing").agent) == "Jane Roe"


def test_a_place_one_is_in_is_not_who_meets(nlp) -> None:  # type: ignore[no-untyped-def]
    events = find_events(nlp("The head of the agency is in Peru meeting with ministers."))
    assert all(words(e.agent) != "Peru" for e in events)


def test_a_document_that_says_is_a_statement_not_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "A police complaint said the driver hit the cyclist.")
    assert [e for e in x.events if e.trigger.text == "complaint"] == []
    assert [s.cue.text for s in x.statements if s.cue] == ["said"]


def test_a_bodys_document_that_says_is_the_bodys_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "A Norbank complaint said the driver hit the cyclist.")
    [statement] = x.statements
    labels = {a.id: a.label for a in x.actors}
    assert statement.speaker is not None and labels[statement.speaker] == "Norbank"


def test_a_passive_report_has_no_speaker_in_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "The loan was revealed only two days before the deadline that it had been made.")
    assert all(s.speaker_mention is None for s in x.statements)


def test_an_event_told_in_a_statement_is_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "The spokesman said the rebels attacked the convoy.")
    event = event_in(x.events, "attacked")
    assert (event.factuality, event.factuality_cue) == ("reported", "said")
    assert event.reported_by == x.statements[0].id


def test_a_stronger_value_wins_over_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    x = extraction_of(nlp, "The spokesman said the rebels did not attack the convoy.")
    event = event_in(x.events, "attack")
    assert event.factuality == "negated" and event.reported_by is not None


@pytest.mark.parametrize(
    ("text", "trigger", "agent"),
    [
        ("Central Park welcomed the marchers on Sunday.", "welcomed", None),
        ("The Kremlin rejected the proposal.", "rejected", "The Kremlin"),
        ("France rejected the proposal.", "rejected", "France"),
    ],
)
def test_a_place_acts_only_as_a_government(nlp, text, trigger, agent) -> None:  # type: ignore[no-untyped-def]
    assert words(event_in(find_events(nlp(text)), trigger).agent) == agent
