"""Event triggers, types and arguments, over sentences written for the tests (real model)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.events import find_events
from kg.records import Event
from tests.event_helpers import words

pytestmark = pytest.mark.model


def events_of(nlp: Language, text: str) -> list[Event]:
    return find_events(nlp(text))


def event_with(nlp: Language, text: str, trigger: str) -> Event:
    found = [e for e in events_of(nlp, text) if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in events_of(nlp, text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "fine", "root", "agent", "target"),
    [
        (
            "The rebels attacked the convoy near the border.",
            "attacked",
            "ATTACK",
            "ASSAULT",
            "The rebels",
            "the convoy",
        ),
        (
            "Germany criticized the new law.",
            "criticized",
            "CRITICIZE",
            "DISAPPROVE",
            "Germany",
            "the new law",
        ),
        (
            "The ministry rejected the proposal.",
            "rejected",
            "REJECT",
            "REJECT",
            "The ministry",
            "the proposal",
        ),
        ("Police arrested two protesters.", "arrested", "ARREST", "COERCE", "Police", "two protesters"),
        ("The jets shot down a drone.", "shot down", "SHOOT_DOWN", "FIGHT", "The jets", "a drone"),
        (
            "The president met with the union leaders.",
            "met",
            "MEET",
            "CONSULT",
            "The president",
            "the union leaders",
        ),
        (
            "Oracle acquired a small software maker.",
            "acquired",
            "ACQUIRE",
            "OTHER",
            "Oracle",
            "a small software maker",
        ),
        ("The senators urged the agency to act.", "urged", "URGE", "APPEAL", "The senators", "the agency"),
        (
            "The government sanctioned three banks.",
            "sanctioned",
            "SANCTION",
            "REDUCE_RELATIONS",
            "The government",
            "three banks",
        ),
    ],
)
def test_verb_triggers_types_and_roles(nlp, text, trigger, fine, root, agent, target) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, text, trigger)
    assert (event.type, event.root) == (fine, root)
    assert (words(event.agent), words(event.target)) == (agent, target)


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "target"),
    [
        ("The envoy was expelled by the ministry.", "expelled", "the ministry", "The envoy"),
        ("Two soldiers were killed by a roadside bomb.", "killed", "a roadside bomb", "Two soldiers"),
        ("The suspect was arrested on Monday.", "arrested", None, "The suspect"),
    ],
)
def test_passive_swaps_subject_and_by_phrase(nlp, text, trigger, agent, target) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, text, trigger)
    assert (words(event.agent), words(event.target)) == (agent, target)


@pytest.mark.parametrize(
    ("text", "trigger", "instrument", "means", "place"),
    [
        ("The army used drones to attack the base.", "attack", "drones", "drones", None),
        ("The navy destroyed the boat with a torpedo.", "destroyed", "a torpedo", None, None),
        ("Police dispersed the crowd using tear gas.", "dispersed", "tear gas", None, None),
        ("The fighter jets bombed the airport in Kabul.", "bombed", None, "The fighter jets", "Kabul"),
        ("The balloon drifted over the Pacific Ocean.", "drifted", None, None, "the Pacific Ocean"),
    ],
)
def test_instrument_means_and_place(nlp, text, trigger, instrument, means, place) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, text, trigger)
    assert words(event.instrument) == instrument
    assert words(event.means) == means
    assert words(event.place) == place


def test_used_to_gives_agent_means_and_target(nlp) -> None:  # type: ignore[no-untyped-def]
    event = event_with(
        nlp, "The coalition used a warplane to bring down the drone using a missile.", "bring down"
    )
    assert (event.type, event.root) == ("SHOOT_DOWN", "FIGHT")
    assert words(event.agent) == "The coalition"
    assert words(event.target) == "the drone"
    assert words(event.means) == "a warplane"
    assert words(event.instrument) == "a missile"
    assert event.modality is None  # "used ... to" is a means, not a modality


@pytest.mark.parametrize(
    ("text", "trigger", "factuality", "negated", "modality"),
    [
        ("The council did not agree to lift the ban.", "lift", "negated", False, "did not agree to"),
        ("The company refused to pay the fine.", "pay", "negated", False, "refused to"),
        ("The rebels would accept a ceasefire.", "accept", "modal", False, "would"),
        ("The firm plans to buy a rival.", "buy", "intended", False, "plans to"),
        ("The army did not attack the town.", "attack", "negated", True, None),
        ("The army attacked the town.", "attacked", "asserted", False, None),
        ("The army will attack the town.", "attack", "future", False, "will"),
        ("The union won't accept the offer.", "accept", "negated", True, "will"),
        ("The navy may stop the ship or board it.", "board", "modal", False, "may"),
        ("The pilot never bombed or shelled the village.", "shelled", "negated", True, None),
        ("The envoy urged the rebels to release the hostages.", "release", "requested", False, "urged to"),
        (
            "The mayor asked that the police refrain from arresting the marchers.",
            "arresting",
            "negated",
            False,
            "refrain from",
        ),
        (
            "The league is hoping to punish the club and expel its owner.",
            "expel",
            "intended",
            False,
            "is hoping to",
        ),
        ("If the rebels attack the convoy, the army will respond.", "attack", "conditional", False, None),
        ("The fleet sailed north to intercept the tanker.", "intercept", "intended", False, "to"),
        ("The union called for talks with the owners.", "talks", "requested", False, "called"),
        ("No charges were filed against the driver.", "filed", "negated", True, None),
        ("The guards detained the men without charging them.", "charging", "negated", True, None),
        ("They are not going to attack the port.", "attack", "negated", True, None),
        ("Workers should not have to pay the fee.", "pay", "modal", True, "should"),
        ("Its rivals not only sued the firm but fined it.", "sued", "asserted", False, None),
        ("The coach denied reports that he insulted the referee.", "insulted", "negated", False, "denied"),
        ("Ministers want the right to expel the diplomats.", "expel", "modal", False, "right to"),
        ("Toyota to cut 500 jobs at its Derby plant", "cut", "future", False, None),
        ("The troops will withdraw when the monitors arrive in the city.", "arrive", "future", False, None),
        ("The troops withdrew when the monitors arrived in the city.", "arrived", "asserted", False, None),
        ("Nobody knows whether the rebels attacked the convoy.", "attacked", "modal", False, None),
    ],
)
def test_factuality_negation_and_modality(nlp, text, trigger, factuality, negated, modality) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, text, trigger)
    assert (event.factuality, event.negated, event.modality) == (factuality, negated, modality)


def test_refusal_is_itself_a_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, "The company refused to pay the fine.", "refused")
    assert event.root == "REJECT" and words(event.agent) == "The company"


def test_declined_request_is_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    found = events_of(nlp, "The ministry declined Germany's request for talks.")
    reject = next(e for e in found if e.trigger.text == "declined")
    appeal = next(e for e in found if e.trigger.text == "request")
    assert (appeal.root, words(appeal.agent), words(appeal.target)) == ("APPEAL", "Germany", "The ministry")
    assert (reject.root, words(reject.agent), words(reject.target)) == ("REJECT", "The ministry", "Germany")


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Germany criticized the tariffs.", "criticized", None),
        ("The union condemned the rebels' attack.", "condemned", "the rebels"),
        ("The company announced the launch.", "announced", None),
    ],
)
def test_an_event_done_to_an_event(nlp, text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    assert words(event_with(nlp, text, trigger).target) == target


@pytest.mark.parametrize(
    ("text", "trigger", "fine", "agent", "target"),
    [
        ("China's rejection of the envoy surprised no one.", "rejection", "REJECT", "China", "the envoy"),
        ("The invasion of Kuwait began in August.", "invasion", "INVADE", None, "Kuwait"),
        (
            "The rebels launched an attack on the garrison.",
            "launched an attack",
            "ATTACK",
            "The rebels",
            "the garrison",
        ),
        ("The two leaders held talks with the envoy.", "held talks", "TALK", "The two leaders", "the envoy"),
        ("Moscow condemned the balloon shootdown.", "shootdown", "SHOOT_DOWN", None, "balloon"),
    ],
)
def test_noun_and_light_verb_triggers(nlp, text, trigger, fine, agent, target) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, text, trigger)
    assert event.type == fine
    assert (words(event.agent), words(event.target)) == (agent, target)


@pytest.mark.parametrize(
    ("text", "trigger", "fine", "label"),
    [
        ("The startup hired a famous chef.", "hired", "HIRE", "hired"),
        ("The regulator fined the airline.", "fined", "FINE", "fined"),
        ("The committee questioned the witness.", "questioned", "QUESTION", "questioned"),
        ("The artist painted the mayor.", "painted", "PAINT", "painted"),
        ("The students will mentor the newcomers.", "mentor", "MENTOR", "mentored"),
        ("The coach handed over the trophy.", "handed over", "HAND_OVER", "handed over"),
    ],
)
def test_interactions_outside_the_lexicon_are_other(nlp, text, trigger, fine, label) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, text, trigger)
    assert event.type == fine and event.label == label
    if fine in ("PAINT", "MENTOR"):
        assert event.root == "OTHER"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that the talks had failed.",
        "Analysts believe the merger will go ahead.",
        "The official told reporters that the plan was dead.",
        "The company was large.",
        "The company has three factories.",
    ],
)
def test_statement_cues_and_bare_verbs_are_not_events(nlp, text) -> None:  # type: ignore[no-untyped-def]
    cue_words = {"said", "believe", "told", "was", "has"}
    assert not [e for e in events_of(nlp, text) if e.trigger.text in cue_words]


def test_announcing_a_product_is_an_event_but_announcing_a_clause_is_a_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    assert event_with(nlp, "Sony announced a new camera.", "announced").type == "ANNOUNCE"
    assert not events_of(nlp, "Sony announced that it would close the plant.")[:1] or all(
        e.trigger.text != "announced" for e in events_of(nlp, "Sony announced that it would close the plant.")
    )


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "target"),
    [
        ("The troops entered the city and seized the airport.", "seized", "The troops", "the airport"),
        ("The firm that bought the mine sold it a year later.", "bought", "The firm that", "the mine"),
        ("Prices fell sharply.", "fell", None, "Prices"),
    ],
)
def test_shared_subjects_relatives_and_unaccusatives(nlp, text, trigger, agent, target) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, text, trigger)
    assert (words(event.agent), words(event.target)) == (agent, target)


def test_nested_report_keeps_the_reported_event(nlp) -> None:  # type: ignore[no-untyped-def]
    found = events_of(nlp, "The spokesman said the army had bombed the bridge.")
    assert [(e.trigger.text, words(e.agent), words(e.target)) for e in found] == [
        ("bombed", "the army", "the bridge")
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "agent", "target"),
    [
        ("The carmaker posted a loss.", "posted", "The carmaker", None),
        ("The carmaker posted a record profit.", "posted", "The carmaker", None),
        ("While visiting Paris, the minister met the mayor.", "visiting", "the minister", "Paris"),
        ("Ford's decision to close the plant angered the union.", "close", "Ford", "the plant"),
        ("The bank was accused of hiding losses.", "accused", None, "The bank"),
        ("Mayor appointed as ambassador", "appointed", None, "Mayor"),
    ],
)
def test_participants_from_the_wider_parse(nlp, text, trigger, agent, target) -> None:  # type: ignore[no-untyped-def]
    event = event_with(nlp, text, trigger)
    assert (words(event.agent), words(event.target)) == (agent, target)
