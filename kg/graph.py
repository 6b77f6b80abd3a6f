"""Map extraction records to RDF with the news-kg ontology (the storage model: ontology/README.md).

An article's named graph holds only that article's facts and their evidence; what articles share
lives once: entity descriptions in the entities graph (see kg/describe.py), event types and relation
properties in the ontology graphs. IRIs are deterministic: the same article, actor key or span
always gives the same IRI.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from importlib import resources

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from kg.records import Actor, Affiliation, Argument, Event, Extraction, Span, Statement

NKG = Namespace("https://w3id.org/news-kg/ontology#")
NKGT = Namespace("https://w3id.org/news-kg/event-type/")
ID = Namespace("https://w3id.org/news-kg/id/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")
PREFIXES = {
    "nkg": NKG,
    "nkgt": NKGT,
    "id": ID,
    "schema": SCHEMA,
    "nif": NIF,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "owl": OWL,
    "wd": WD,
}
ONTOLOGY_GRAPH = ID["graph/ontology"]
DRAWN_AS_FACT = frozenset({"asserted", "reported"})  # factuality values that get the direct edge
ENTITIES_GRAPH = ID["graph/entities"]
TYPES_GRAPH = ID["graph/event-types"]  # the fine event types and relations the articles brought
CLASS_OF = {
    "Person": NKG.Person,
    "Organization": NKG.Organization,
    "Country": NKG.Country,
    "Equipment": NKG.Equipment,
    "Place": NKG.Place,
}


def document_iri(doc_id: str) -> URIRef:
    return ID[f"doc/{doc_id}"]


def graph_iri(doc_id: str) -> URIRef:
    return ID[f"graph/{doc_id}"]


def entity_iri(entity_id: str) -> URIRef:
    return ID[entity_id]


def statement_iri(statement_id: str) -> URIRef:
    return ID[f"statement/{statement_id}"]


def event_iri(event_id: str) -> URIRef:
    return ID[f"event/{event_id}"]


def event_type_iri(name: str) -> URIRef:
    return NKGT[name]


def relation_iri(label: str) -> URIRef:
    """The direct-edge property for a past-tense label: "shot down" -> nkg:shotDown. A label whose name
    the core ontology already gives a term ("negated", "said") takes a suffix: nkg:negatedRelation."""
    words = re.findall(r"[A-Za-z0-9]+", label) or ["related"]
    name = words[0].lower() + "".join(w.capitalize() for w in words[1:])
    return NKG[name + "Relation" if name in core_terms() else name]


@cache
def core_terms() -> frozenset[str]:
    """The local names of the terms the core ontology (ontology/kg.ttl) declares."""
    core = Graph().parse(
        data=resources.files("kg.ontology").joinpath("kg.ttl").read_text("utf-8"), format="turtle"
    )
    return frozenset(str(s)[len(str(NKG)) :] for s in core.subjects() if str(s).startswith(str(NKG)))


def date_literal(value: str) -> Literal | None:
    """An ISO value as xsd:date, xsd:gYearMonth or xsd:gYear; None for other granularities."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return None


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)


def sentence_iri(doc_id: str, sentence: Span) -> URIRef:
    return ID[f"sentence/{doc_id}/{sentence.start}-{sentence.end}"]


class _ArticleMapper:
    """Writes one article's facts and evidence into its named graph.

    Evidence is compact: a span's node has its offsets, words, document and sentence; each sentence
    that holds evidence is one node with its offsets and text, written once.
    """

    def __init__(self, extraction: Extraction, graph: Graph) -> None:
        self.x = extraction
        self.g = graph
        self.doc = document_iri(extraction.document.id)
        self.starts = [s.start for s in extraction.sentences]
        self.sentences: set[tuple[int, int]] = set()

    def evidence(self, subject: URIRef, span: Span) -> None:
        node = ID[f"evidence/{self.x.document.id}/{span.start}-{span.end}"]
        g = self.g
        g.add((subject, NKG.evidence, node))
        g.add((node, NIF.beginIndex, Literal(span.start, datatype=XSD.integer)))
        g.add((node, NIF.endIndex, Literal(span.end, datatype=XSD.integer)))
        g.add((node, NIF.anchorOf, Literal(span.text)))
        g.add((node, NKG.inDocument, self.doc))
        sentence = self.sentence_of(span)
        if sentence is not None:
            g.add((node, NKG.inSentence, sentence))

    def sentence_of(self, span: Span) -> URIRef | None:
        """The node of the sentence (or run of sentences) the span lies in, written on first use."""
        sentences = self.x.sentences
        first = bisect_right(self.starts, span.start) - 1
        if first < 0 or sentences[first].end <= span.start:
            first += 1  # the span starts between sentences
        last = first
        while last + 1 < len(sentences) and sentences[last + 1].start < span.end:
            last += 1
        if first >= len(sentences) or sentences[first].start >= span.end:
            return None
        start, end = sentences[first].start, sentences[last].end
        node = sentence_iri(self.x.document.id, Span(start, end, ""))
        if (start, end) not in self.sentences:
            self.sentences.add((start, end))
            g = self.g
            g.add((node, NIF.beginIndex, Literal(start, datatype=XSD.integer)))
            g.add((node, NIF.endIndex, Literal(end, datatype=XSD.integer)))
            g.add((node, NIF.anchorOf, Literal(self.x.text[start:end])))
            g.add((node, NKG.inDocument, self.doc))
        return node

    def document(self) -> None:
        info, g = self.x.document, self.g
        g.add((self.doc, RDF.type, NKG.Document))
        for prop, value in (
            (DCTERMS.title, info.title),
            (DCTERMS.publisher, info.publisher),
        ):
            if value:
                g.add((self.doc, prop, Literal(value)))
        if info.date:
            g.add((self.doc, DCTERMS.date, date_literal(info.date) or Literal(info.date)))
        if info.url:
            g.add((self.doc, SCHEMA.url, Literal(info.url, datatype=XSD.anyURI)))
        g.add((self.doc, NKG.sourcePath, Literal(self.x.source_path)))

    def actor(self, actor: Actor) -> None:
        """The actor as this article saw it; its shared description is in the entities graph."""
        node, g = entity_iri(actor.id), self.g
        g.add((node, NKG.articleLabel, Literal(actor.label)))
        for alias in actor.aliases:
            if alias != actor.label:
                g.add((node, NKG.articleAltLabel, Literal(alias)))
        for role in actor.roles:
            g.add((node, NKG.role, Literal(role)))
        g.add((node, NKG.mentionedIn, self.doc))
        for mention in actor.mentions:
            self.evidence(node, mention)
        for tie in actor.member_of:
            self.affiliation(actor, tie)

    def affiliation(self, actor: Actor, tie: Affiliation) -> None:
        """`actor nkg:memberOf body`, and an nkg:Affiliation node carrying the words that say so (the
        evidence of a body no mention names, too)."""
        node, body, g = entity_iri(actor.id), entity_iri(tie.body), self.g
        g.add((node, NKG.memberOf, body))
        if tie.evidence is None:
            return
        record = ID[f"affiliation/{self.x.document.id}/{actor.id}/{tie.body}"]
        g.add((record, RDF.type, NKG.Affiliation))
        g.add((record, NKG.member, node))
        g.add((record, NKG.body, body))
        self.evidence(record, tie.evidence)
        if not any(a.id == tie.body and a.mentions for a in self.x.actors):
            self.evidence(body, tie.evidence)

    def statement(self, st: Statement) -> None:
        node, g = statement_iri(st.id), self.g
        g.add((node, RDF.type, NKG.Statement))
        g.add((node, NKG.content, Literal(self.content_text(st))))
        g.add((node, NKG.kind, Literal(st.kind)))
        g.add((node, DCTERMS.source, self.doc))
        if st.cue:
            g.add((node, NKG.cue, Literal(st.cue.text)))
        if st.speaker:
            speaker = entity_iri(st.speaker)
            g.add((node, NKG.speaker, speaker))
            g.add((speaker, NKG.said, node))
        if st.addressee:
            g.add((node, NKG.addressee, entity_iri(st.addressee)))
        if st.on_behalf_of:
            g.add((node, NKG.onBehalfOf, entity_iri(st.on_behalf_of)))
        for entity in st.about:
            g.add((node, NKG.about, entity_iri(entity)))
        self.evidence(node, st.content)

    @staticmethod
    def content_text(st: Statement) -> str:
        if len(st.parts) > 1:
            return " … ".join(p.text for p in st.parts)
        return st.content.text

    def event(self, ev: Event) -> None:
        node, g = event_iri(ev.id), self.g
        g.add((node, RDF.type, NKG.Event))
        g.add((node, NKG.eventType, event_type_iri(ev.type)))
        g.add((node, NKG.trigger, Literal(ev.trigger.text)))
        g.add((node, NKG.negated, Literal(ev.negated)))
        g.add((node, DCTERMS.source, self.doc))
        if ev.modality:
            g.add((node, NKG.modality, Literal(ev.modality)))
        g.add((node, NKG.factuality, Literal(ev.factuality)))
        if ev.factuality_cue:
            g.add((node, NKG.factualityCue, Literal(ev.factuality_cue)))
        for prop, arg in (
            (NKG.agent, ev.agent),
            (NKG.target, ev.target),
            (NKG.instrument, ev.instrument),
            (NKG.means, ev.means),
            (NKG.place, ev.place),
        ):
            if arg is not None and arg.id:
                g.add((node, prop, entity_iri(arg.id)))
        if ev.date:
            literal = date_literal(ev.date)
            if literal is not None:
                g.add((node, NKG.date, literal))
        if ev.reported_by:
            g.add((node, NKG.reportedBy, statement_iri(ev.reported_by)))
        g.add((node, NKG.edgeProperty, relation_iri(ev.label)))
        if _resolved(ev.agent) and _resolved(ev.target) and ev.factuality in DRAWN_AS_FACT and not ev.negated:
            assert ev.agent and ev.target and ev.agent.id and ev.target.id
            g.add((entity_iri(ev.agent.id), relation_iri(ev.label), entity_iri(ev.target.id)))
        self.evidence(node, ev.trigger)


def _resolved(arg: Argument | None) -> bool:
    return arg is not None and arg.id is not None


def story_of(extraction: Extraction) -> Extraction:
    """The extraction as the graph holds it: the text's own reader (an article's "you can cancel
    anytime") stays a chain of mentions in the records, but is no node, speaker or participant."""
    audience = {a.id for a in extraction.actors if a.audience}
    if not audience:
        return extraction

    def party(entity: str | None) -> str | None:
        return None if entity in audience else entity

    def argument(arg: Argument | None) -> Argument | None:
        return None if arg is not None and arg.id in audience else arg

    return replace(
        extraction,
        actors=[a for a in extraction.actors if a.id not in audience],
        statements=[
            replace(
                st,
                speaker=party(st.speaker),
                addressee=party(st.addressee),
                on_behalf_of=party(st.on_behalf_of),
                about=[e for e in st.about if e not in audience],
            )
            for st in extraction.statements
        ],
        events=[
            replace(ev, agent=argument(ev.agent), target=argument(ev.target), place=argument(ev.place))
            for ev in extraction.events
        ],
    )


def article_graph(extraction: Extraction, graph: Graph | None = None) -> Graph:
    """The triples of one article (to be stored in the article's named graph)."""
    graph = graph if graph is not None else Graph(identifier=graph_iri(extraction.document.id))
    bind_prefixes(graph)
    mapper = _ArticleMapper(extraction, graph)
    mapper.document()
    for actor in extraction.actors:
        mapper.actor(actor)
    for statement in extraction.statements:
        mapper.statement(statement)
    for event in extraction.events:
        mapper.event(event)
    return graph


def entity_triples(actor: Actor) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
    """What an actor's id fixes, the same in every article: its class and its Wikidata item.
    (Its names, which differ between articles, are chosen in kg/describe.py.)"""
    node = entity_iri(actor.id)
    yield node, RDF.type, CLASS_OF[actor.type]
    if actor.wikidata:
        yield node, OWL.sameAs, WD[actor.wikidata]


def type_triples(event: Event) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """An event's fine type (under its CAMEO root) and its relation property, for the types graph."""
    etype = event_type_iri(event.type)
    if event.type != event.root:
        yield etype, RDF.type, SKOS.Concept
        yield etype, SKOS.inScheme, NKGT[""]
        yield etype, SKOS.broader, event_type_iri(event.root)
        yield etype, SKOS.prefLabel, Literal(event.type.replace("_", " ").lower(), lang="en")
    relation = relation_iri(event.label)
    yield etype, NKG.relation, relation
    yield relation, RDF.type, OWL.ObjectProperty
    yield relation, RDFS.label, Literal(event.label)
    yield relation, RDFS.subPropertyOf, NKG.interaction


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """An in-memory dataset of the articles as a store holds them: each article in its own named
    graph, the entities' descriptions and the event types in theirs (the ontology is not included)."""
    from kg.describe import describe_entities

    dataset = Dataset()
    bind_prefixes(dataset)
    done = [story_of(x) for x in extractions]
    for extraction in done:
        article_graph(extraction, dataset.graph(graph_iri(extraction.document.id)))
    entities, types = dataset.graph(ENTITIES_GRAPH), dataset.graph(TYPES_GRAPH)
    names = [(graph_iri(x.document.id), a.id, a.label, a.aliases) for x in done for a in x.actors]
    for label in describe_entities(names):
        entities.add(label)
    for x in done:
        for actor in x.actors:
            for fixed in entity_triples(actor):
                entities.add(fixed)
        for event in x.events:
            for typed in type_triples(event):
                types.add(typed)
    return dataset


def union_graph(extractions: Iterable[Extraction]) -> Graph:
    """The union of the graphs a store holds for the articles: what a query's default graph sees."""
    union = Graph()
    bind_prefixes(union)
    for s, p, o, _g in to_dataset(extractions).quads((None, None, None, None)):
        union.add((s, p, o))
    return union
