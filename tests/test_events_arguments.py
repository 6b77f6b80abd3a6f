"""Which words an event's agent and target are: sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.extract.events import find_events
from tests.event_helpers import event_in

pytestmark = pytest.mark.model


def roles(nlp, text: str, trigger: str) -> tuple[str | None, str | None]:  # type: ignore[no-untyped-def]
    event = event_in(find_events(nlp(text)), trigger)
    return (
        event.agent.mention.text if event.agent else None,
        event.target.mention.text if event.target else None,
    )


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The board received criticism from investors.", "received", None),
        ("The ministry declined the request.", "declined", None),
        ("The union condemned the rebels' attack.", "condemned", "the rebels"),
    ],
)
def test_an_event_without_its_own_agent_is_no_target(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert roles(nlp, text, trigger)[1] == target


def test_jobs_are_no_participant_but_a_name_is(nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles(nlp, "The brewery will cut 400 jobs next spring.", "cut") == ("The brewery", None)
    assert roles(nlp, "Gloria Jobs defeated the incumbent in the primary.", "defeated")[0] == "Gloria Jobs"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The tractors Agrico sells are cheap.", "sells", "The tractors"),
        ("The town where Agrico sells tractors is small.", "sells", "tractors"),
    ],
)
def test_a_relative_clause_with_its_own_subject_is_about_its_object(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert roles(nlp, text, trigger) == ("Agrico", target)


def test_a_gap_in_an_embedded_clause_is_not_the_outer_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    events = find_events(nlp("The farms Agrico intends to acquire are large."))
    assert all(
        not (e.target and e.target.mention.text == "The farms") for e in events if e.trigger.text == "intends"
    )


def test_a_headline_in_the_past_tense_is_a_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Hardcastle appointed as Vantor chief\n\nVantor named Tom Hardcastle as chairman."
    events = find_events(nlp(text))
    headline = event_in(events, "appointed") if any(e.trigger.text == "appointed" for e in events) else None
    assert headline is None or headline.agent is None
    body = "Vantor appointed Tom Hardcastle as chairman on Monday."
    assert roles(nlp, body, "appointed") == ("Vantor", "Tom Hardcastle")


def test_a_named_body_after_of_makes_the_offer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        roles(nlp, "The offer of Harlow Capital for the plant was rejected.", "offer")[0] == "Harlow Capital"
    )
    assert roles(nlp, "The arrest of Jane Roe shocked the town.", "arrest") == (None, "Jane Roe")


def test_a_person_parsed_as_a_predicate_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The largest bank Corvex today named Ann Price as its new chair."
    assert roles(nlp, text, "named") == ("The largest bank Corvex", "Ann Price")


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "target"),
    [
        ("The pilot underwent surgery on Tuesday.", "underwent", None, "The pilot"),
        ("Jane Roe suffered a broken arm.", "suffered", None, "Jane Roe"),
    ],
)
def test_a_patient_verb_has_its_subject_as_target(nlp, text, trigger, agent, target) -> None:  # type: ignore[no-untyped-def]
    assert roles(nlp, text, trigger) == (agent, target)


def test_what_is_used_to_act_is_not_the_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A stolen truck was used to attack the embassy."
    assert roles(nlp, text, "attack")[0] is None


def test_a_quoted_command_has_no_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    events = find_events(nlp('The coach shouted, "Attack the goalkeeper!"'))
    assert all(e.agent is None for e in events if e.trigger.text == "Attack")


def test_a_demonstrative_is_no_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles(nlp, "Greenpeace opposed this.", "opposed") == ("Greenpeace", None)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, the chief of Norbank, which sued Vantor last year, resigned.",
        "A spokesman for Norbank, which sued Vantor last year, would not comment.",
    ],
)
def test_which_stands_for_the_body_not_the_person(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert roles(nlp, text, "sued")[0] == "Norbank, which"


def test_an_actor_object_acts_in_the_infinitive(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister expected Norbank to sue Vantor."
    assert roles(nlp, text, "sue") == ("Norbank", "Vantor")


def test_an_object_does_not_act_in_a_purpose_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Lee shrugged off her Danish rival to win the final."
    assert roles(nlp, text, "win")[0] == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Vantor copied Norbank's offer.", "copied", None),
        ("Vantor rejected Norbank's offer.", "rejected", "Norbank"),
        ("Norbank's sales fell sharply.", "fell", None),
    ],
)
def test_an_event_as_object_is_its_agent_only_for_an_interaction(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert roles(nlp, text, trigger)[1] == target


def test_a_name_given_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vantor is launching a free service to let people write diaries, or online notes, "
    text += "called Norbank Pages."
    assert all(e.target is None or "Pages" not in e.target.mention.text for e in find_events(nlp(text)))


def test_what_is_told_is_no_target_even_a_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert roles(nlp, "Norbank announced a loan.", "announced") == ("Norbank", None)
    assert roles(nlp, "Norbank approved a loan.", "approved")[1] == "a loan"
