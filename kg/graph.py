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

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS
from rdflib.term import Node

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


OxTriple = tuple[ox.NamedNode, ox.NamedNode, "ox.NamedNode | ox.Literal"]


class _ArticleMapper:
    """Writes one article's facts and evidence as triples of pyoxigraph terms (no rdflib on the path
    of a build: building rdflib graphs took longer than the store's own writes).

    Evidence is compact: a statement's, an event's or an affiliation's span node has its offsets and
    its sentence; each sentence that holds evidence is one node with its offsets, text and document,
    written once. An entity's evidence is each sentence that mentions it.
    """

    def __init__(self, extraction: Extraction) -> None:
        self.x = extraction
        self.out: list[OxTriple] = []
        self.doc = ox.NamedNode(document_iri(extraction.document.id))
        self.starts = [s.start for s in extraction.sentences]
        self.sentences: dict[tuple[int, int], ox.NamedNode] = {}

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.out.append((s, p, o))

    def evidence(self, subject: ox.NamedNode, span: Span) -> None:
        """A span node for a fact: offsets and sentence (words and document when in no sentence)."""
        node = ox.NamedNode(f"{ID}evidence/{self.x.document.id}/{span.start}-{span.end}")
        self.add(subject, _t(NKG.evidence), node)
        self.add(node, _t(NIF.beginIndex), _integer(span.start))
        self.add(node, _t(NIF.endIndex), _integer(span.end))
        sentence = self.sentence_of(span)
        if sentence is not None:
            self.add(node, _t(NKG.inSentence), sentence)
        else:
            self.add(node, _t(NIF.anchorOf), ox.Literal(span.text))
            self.add(node, _t(NKG.inDocument), self.doc)

    def sentence_of(self, span: Span) -> ox.NamedNode | None:
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
        node = self.sentences.get((start, end))
        if node is None:
            node = self.sentences[(start, end)] = ox.NamedNode(
                sentence_iri(self.x.document.id, Span(start, end, ""))
            )
            self.add(node, _t(NIF.beginIndex), _integer(start))
            self.add(node, _t(NIF.endIndex), _integer(end))
            self.add(node, _t(NIF.anchorOf), ox.Literal(self.x.text[start:end]))
            self.add(node, _t(NKG.inDocument), self.doc)
        return node

    def mentions(self, entity: ox.NamedNode, spans: Iterable[Span]) -> None:
        """An entity's evidence: the sentences that mention it, each once (a mention in no sentence
        keeps its own span)."""
        seen: set[ox.NamedNode] = set()
        for span in spans:
            sentence = self.sentence_of(span)
            if sentence is None:
                self.evidence(entity, span)
            elif sentence not in seen:
                seen.add(sentence)
                self.add(entity, _t(NKG.evidence), sentence)

    def document(self) -> None:
        info = self.x.document
        self.add(self.doc, _t(RDF.type), _t(NKG.Document))
        if info.title:
            self.add(self.doc, _t(DCTERMS.title), ox.Literal(info.title))
        if info.publisher:
            self.add(self.doc, _t(DCTERMS.publisher), ox.Literal(info.publisher))
        if info.date:
            self.add(self.doc, _t(DCTERMS.date), _ox_literal(date_literal(info.date) or Literal(info.date)))
        if info.url:
            self.add(self.doc, _t(SCHEMA.url), ox.Literal(info.url, datatype=_t(XSD.anyURI)))
        self.add(self.doc, _t(NKG.sourcePath), ox.Literal(self.x.source_path))

    def actor(self, actor: Actor) -> None:
        """The actor as this article saw it; its shared description is in the entities graph."""
        node = _entity(actor.id)
        self.add(node, _t(NKG.articleLabel), ox.Literal(actor.label))
        for alias in actor.aliases:
            if alias != actor.label:
                self.add(node, _t(NKG.articleAltLabel), ox.Literal(alias))
        for role in actor.roles:
            self.add(node, _t(NKG.role), ox.Literal(role))
        self.add(node, _t(NKG.mentionedIn), self.doc)
        self.mentions(node, actor.mentions)
        for tie in actor.member_of:
            self.affiliation(actor, tie)

    def affiliation(self, actor: Actor, tie: Affiliation) -> None:
        """An nkg:Affiliation node: the member, the body and the words that say so (the evidence of a
        body no mention names, too). The `member nkg:memberOf body` edge they give is in the entities
        graph (kg/write.py keeps it in step with the articles' affiliations)."""
        record = ox.NamedNode(f"{ID}affiliation/{self.x.document.id}/{actor.id}/{tie.body}")
        body = _entity(tie.body)
        self.add(record, _t(RDF.type), _t(NKG.Affiliation))
        self.add(record, _t(NKG.member), _entity(actor.id))
        self.add(record, _t(NKG.body), body)
        if tie.evidence is None:
            return
        self.evidence(record, tie.evidence)
        if not any(a.id == tie.body and a.mentions for a in self.x.actors):
            self.mentions(body, [tie.evidence])

    def statement(self, st: Statement) -> None:
        node = ox.NamedNode(statement_iri(st.id))
        self.add(node, _t(RDF.type), _t(NKG.Statement))
        self.add(node, _t(NKG.content), ox.Literal(self.content_text(st)))
        self.add(node, _t(NKG.kind), ox.Literal(st.kind))
        self.add(node, _t(DCTERMS.source), self.doc)
        if st.cue:
            self.add(node, _t(NKG.cue), ox.Literal(st.cue.text))
        if st.speaker:
            speaker = _entity(st.speaker)
            self.add(node, _t(NKG.speaker), speaker)
            self.add(speaker, _t(NKG.said), node)
        if st.addressee:
            self.add(node, _t(NKG.addressee), _entity(st.addressee))
        if st.on_behalf_of:
            self.add(node, _t(NKG.onBehalfOf), _entity(st.on_behalf_of))
        for entity in st.about:
            self.add(node, _t(NKG.about), _entity(entity))
        self.evidence(node, st.content)

    @staticmethod
    def content_text(st: Statement) -> str:
        if len(st.parts) > 1:
            return " … ".join(p.text for p in st.parts)
        return st.content.text

    def event(self, ev: Event) -> None:
        node = ox.NamedNode(event_iri(ev.id))
        self.add(node, _t(RDF.type), _t(NKG.Event))
        self.add(node, _t(NKG.eventType), ox.NamedNode(event_type_iri(ev.type)))
        self.add(node, _t(NKG.trigger), ox.Literal(ev.trigger.text))
        self.add(node, _t(NKG.negated), _TRUE if ev.negated else _FALSE)
        self.add(node, _t(DCTERMS.source), self.doc)
        if ev.modality:
            self.add(node, _t(NKG.modality), ox.Literal(ev.modality))
        self.add(node, _t(NKG.factuality), ox.Literal(ev.factuality))
        if ev.factuality_cue:
            self.add(node, _t(NKG.factualityCue), ox.Literal(ev.factuality_cue))
        for prop, arg in (
            (_t(NKG.agent), ev.agent),
            (_t(NKG.target), ev.target),
            (_t(NKG.instrument), ev.instrument),
            (_t(NKG.means), ev.means),
            (_t(NKG.place), ev.place),
        ):
            if arg is not None and arg.id:
                self.add(node, prop, _entity(arg.id))
        if ev.date:
            literal = date_literal(ev.date)
            if literal is not None:
                self.add(node, _t(NKG.date), _ox_literal(literal))
        if ev.reported_by:
            self.add(node, _t(NKG.reportedBy), ox.NamedNode(statement_iri(ev.reported_by)))
        edge = ox.NamedNode(relation_iri(ev.label))
        self.add(node, _t(NKG.edgeProperty), edge)
        if _resolved(ev.agent) and _resolved(ev.target) and ev.factuality in DRAWN_AS_FACT and not ev.negated:
            assert ev.agent and ev.target and ev.agent.id and ev.target.id
            self.add(_entity(ev.agent.id), edge, _entity(ev.target.id))
        self.evidence(node, ev.trigger)


@cache
def _t(iri: str) -> ox.NamedNode:
    """An IRI as a pyoxigraph term, made once."""
    return ox.NamedNode(iri)


_TRUE, _FALSE = (ox.Literal(v, datatype=ox.NamedNode(XSD.boolean)) for v in ("true", "false"))


_INTEGER = ox.NamedNode(XSD.integer)


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INTEGER)


def _entity(entity_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{ID}{entity_id}")


def _ox_literal(literal: Literal) -> ox.Literal:
    if literal.datatype is not None:
        return ox.Literal(str(literal), datatype=ox.NamedNode(literal.datatype))
    return (
        ox.Literal(str(literal), language=literal.language) if literal.language else ox.Literal(str(literal))
    )


def to_ox(term: Node) -> ox.NamedNode | ox.Literal:
    """An rdflib IRI or literal as pyoxigraph's (whose `str` is its N-Triples form)."""
    if isinstance(term, Literal):
        return _ox_literal(term)
    return ox.NamedNode(str(term))


def to_rdflib(term: ox.NamedNode | ox.Literal) -> URIRef | Literal:
    """A pyoxigraph term as rdflib's."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


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


def article_triples(extraction: Extraction) -> list[OxTriple]:
    """The triples of one article (to be stored in the article's named graph), as pyoxigraph terms;
    each triple once."""
    mapper = _ArticleMapper(extraction)
    mapper.document()
    for actor in extraction.actors:
        mapper.actor(actor)
    for statement in extraction.statements:
        mapper.statement(statement)
    for event in extraction.events:
        mapper.event(event)
    return list(dict.fromkeys(mapper.out))


def article_graph(extraction: Extraction, graph: Graph | None = None) -> Graph:
    """The triples of one article as an rdflib graph (the article's named graph)."""
    graph = graph if graph is not None else Graph(identifier=graph_iri(extraction.document.id))
    bind_prefixes(graph)
    for s, p, o in article_triples(extraction):
        graph.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
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
    return kind_triples(event.type, event.root, event.label)


def kind_triples(
    fine: str, root: str, label: str
) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The types-graph triples of an event of fine type `fine` under `root`, told by `label`."""
    etype = event_type_iri(fine)
    if fine != root:
        yield etype, RDF.type, SKOS.Concept
        yield etype, SKOS.inScheme, NKGT[""]
        yield etype, SKOS.broader, event_type_iri(root)
        yield etype, SKOS.prefLabel, Literal(fine.replace("_", " ").lower(), lang="en")
    relation = relation_iri(label)
    yield etype, NKG.relation, relation
    yield relation, RDF.type, OWL.ObjectProperty
    yield relation, RDFS.label, Literal(label)
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
            for tie in actor.member_of:
                entities.add((entity_iri(actor.id), NKG.memberOf, entity_iri(tie.body)))
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
