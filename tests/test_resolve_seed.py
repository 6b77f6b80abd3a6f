"""The seed article end to end: one node per actor, equipment, place and country as the issue asks."""

from __future__ import annotations

import pytest

from kg.records import Actor, Extraction

pytestmark = pytest.mark.model


def actor_with(extraction: Extraction, text: str) -> Actor:
    hits = [a for a in extraction.actors if any(m.text == text for m in a.mentions)]
    assert len(hits) == 1, f"{text!r} is a mention of {[a.id for a in hits]}"
    return hits[0]


def texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


def test_people_are_one_node_each(seed_extraction: Extraction) -> None:
    ryder = actor_with(seed_extraction, "Pat Ryder")
    assert ryder.id == "person/pat-ryder" and ryder.label == "Pat Ryder" and "He" in texts(ryder)
    assert any("press secretary" in r for r in ryder.roles)
    vanherck = actor_with(seed_extraction, "Glen VanHerck")
    assert (
        vanherck.id == "person/glen-vanherck"
        and "He" in texts(vanherck)
        and "Commander of U.S. Northern Command" in texts(vanherck)
    )
    austin = actor_with(seed_extraction, "Lloyd Austin")
    assert austin.id == "person/lloyd-austin" and texts(austin).count("Lloyd Austin") == 2
    wei = actor_with(seed_extraction, "Wei Fenghe")
    assert wei.id == "person/wei-fenghe" and texts(wei).count("Wei Fenghe") == 2
    assert "his counterpart" in texts(wei) and "Minister" not in texts(wei)
    people = {
        a.id for a in seed_extraction.actors if a.type == "Person" and a.label in ("Secretary", "Minister")
    }
    assert not people


def test_organizations(seed_extraction: Extraction) -> None:
    pentagon = actor_with(seed_extraction, "Pentagon")
    assert (pentagon.id, pentagon.wikidata, pentagon.type) == ("org/pentagon", "Q11209", "Organization")
    ministry = actor_with(seed_extraction, "the ministry")
    assert "Ministry of Foreign Affairs" in texts(ministry) and "It" in texts(ministry)
    assert ministry.id == "org/china-ministry-of-foreign-affairs"
    lab = actor_with(seed_extraction, "the FBI Laboratory")
    assert lab.type == "Organization" and lab.id == "org/fbi-laboratory"
    command = actor_with(seed_extraction, "U.S. Northern Command")
    assert command.id == "org/us-northern-command"  # its country is in its name, not prefixed again


def test_china_with_its_other_names(seed_extraction: Extraction) -> None:
    china = actor_with(seed_extraction, "Beijing")
    assert (china.id, china.type, china.label) == ("country/china", "Country", "China")
    assert {"Beijing", "PRC"} <= set(china.aliases)
    assert "PRC" in texts(china) and "China" in texts(china)


def test_equipment_and_place(seed_extraction: Extraction) -> None:
    balloon = actor_with(seed_extraction, "the balloon")
    assert (balloon.id, balloon.type) == ("equipment/balloon", "Equipment")
    jet = actor_with(seed_extraction, "F-22 Raptor")
    assert (jet.id, jet.label, jet.type) == ("equipment/f-22-raptor", "F-22 Raptor", "Equipment")
    assert actor_with(seed_extraction, "Sidewinder").type == "Equipment"
    ocean = actor_with(seed_extraction, "the Atlantic Ocean")
    assert (ocean.id, ocean.type) == ("place/atlantic-ocean", "Place")


def test_speakers_resolve_to_the_nodes(seed_extraction: Extraction) -> None:
    speakers = {s.speaker_mention.text: s.speaker for s in seed_extraction.statements if s.speaker_mention}
    if "Pentagon press secretary Gen. Pat Ryder" in speakers:
        assert speakers["Pentagon press secretary Gen. Pat Ryder"] == "person/pat-ryder"
    if "the ministry" in speakers:
        assert speakers["the ministry"] == "org/china-ministry-of-foreign-affairs"
    assert "person/pat-ryder" in speakers.values()
