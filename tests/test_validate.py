"""SHACL: a good graph conforms; broken ones give readable violations."""

from __future__ import annotations

from rdflib import XSD, Graph, Literal, URIRef

from kg.graph import NKG, union_graph
from kg.validate import validate_graph
from tests.test_graph import extraction

STATEMENT = URIRef("https://w3id.org/news-kg/id/statement/d1-s1")
EVENT = URIRef("https://w3id.org/news-kg/id/event/d1-e1")


def good() -> Graph:
    """The union of the graphs a store holds for the article."""
    return union_graph([extraction()])


def test_good_graph_conforms() -> None:
    assert validate_graph(good()) == []


def test_statement_without_kind_and_with_two_speakers_is_reported() -> None:
    graph = good()
    graph.remove((STATEMENT, NKG.kind, None))
    graph.add((STATEMENT, NKG.speaker, URIRef("https://w3id.org/news-kg/id/org/bidco")))
    messages = {(v.focus, v.message) for v in validate_graph(graph)}
    assert (str(STATEMENT), 'A statement\'s nkg:kind is "direct", "indirect" or "mixed".') in messages
    assert (str(STATEMENT), "A statement has at most one speaker, an entity.") in messages


def test_event_with_a_bad_date_is_reported() -> None:
    graph = good()
    graph.remove((EVENT, NKG.date, None))
    graph.add((EVENT, NKG.date, Literal("last week", datatype=XSD.string)))
    [violation] = validate_graph(graph)
    assert violation.focus == str(EVENT)
    assert violation.message == "An event's nkg:date is an xsd:date, xsd:gYearMonth or xsd:gYear."
    assert str(violation).startswith("Violation: https://w3id.org/news-kg/id/event/d1-e1")
