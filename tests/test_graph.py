"""The RDF mapping, compared with rdflib.compare.isomorphic on hand-made records."""
# ruff: noqa: E501

from __future__ import annotations

from collections import Counter

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from kg.graph import ENTITIES_GRAPH, NKG, TYPES_GRAPH, article_graph, relation_iri, to_dataset
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
id:org\\/acme nkg:articleLabel "Acme" ; nkg:mentionedIn id:doc\\/d1 ;
    nkg:evidence <https://w3id.org/news-kg/id/sentence/d1/0-30> ;
    nkg:said id:statement\\/d1-s1 ; nkg:rejected id:org\\/bidco .
id:org\\/bidco nkg:articleLabel "Bidco" ; nkg:mentionedIn id:doc\\/d1 ;
    nkg:evidence <https://w3id.org/news-kg/id/sentence/d1/0-30> .
id:statement\\/d1-s1 a nkg:Statement ; nkg:content "it rejected the bid" ; nkg:kind "indirect" ;
    nkg:cue "said" ; nkg:speaker id:org\\/acme ; dcterms:source id:doc\\/d1 ;
    nkg:evidence <https://w3id.org/news-kg/id/evidence/d1/10-29> .
id:event\\/d1-e1 a nkg:Event ; nkg:eventType nkgt:REJECT ; nkg:trigger "rejected" ; nkg:negated false ;
    nkg:agent id:org\\/acme ; nkg:target id:org\\/bidco ; nkg:date "2024-01"^^xsd:gYearMonth ;
    nkg:reportedBy id:statement\\/d1-s1 ; nkg:edgeProperty nkg:rejected ; nkg:factuality "reported" ; nkg:factualityCue "said" ; dcterms:source id:doc\\/d1 ;
    nkg:evidence <https://w3id.org/news-kg/id/evidence/d1/13-21> .
<https://w3id.org/news-kg/id/sentence/d1/0-30> nif:beginIndex 0 ; nif:endIndex 30 ;
    nif:anchorOf "Acme said it rejected the bid." ; nkg:inDocument id:doc\\/d1 .
"""


def spans_ttl() -> str:
    out = []
    for start, end in [(10, 29), (13, 21)]:  # a fact's span: its offsets and its sentence
        out.append(
            f"<https://w3id.org/news-kg/id/evidence/d1/{start}-{end}> nif:beginIndex {start} ; "
            f"nif:endIndex {end} ; nkg:inSentence <https://w3id.org/news-kg/id/sentence/d1/0-30> ."
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


SHARED = """
@prefix nkg: <https://w3id.org/news-kg/ontology#> .
@prefix id: <https://w3id.org/news-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
id:org\\/acme a nkg:Organization ; rdfs:label "Acme" .
id:org\\/bidco a nkg:Organization ; rdfs:label "Bidco" .
"""
TYPES = """
@prefix nkg: <https://w3id.org/news-kg/ontology#> .
@prefix nkgt: <https://w3id.org/news-kg/event-type/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
nkgt:REJECT nkg:relation nkg:rejected .
nkg:rejected a owl:ObjectProperty ; rdfs:label "rejected" ; rdfs:subPropertyOf nkg:interaction .
"""


def test_dataset_keeps_shared_descriptions_in_their_own_graphs() -> None:
    dataset = to_dataset([extraction()])
    assert isomorphic(dataset.graph(ENTITIES_GRAPH), Graph().parse(data=SHARED, format="turtle"))
    assert isomorphic(dataset.graph(TYPES_GRAPH), Graph().parse(data=TYPES, format="turtle"))


def test_two_articles_share_one_description_and_one_label() -> None:
    first, second = extraction(), extraction()
    second.document = DocumentInfo(id="d2")
    second.actors[0] = Actor("org/acme", "ACME", "Organization", aliases=["Acme Inc"], mentions=[Span(0, 4, "ACME")])
    third = extraction()
    third.document = DocumentInfo(id="d3")
    third.actors[0].label = "ACME"
    for order in ([first, second, third], [third, second, first]):
        entities = to_dataset(order).graph(ENTITIES_GRAPH)
        acme = URIRef("https://w3id.org/news-kg/id/org/acme")
        assert [str(x) for x in entities.objects(acme, RDFS.label)] == ["ACME"]
        assert sorted(str(x) for x in entities.objects(acme, SKOS.altLabel)) == ["Acme", "Acme Inc"]
        assert len(list(entities.triples((acme, RDF.type, None)))) == 1


def test_a_tie_between_labels_goes_the_same_way_in_any_order() -> None:
    from kg.describe import Names

    assert Names(Counter({"Worldcom": 2, "WorldCom": 2, "WORLDCOM": 1})).label() == "WorldCom"
    assert Names(Counter({"Worldcom": 3, "WorldCom": 2})).label() == "Worldcom"


def test_a_relation_never_takes_a_core_term_of_the_ontology() -> None:
    # a verb whose past tense is a core property's name must not turn into that property
    for label in ("negated", "said", "reported by"):
        core = {str(p) for p in (NKG.negated, NKG.said, NKG.reportedBy)}
        assert str(relation_iri(label)) not in core
        assert str(relation_iri(label)).endswith("Relation")
    assert str(relation_iri("denied")).endswith("#denied")
