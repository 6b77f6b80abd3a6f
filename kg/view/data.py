"""The graph view's data: actors, statements and events of a store as nodes, edges and panel records.

Only SPARQL reads the store; what comes out is plain data (no RDF terms), ready to be drawn.
Node ids are short ("a3", "s12", "e7"); each keeps its IRI for the panel.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.graph import DRAWN_AS_FACT
from kg.store import Store
from kg.view.queries import (
    ABOUT,
    AFFILIATIONS,
    ALIASES,
    BROADER,
    CHUNK,
    DOCUMENTS,
    EVENT_PROPERTIES,
    LABELS,
    MENTION_COUNTS,
    MENTION_COUNTS_OF,
    MENTIONED,
    PROPERTY,
    PROPERTY_OF,
    RELATIONS,
    ROLE_PROPERTIES,
    SENTENCES,
    SENTENCES_OF,
    SIDES,
    SOURCE,
    STATEMENT_IDS,
    STATEMENT_PROPERTIES,
    TEXTS,
    TYPE_LABELS,
    TYPED,
    iri_values,
    local,
    pairs,
    select,
)

ROLES = {"agent": "agent", "target": "target", "instrument": "with", "place": "in"}


@dataclass(slots=True)
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


@dataclass(slots=True)
class Edge:
    """One drawn edge; `records` are the statement or event ids it stands for."""

    source: str
    target: str
    kind: str  # "relation", "claim", "said", "said-about", "about", "role", "query"
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


def type_label(type_iri: str, pref: str | None) -> str:
    return pref or local(type_iri).replace("_", " ").lower()


def actor_size(mentions: int) -> float:
    """Node size in pixels, growing with the number of mentions (log scale, capped)."""
    return round(min(26.0, 6.0 + 3.5 * math.log2(1 + max(mentions, 1))), 1)


def scan(prop: str) -> str:
    return PROPERTY.replace("PROPERTY", prop)


class _Reader:
    """Reads one store into a VizGraph: what links what, by plain scans of one property each.

    The text (a statement's words, an event's trigger, the source sentences) is read afterwards, for the
    records a page shows only (`fill_text`). A statement or an event that names no actor is left out:
    nothing would draw it or list it.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.g = VizGraph()
        self.doc_index: dict[str, int] = {}
        self.merged: dict[tuple[str, str, str, str], Edge] = {}

    def run(self) -> VizGraph:
        self.documents()
        self.entities()
        self.affiliations()
        self.sources = dict(self.pairs(scan(SOURCE[1])))
        self.statements()
        self.events()
        return self.g

    def rows(self, sparql: str) -> Iterable[dict[str, str]]:
        return select(self.store, sparql)

    def pairs(self, sparql: str) -> Iterable[tuple[str, str]]:
        return pairs(self.store, sparql)

    def table(self, properties: Iterable[tuple[str, str]]) -> dict[str, dict[str, str]]:
        """subject -> {key: its first value} over one scan per (key, property)."""
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for key, prop in properties:
            for x, v in self.pairs(scan(prop)):
                found[x].setdefault(key, v)
        return found

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
        for row in self.rows(DOCUMENTS):
            if row["d"] in self.doc_index:
                continue
            self.doc_index[row["d"]] = len(self.g.documents)
            info = {k: row.get(k, "") for k in ("title", "date", "publisher", "url", "path")}
            self.g.documents.append({"iri": row["d"], **info})

    def entities(self) -> None:
        labels: dict[str, str] = {}
        for iri, label in self.pairs(LABELS):
            labels.setdefault(iri, label)
        for iri, type_iri in self.pairs(TYPED):
            if iri in self.g.by_iri or iri not in labels:
                continue
            label, group = labels[iri], local(type_iri)
            node = self.add_node("a", iri, kind="actor", group=group, label=label, mentions=0)
            self.g.records[node.id] = {
                "kind": "actor",
                "type": group,
                "label": label,
                "iri": iri,
                "aliases": [],
                "memberOf": [],
                "statements": [],
                "events": [],
                "docs": [],
            }
        for iri, alias in self.pairs(ALIASES):
            record = self.record_of(iri)
            if record and alias not in record["aliases"] and alias != record["label"]:
                record["aliases"].append(alias)
        for iri, doc in self.pairs(MENTIONED):
            node_id, index = self.g.by_iri.get(iri), self.doc(doc)
            if node_id and index is not None:
                self.stamp(self.g.nodes[node_id], index)
        for node in self.g.nodes.values():
            record = self.g.records[node.id]
            record["docs"] = sorted(node.docs)
            record["aliases"].sort()
            node.mentions = len(node.docs)  # until `fill_text` counts the mentions

    def affiliations(self) -> None:
        for member_iri, body_iri in self.pairs(AFFILIATIONS):
            member, body = self.g.by_iri.get(member_iri), self.g.by_iri.get(body_iri)
            if member and body and member != body and body not in self.g.records[member]["memberOf"]:
                self.g.records[member]["memberOf"].append(body)

    def record_of(self, iri: str) -> dict[str, Any] | None:
        node_id = self.g.by_iri.get(iri)
        return self.g.records.get(node_id) if node_id else None

    def statements(self) -> None:
        about: dict[str, list[str]] = defaultdict(list)
        for statement, entity in self.pairs(ABOUT):
            if entity in self.g.by_iri and self.g.by_iri[entity] not in about[statement]:
                about[statement].append(self.g.by_iri[entity])
        sides = {statement: self.g.by_iri.get(side) for statement, side in self.pairs(SIDES)}
        props = self.table(STATEMENT_PROPERTIES)
        for iri in sorted({x for x, _ in self.pairs(STATEMENT_IDS)}):
            row = props.get(iri, {})
            speaker = self.g.by_iri.get(row.get("speaker", ""))
            if not speaker and not about.get(iri):
                continue
            index = self.doc(self.sources.get(iri))
            node = self.add_node("s", iri, kind="statement", group="Statement", label="“…”")
            self.stamp(node, index)
            self.g.records[node.id] = {
                "kind": "statement",
                "iri": iri,
                "content": "",
                "speaker": speaker,
                "side": sides.get(iri),
                "statementKind": row.get("kind", ""),
                "cue": row.get("cue", ""),
                "sentence": "",
                "doc": index,
                "about": about.get(iri, []),
            }
            if speaker:
                self.g.records[speaker]["statements"].append(node.id)
                self.edge(speaker, node.id, "said", "said", node.id, index)
            for entity in about.get(iri, []):
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
        for role, prop in ROLE_PROPERTIES:
            for event, entity in self.pairs(scan(prop)):
                if entity in self.g.by_iri:
                    args[event].setdefault(role, self.g.by_iri[entity])
        types = self.event_types()
        props = self.table(EVENT_PROPERTIES)
        for iri in sorted(args):
            row = props.get(iri, {})
            if "type" not in row:
                continue
            kind = types.get(row["type"], {})
            index = self.doc(self.sources.get(iri))
            label = type_label(row["type"], kind.get("typeLabel"))
            date = row.get("date")
            node = self.add_node("e", iri, kind="event", group="Event", label=label)
            self.stamp(node, index, date)
            node.cats.add(local(kind.get("root", row["type"])))
            record: dict[str, Any] = {
                "kind": "event",
                "iri": iri,
                "type": label,
                "category": local(kind.get("root", row["type"])),
                "relation": kind.get("relLabel", ""),
                "trigger": "",
                "negated": row.get("negated") == "true",
                "factuality": local(row.get("factuality", "")),
                "date": date or "",
                "args": args[iri],
                "reportedBy": self.g.by_iri.get(row.get("reported", "")),
                "sentence": "",
                "doc": index,
            }
            self.g.records[node.id] = record
            for role, entity in record["args"].items():
                self.g.records[entity]["events"].append(node.id)
                self.edge(node.id, entity, "role", ROLES[role], node.id, index, date, record["category"])
            self.interaction(node.id, record, index, date)

    def event_types(self) -> dict[str, dict[str, str]]:
        """For each event type: its label, its top concept (root) and its relation's label."""
        labels = {r["type"]: r["label"] for r in self.rows(TYPE_LABELS)}
        up = {r["type"]: r["up"] for r in self.rows(BROADER) if r["type"] != r["up"]}
        relations = {r["type"]: r["label"] for r in self.rows(RELATIONS)}
        types: dict[str, dict[str, str]] = {}
        for iri in set(labels) | set(up) | set(relations):
            root, seen = iri, {iri}
            while root in up and up[root] not in seen:
                root = up[root]
                seen.add(root)
            info = {"root": root, "typeLabel": labels.get(iri), "relLabel": relations.get(iri)}
            types[iri] = {k: v for k, v in info.items() if v}
        return types

    def interaction(self, event_id: str, record: dict[str, Any], index: int | None, date: str | None) -> None:
        """The `A rel B` shortcut of an event with an agent and a target that happened as told.

        An event told in a statement is a claim: its edge says whose ("according to <speaker>").
        """
        a, b = record["args"].get("agent"), record["args"].get("target")
        if not a or not b or a == b or record["negated"] or record["factuality"] not in ("", *DRAWN_AS_FACT):
            return  # negated, modal, future, intended, requested or conditional: not drawn as done
        verb = record["relation"] or record["type"]
        statement = self.g.records.get(record["reportedBy"] or "")
        if statement is None:
            self.edge(a, b, "relation", verb, event_id, index, date, record["category"])
            return
        speaker = self.g.records.get(statement["speaker"] or "")
        whose = speaker["label"] if speaker else "a statement"
        self.edge(a, b, "claim", f"{verb}, according to {whose}", event_id, index, date, record["category"])


def texts(store: Store, kind: str, iris: list[str] | None) -> tuple[dict[str, str], dict[str, str]]:
    """The words (a statement's content, an event's trigger) and the source sentence of records of one
    kind: of `iris` only (a few VALUES queries), or of every record of the kind (None)."""
    key, prop = TEXTS[kind]
    words: dict[str, str] = {}
    sentences: dict[str, str] = {}
    if iris is None:
        for x, v in pairs(store, scan(prop)):
            words.setdefault(x, v)
        for x, v in pairs(store, SENTENCES.replace("KIND", kind.capitalize())):
            sentences.setdefault(x, v)
        return words, sentences
    for start in range(0, len(iris), CHUNK):
        values = iri_values(iris[start : start + CHUNK])
        for x, v in pairs(store, PROPERTY_OF.replace("PROPERTY", prop).replace("IRIS", values)):
            words.setdefault(x, v)
        for x, v in pairs(store, SENTENCES_OF.replace("IRIS", values)):
            sentences.setdefault(x, v)
    return words, sentences


def mention_counts(store: Store, iris: list[str] | None) -> dict[str, int]:
    """How many mentions each entity of `iris` (all when None) has."""
    if iris is None:
        return {x: int(n) for x, n in pairs(store, MENTION_COUNTS)}
    found: dict[str, int] = {}
    for start in range(0, len(iris), CHUNK):
        values = iri_values(iris[start : start + CHUNK])
        found.update((x, int(n)) for x, n in pairs(store, MENTION_COUNTS_OF.replace("IRIS", values)))
    return found


def statement_label(content: str) -> str:
    short = content if len(content) <= 40 else content[:38].rstrip() + "…"
    return f"“{short}”"


def fill_text(store: Store, graph: VizGraph, ids: Iterable[str] | None = None) -> None:
    """Put the words and source sentences into the records `ids` (all when None), and the labels they
    give into their nodes (a statement is drawn with its first words, an event with its trigger); and
    the mention count (its size) into each actor among them."""
    chosen = None if ids is None else set(ids)
    actors = [k for k, n in graph.nodes.items() if n.kind == "actor" and (chosen is None or k in chosen)]
    counts = mention_counts(store, None if chosen is None else [graph.nodes[k].iri for k in actors])
    for actor in (graph.nodes[k] for k in actors):
        actor.mentions = counts.get(actor.iri) or actor.mentions
    for kind in ("statement", "event"):
        wanted = [
            k for k, r in graph.records.items()
            if r.get("kind") == kind and (chosen is None or k in chosen) and not r.get("sentence")
        ]  # fmt: skip
        if not wanted:
            continue
        iris = None if chosen is None else [graph.records[k]["iri"] for k in wanted]
        words, sentences = texts(store, kind, iris)
        key = TEXTS[kind][0]
        for node_id in wanted:
            record = graph.records[node_id]
            record[key] = words.get(record["iri"], "")
            record["sentence"] = sentences.get(record["iri"], "")
            node = graph.nodes.get(node_id)
            if node is not None and kind == "statement":
                node.label = statement_label(record[key])
            elif node is not None and record[key]:
                node.label = record[key]


def read_graph(store: Store, *, text: bool = True) -> VizGraph:
    """Every entity, and every statement and event that names one, with the edges between them; their
    words and source sentences too, unless `text` is False (then `fill_text` reads those asked for)."""
    graph = _Reader(store).run()
    if text:
        fill_text(store, graph)
    return graph


def degrees(graph: VizGraph) -> Counter[str]:
    """How many drawn edges touch each node (merged said-about edges count once)."""
    count: Counter[str] = Counter()
    for edge in graph.edges:
        count[edge.source] += 1
        count[edge.target] += 1
    return count
