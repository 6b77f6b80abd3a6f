"""Affiliations: a title or an apposition ties a person to the body they speak for; a role with a
country makes the body the text does not name; a statement speaks for its speaker's side. Short texts
written for the tests, run through the real extraction, and the seed article end to end."""

from __future__ import annotations

import pytest
from rdflib import Graph
from spacy.language import Language

from kg.graph import NKG, article_graph, entity_iri, union_graph
from kg.ingest import document_id
from kg.pipeline import extract_doc
from kg.records import Actor, Article, DocumentInfo, Extraction
from kg.resolve.affiliations import body_of_role
from kg.validate import validate_graph

pytestmark = pytest.mark.model


def extract(nlp: Language, text: str) -> Extraction:
    article = Article("test.txt", text, DocumentInfo(document_id(text)))
    return extract_doc(nlp(text), article)


def actor(extraction: Extraction, words: str) -> Actor:
    found = [a for a in extraction.actors if any(m.text == words for m in a.mentions)]
    assert len(found) == 1, f"{words!r}: {[a.id for a in found]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Boeing spokesman Tom Brill said the jets were safe.", "Tom Brill", "Boeing"),
        ("Jane Fowler of Westfield Bank said rates would rise.", "Jane Fowler", "Westfield Bank"),
        (
            "Anita Rao, an analyst with the Hudson Institute, said talks had stalled.",
            "Anita Rao",
            "the Hudson Institute",
        ),
    ],
)
def test_a_title_or_apposition_ties_a_person_to_a_body(
    nlp: Language, text: str, person: str, body: str
) -> None:
    extraction = extract(nlp, text)
    member, organization = actor(extraction, person), actor(extraction, body)
    ties = {a.body: a for a in member.member_of}
    assert organization.id in ties
    evidence = ties[organization.id].evidence
    assert evidence is not None and person in evidence.text and body in evidence.text


def test_the_statement_speaks_for_the_speakers_body(nlp: Language) -> None:
    extraction = extract(nlp, "Jane Fowler of Westfield Bank said rates would rise.")
    bank = actor(extraction, "Westfield Bank")
    assert [s.on_behalf_of for s in extraction.statements] == [bank.id]


def test_a_role_with_a_country_makes_the_body(nlp: Language) -> None:
    text = "The envoy met Minister of Foreign Trade Li Qiang (China) in Geneva on Monday."
    extraction = extract(nlp, text)
    li = actor(extraction, "Li Qiang")
    bodies = {a.id: a for a in extraction.actors}
    [tie] = li.member_of
    ministry = bodies[tie.body]
    assert (ministry.type, ministry.label) == ("Organization", "China Ministry of Foreign Trade")
    assert [a.body for a in ministry.member_of] == ["country/china"]
    graph = union_graph([extraction])  # the edge is in the entities graph, its affiliation in the article's
    assert (entity_iri(li.id), NKG.memberOf, entity_iri(ministry.id)) in graph
    assert (None, NKG.member, entity_iri(li.id)) in article_graph(extraction, Graph())
    assert validate_graph(graph) == []


def test_a_role_names_its_body_only_when_it_heads_one() -> None:
    assert body_of_role("Minister of National Defense") == "Ministry of National Defense"
    assert body_of_role("Secretary of State") == "Department of State"
    assert body_of_role("press secretary") is None
    assert body_of_role("Gen.") is None


def test_seed_ties(seed_extraction: Extraction) -> None:
    by_id = {a.id: a for a in seed_extraction.actors}
    ryder, wei = by_id["person/pat-ryder"], by_id["person/wei-fenghe"]
    assert [a.body for a in ryder.member_of] == ["org/pentagon"]
    ministry = by_id[wei.member_of[0].body]
    assert ministry.id == "org/china-ministry-of-national-defense" and ministry.type == "Organization"
    assert "country/china" in [a.body for a in ministry.member_of]
    sides = {s.on_behalf_of for s in seed_extraction.statements if s.speaker == "person/pat-ryder"}
    assert sides == {"org/pentagon"}
