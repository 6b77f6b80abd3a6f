"""The RDF mapping, compared with rdflib.compare.isomorphic on hand-made records."""
# ruff: noqa: E501

from __future__ import annotations

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph import article_graph, relation_iri
from kg.records import Actor, Argument, DocumentInfo, Event, Extraction, Span, Statement

TEXT = "Acme said it rejected the bid."


def extraction() -> Extraction:
    acme = Actor("org/acme", "Acme", "Organization", mentions=[Span(0, 4, "Acme")])
    bidco = Actor("org/bidco", "Bidco", "Organization", mentions=[Span(26, 29, "bid")])
    return Extraction(
        source_path="a.txt",
        document=DocumentInfo(id="d1", title="T", date="2024-01-02"),
        text=TEXT,
        actors=[acme, bidco],
        statements=[
            Statement(
                "d1-s1",
                Span(10, 29, "it rejected the bid"),
                "indirect",
                Span(0, 4, "Acme"),
                Span(5, 9, "said"),
                speaker="org/acme",
            )
        ],
        events=[
            Event(
                "d1-e1",
                "REJECT",
                "REJECT",
                "rejected",
                Span(13, 21, "rejected"),
                agent=Argument(Span(10, 12, "it"), "org/acme"),
                target=Argument(Span(26, 29, "bid"), "org/bidco"),
                date="2024-01",
                reported_by="d1-s1",
                factuality="reported",
                factuality_cue="said",
            )
        ],
        sentences=[Span(0, len(TEXT), TEXT)],
    )


EXPECTED = """
@prefix nkg: <https://w3id.org/news-kg/ontology#> .
@prefix nkgt: <https://w3id.org/news-kg/event-type/> .
@prefix id: <https://w3id.org/news-kg/id/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:doc\\/d1 a nkg:Document ; dcterms:title "T" ; dcterms:date "2024-01-02"^^xsd:date ; nkg:sourcePath "a.txt" .
id:org\\/acme a nkg:Organization ; rdfs:label "Acme" ; nkg:mentionedIn id:doc\\/d1 ;
    nkg:evidence <https://w3id.org/news-kg/id/evidence/d1/0-4> ;
    nkg:said id:statement\\/d1-s1 ; nkg:rejected id:org\\/bidco .
id:org\\/bidco a nkg:Organization ; rdfs:label "Bidco" ; nkg:mentionedIn id:doc\\/d1 ;
    nkg:evidence <https://w3id.org/news-kg/id/evidence/d1/26-29> .
id:statement\\/d1-s1 a nkg:Statement ; nkg:content "it rejected the bid" ; nkg:kind "indirect" ;
    nkg:cue "said" ; nkg:speaker id:org\\/acme ; dcterms:source id:doc\\/d1 ;
    nkg:evidence <https://w3id.org/news-kg/id/evidence/d1/10-29> .
id:event\\/d1-e1 a nkg:Event ; nkg:eventType nkgt:REJECT ; nkg:trigger "rejected" ; nkg:negated false ;
    nkg:agent id:org\\/acme ; nkg:target id:org\\/bidco ; nkg:date "2024-01"^^xsd:gYearMonth ;
    nkg:reportedBy id:statement\\/d1-s1 ; nkg:factuality "reported" ; nkg:factualityCue "said" ; dcterms:source id:doc\\/d1 ;
    nkg:evidence <https://w3id.org/news-kg/id/evidence/d1/13-21> .
nkgt:REJECT nkg:relation nkg:rejected .
nkg:rejected a owl:ObjectProperty ; rdfs:label "rejected" ; rdfs:subPropertyOf nkg:interaction .
"""


def spans_ttl() -> str:
    out = []
    for start, end, text in [
        (0, 4, "Acme"),
        (26, 29, "bid"),
        (10, 29, "it rejected the bid"),
        (13, 21, "rejected"),
    ]:
        out.append(
            f"<https://w3id.org/news-kg/id/evidence/d1/{start}-{end}> a nkg:Evidence ; nif:beginIndex {start} ; "
            f'nif:endIndex {end} ; nif:anchorOf "{text}" ; nkg:inDocument id:doc\\/d1 ; nkg:sentence "{TEXT}" .'
        )
    return "\n".join(out)


def test_article_graph_is_the_expected_rdf() -> None:
    expected = Graph().parse(data=EXPECTED + spans_ttl(), format="turtle")
    assert isomorphic(article_graph(extraction()), expected)


def test_negated_event_keeps_its_node_but_gets_no_direct_edge() -> None:
    x = extraction()
    x.events[0].negated = True
    graph = article_graph(x)
    assert list(graph.triples((None, relation_iri("rejected"), None))) == []
    assert (None, None, None) in graph and len(list(graph.subjects(predicate=relation_iri("rejected")))) == 0


def test_only_asserted_and_reported_events_get_the_direct_edge() -> None:
    for value, drawn in (("reported", True), ("asserted", True), ("requested", False), ("intended", False)):
        x = extraction()
        x.events[0].factuality = value
        graph = article_graph(x)
        assert bool(list(graph.triples((None, relation_iri("rejected"), None)))) is drawn, value


def test_relation_iri_is_camel_case_of_the_label() -> None:
    assert str(relation_iri("shot down")).endswith("#shotDown")
    assert str(relation_iri("rejected")).endswith("#rejected")
