"""The graph view's data: actors, statements and events of a store as nodes, edges and panel records.

Only SPARQL reads the store; what comes out is plain data (no RDF terms), ready to be drawn.
Node ids are short ("a3", "s12", "e7"); each keeps its IRI for the panel.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.query import prefix_header
from kg.store import Store

ENTITY_TYPES = ("Person", "Organization", "Country", "Equipment", "Place")
NKG = "https://w3id.org/news-kg/ontology#"
NKGT = "https://w3id.org/news-kg/event-type/"
ROLES = {"agent": "agent", "target": "target", "instrument": "with", "place": "in"}


@dataclass
class Node:
    """One drawable node: an actor (any entity), a statement or an event."""

    id: str
    iri: str
    kind: str  # "actor", "statement" or "event"
    group: str  # an ENTITY_TYPES name, "Statement" or "Event"
    label: str
    mentions: int = 1
    docs: set[int] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    cats: set[str] = field(default_factory=set)


@dataclass
class Edge:
    """One drawn edge; `records` are the statement or event ids it stands for."""

    source: str
    target: str
    kind: str  # "relation", "said", "said-about", "about", "role", "query"
    label: str
    records: list[str] = field(default_factory=list)
    docs: set[int] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    cats: set[str] = field(default_factory=set)


@dataclass
class VizGraph:
    """Nodes, edges, the records the panel shows, the articles, and notes for the page."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: list[dict[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    by_iri: dict[str, str] = field(default_factory=dict)

    def neighbours(self) -> dict[str, set[str]]:
        adjacent: dict[str, set[str]] = defaultdict(set)
        for edge in self.edges:
            adjacent[edge.source].add(edge.target)
            adjacent[edge.target].add(edge.source)
        return adjacent


ENTITIES = """
SELECT ?e ?type ?label (COUNT(DISTINCT ?ev) AS ?n) WHERE {
  VALUES ?type { nkg:Person nkg:Organization nkg:Country nkg:Equipment nkg:Place }
  ?e a ?type ; rdfs:label ?label .
  OPTIONAL { ?e nkg:evidence ?ev }
} GROUP BY ?e ?type ?label
"""
ALIASES = "SELECT ?e ?alt WHERE { ?e skos:altLabel ?alt }"
MENTIONED = "SELECT ?e ?doc WHERE { ?e nkg:mentionedIn ?doc }"
DOCUMENTS = """
SELECT ?d ?title ?date ?publisher ?url WHERE {
  ?d a nkg:Document .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d dcterms:publisher ?publisher } OPTIONAL { ?d schema:url ?url }
} ORDER BY ?date ?title
"""
STATEMENTS = """
SELECT ?s ?content ?kind ?cue ?speaker ?doc (SAMPLE(?sent) AS ?sentence) WHERE {
  ?s a nkg:Statement ; nkg:content ?content .
  OPTIONAL { ?s nkg:kind ?kind } OPTIONAL { ?s nkg:cue ?cue } OPTIONAL { ?s nkg:speaker ?speaker }
  OPTIONAL { ?s dcterms:source ?doc }
  OPTIONAL { ?s nkg:evidence/nkg:sentence ?sent }
} GROUP BY ?s ?content ?kind ?cue ?speaker ?doc ORDER BY ?s
"""
ABOUT = "SELECT ?s ?e WHERE { ?s a nkg:Statement ; nkg:about ?e }"
EVENTS = """
SELECT ?ev ?type ?typeLabel ?root ?relLabel ?trigger ?negated ?date ?doc ?reported
       (SAMPLE(?sent) AS ?sentence) WHERE {
  ?ev a nkg:Event ; nkg:eventType ?type .
  OPTIONAL { ?ev nkg:trigger ?trigger } OPTIONAL { ?ev nkg:negated ?negated }
  OPTIONAL { ?ev nkg:date ?date } OPTIONAL { ?ev dcterms:source ?doc }
  OPTIONAL { ?ev nkg:reportedBy ?reported }
  OPTIONAL { ?type skos:prefLabel ?typeLabel } OPTIONAL { ?type skos:broader ?root }
  OPTIONAL { ?type nkg:relation/rdfs:label ?relLabel }
  OPTIONAL { ?ev nkg:evidence/nkg:sentence ?sent }
} GROUP BY ?ev ?type ?typeLabel ?root ?relLabel ?trigger ?negated ?date ?doc ?reported ORDER BY ?ev
"""
ARGUMENTS = """
SELECT ?ev ?role ?e WHERE {
  VALUES ?role { nkg:agent nkg:target nkg:instrument nkg:place }
  ?ev a nkg:Event ; ?role ?e .
}
"""
DIRECT = """
SELECT DISTINCT ?a ?r ?label ?b WHERE {
  ?r rdfs:subPropertyOf nkg:interaction ; rdfs:label ?label .
  ?a ?r ?b .
}
"""


def evaluate(store: Store, sparql: str) -> Any:
    """A query's answer with the project's prefixes: rows of terms for SELECT, triples for CONSTRUCT.

    Embedded stores are asked through pyoxigraph with the union of the named graphs as default graph;
    other stores through their own `query`.
    """
    text = prefix_header() + sparql
    try:
        embedded = store.ox
    except KgError:
        embedded = None
    try:
        if embedded is None:
            return store.query(text)
        return embedded.query(text, use_default_graph_as_union=True)
    except (SyntaxError, OSError, KgError) as err:
        raise QueryError(f"the query does not run: {err}") from err


def solutions(result: Any) -> tuple[list[str], Iterator[list[Any]]]:
    """Variable names and rows of terms (None when unbound) of a SELECT answer, whatever the store."""
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, ([s[n] for n in names] for s in result)
    if hasattr(result, "variables") and hasattr(result, "rows"):
        return list(result.variables), iter(result.rows)
    raise QueryError("expected the answer of a SELECT query")


def select(store: Store, sparql: str) -> Iterator[dict[str, str]]:
    """Rows of a SELECT as dicts of plain strings (unbound variables left out)."""
    names, rows = solutions(evaluate(store, sparql))
    for row in rows:
        yield {n: t.value for n, t in zip(names, row, strict=True) if t is not None}


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def type_label(type_iri: str, pref: str | None) -> str:
    return pref or local(type_iri).replace("_", " ").lower()


def actor_size(mentions: int) -> float:
    """Node size in pixels, growing with the number of mentions (log scale, capped)."""
    return round(min(38.0, 12.0 + 5.5 * math.log2(1 + max(mentions, 1))), 1)


class _Reader:
    """Reads one store into a VizGraph."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.g = VizGraph()
        self.doc_index: dict[str, int] = {}
        self.merged: dict[tuple[str, str, str, str], Edge] = {}

    def run(self) -> VizGraph:
        self.documents()
        self.entities()
        self.statements()
        self.events()
        self.direct_edges()
        return self.g

    def add_node(self, prefix: str, iri: str, **kw: Any) -> Node:
        node = Node(id=f"{prefix}{len(self.g.nodes)}", iri=iri, **kw)
        self.g.nodes[node.id] = node
        self.g.by_iri[iri] = node.id
        return node

    def doc(self, iri: str | None) -> int | None:
        return None if iri is None else self.doc_index.get(iri)

    def doc_date(self, index: int | None) -> str | None:
        return None if index is None else self.g.documents[index].get("date") or None

    def documents(self) -> None:
        for row in select(self.store, DOCUMENTS):
            if row["d"] in self.doc_index:
                continue
            self.doc_index[row["d"]] = len(self.g.documents)
            info = {k: row.get(k, "") for k in ("title", "date", "publisher", "url")}
            self.g.documents.append({"iri": row["d"], **info})

    def entities(self) -> None:
        for row in select(self.store, ENTITIES):
            iri, group = row["e"], local(row["type"])
            if iri in self.g.by_iri:
                node = self.g.nodes[self.g.by_iri[iri]]
                node.mentions += int(row.get("n", "0"))
                continue
            mentions = int(row.get("n", "0"))
            node = self.add_node("a", iri, kind="actor", group=group, label=row["label"], mentions=mentions)
            self.g.records[node.id] = {
                "kind": "actor",
                "type": group,
                "label": row["label"],
                "iri": iri,
                "aliases": [],
                "statements": [],
                "events": [],
                "docs": [],
            }
        for row in select(self.store, ALIASES):
            record = self.record_of(row["e"])
            if record and row["alt"] not in record["aliases"] and row["alt"] != record["label"]:
                record["aliases"].append(row["alt"])
        for row in select(self.store, MENTIONED):
            node_id, index = self.g.by_iri.get(row["e"]), self.doc(row["doc"])
            if node_id and index is not None:
                node = self.g.nodes[node_id]
                node.docs.add(index)
                date = self.doc_date(index)
                if date:
                    node.dates.add(date)
        for node in self.g.nodes.values():
            self.g.records[node.id]["docs"] = sorted(node.docs)
            self.g.records[node.id]["aliases"].sort()

    def record_of(self, iri: str) -> dict[str, Any] | None:
        node_id = self.g.by_iri.get(iri)
        return self.g.records.get(node_id) if node_id else None

    def statements(self) -> None:
        about: dict[str, list[str]] = defaultdict(list)
        for row in select(self.store, ABOUT):
            if row["e"] in self.g.by_iri:
                about[row["s"]].append(self.g.by_iri[row["e"]])
        for row in select(self.store, STATEMENTS):
            if row["s"] in self.g.by_iri:
                continue
            index = self.doc(row.get("doc"))
            speaker = self.g.by_iri.get(row.get("speaker", ""))
            content = row["content"]
            short = content if len(content) <= 40 else content[:38].rstrip() + "…"
            node = self.add_node("s", row["s"], kind="statement", group="Statement", label=f"“{short}”")
            self.stamp(node, index)
            self.g.records[node.id] = {
                "kind": "statement",
                "iri": row["s"],
                "content": content,
                "speaker": speaker,
                "statementKind": row.get("kind", ""),
                "cue": row.get("cue", ""),
                "sentence": row.get("sentence", ""),
                "doc": index,
                "about": about.get(row["s"], []),
            }
            if speaker:
                self.g.records[speaker]["statements"].append(node.id)
                self.edge(speaker, node.id, "said", "said", node.id, index)
            for entity in about.get(row["s"], []):
                self.edge(node.id, entity, "about", "about", node.id, index)
                if speaker and entity != speaker:
                    self.edge(speaker, entity, "said-about", "said", node.id, index)

    def stamp(self, node: Node, index: int | None, date: str | None = None) -> None:
        if index is not None:
            node.docs.add(index)
        for value in (date, self.doc_date(index)):
            if value:
                node.dates.add(value)

    def edge(
        self,
        source: str,
        target: str,
        kind: str,
        label: str,
        record: str,
        index: int | None,
        date: str | None = None,
        cat: str | None = None,
    ) -> Edge:
        key = (source, target, kind, label)
        edge = self.merged.get(key) or Edge(source, target, kind, label)
        edge.records.append(record)
        if index is not None:
            edge.docs.add(index)
        for value in (date, self.doc_date(index)):
            if value:
                edge.dates.add(value)
        if cat:
            edge.cats.add(cat)
        if key not in self.merged:
            self.merged[key] = edge
            self.g.edges.append(edge)
        return edge

    def events(self) -> None:
        args: dict[str, dict[str, str]] = defaultdict(dict)
        for row in select(self.store, ARGUMENTS):
            if row["e"] in self.g.by_iri:
                args[row["ev"]][local(row["role"])] = self.g.by_iri[row["e"]]
        for row in select(self.store, EVENTS):
            if row["ev"] in self.g.by_iri:
                continue
            index = self.doc(row.get("doc"))
            category = local(row.get("root", row["type"]))
            label = type_label(row["type"], row.get("typeLabel"))
            date = row.get("date")
            node = self.add_node("e", row["ev"], kind="event", group="Event", label=row.get("trigger", label))
            self.stamp(node, index, date)
            node.cats.add(category)
            arguments = args.get(row["ev"], {})
            self.g.records[node.id] = {
                "kind": "event",
                "iri": row["ev"],
                "type": label,
                "category": category,
                "relation": row.get("relLabel", ""),
                "trigger": row.get("trigger", ""),
                "negated": row.get("negated") == "true",
                "date": date or "",
                "args": arguments,
                "reportedBy": self.g.by_iri.get(row.get("reported", "")),
                "sentence": row.get("sentence", ""),
                "doc": index,
            }
            for role, entity in arguments.items():
                self.g.records[entity]["events"].append(node.id)
                self.edge(node.id, entity, "role", ROLES[role], node.id, index, date, category)

    def direct_edges(self) -> None:
        """`A rel B` shortcuts, each carrying the events it stands for."""
        events_of: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for node_id, record in self.g.records.items():
            if record["kind"] == "event" and not record["negated"]:
                a, b = record["args"].get("agent"), record["args"].get("target")
                if a and b:
                    events_of[(a, record["relation"], b)].append(node_id)
        seen: set[tuple[str, str, str]] = set()
        for row in select(self.store, DIRECT):
            a, b = self.g.by_iri.get(row["a"]), self.g.by_iri.get(row["b"])
            if not a or not b or not a.startswith("a") or not b.startswith("a"):
                continue
            key = (a, row["label"], b)
            if key in seen:
                continue
            seen.add(key)
            edge = Edge(a, b, "relation", row["label"], events_of.get(key, []))
            for event_id in edge.records:
                event_node = self.g.nodes[event_id]
                edge.docs |= event_node.docs
                edge.dates |= event_node.dates
                edge.cats |= event_node.cats
            self.g.edges.append(edge)


def read_graph(store: Store) -> VizGraph:
    """Every entity, statement and event of the store, with the edges between them."""
    return _Reader(store).run()


def degrees(graph: VizGraph) -> Counter[str]:
    """How many drawn edges touch each node (merged said-about edges count once)."""
    count: Counter[str] = Counter()
    for edge in graph.edges:
        count[edge.source] += 1
        count[edge.target] += 1
    return count
