"""The graph view's data: actors, statements and events of a store as nodes, edges and panel records.

Only SPARQL reads the store; what comes out is plain data (no RDF terms), ready to be drawn.
Node ids are short ("a3", "s12", "e7"); each keeps its IRI for the panel.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from kg.graph import DRAWN_AS_FACT
from kg.store import EmbeddedStore, Store
from kg.view.queries import (
    ABOUT,
    AFFILIATIONS,
    ALIASES,
    ARGUMENTS,
    BROADER,
    DOCUMENTS,
    ENTITIES,
    EVENTS,
    MENTION_COUNTS,
    MENTIONED,
    RELATIONS,
    SENTENCES,
    SIDES,
    STATEMENTS,
    TYPE_LABELS,
    local,
    select,
)

ENTITY_TYPES = ("Person", "Organization", "Country", "Equipment", "Place")
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
    return round(min(38.0, 12.0 + 5.5 * math.log2(1 + max(mentions, 1))), 1)


VIEW_QUERIES = (
    DOCUMENTS, MENTION_COUNTS, ENTITIES, ALIASES, MENTIONED, AFFILIATIONS, ABOUT, SIDES, STATEMENTS,
    ARGUMENTS, EVENTS, TYPE_LABELS, BROADER, RELATIONS,
    *(SENTENCES.replace("KIND", k) for k in ("Statement", "Event")),
)  # fmt: skip


def prefetch(store: Store, queries: Iterable[str]) -> dict[str, list[dict[str, str]]]:
    """The answers of all `queries`, asked at once in threads when the store is embedded (Oxigraph
    evaluates outside Python's lock, so the queries share the cores); one by one otherwise."""
    queries = list(queries)
    if not isinstance(store, EmbeddedStore):
        return {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda q: list(select(store, q)), queries))
    return dict(zip(queries, answers, strict=True))


def first_rows(rows: Any, key: str) -> dict[str, dict[str, str]]:
    """The first row for each value of `key` (several rows for one subject come from repeated values),
    in the order of the keys."""
    found: dict[str, dict[str, str]] = {}
    for row in rows:
        found.setdefault(row[key], row)
    return {k: found[k] for k in sorted(found)}


class _Reader:
    """Reads one store into a VizGraph."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.answers = prefetch(store, VIEW_QUERIES)
        self.g = VizGraph()
        self.doc_index: dict[str, int] = {}
        self.merged: dict[tuple[str, str, str, str], Edge] = {}
        self.sentences: dict[str, str] = {}

    def run(self) -> VizGraph:
        self.documents()
        self.entities()
        self.affiliations()
        self.sentences = self.source_sentences()
        self.statements()
        self.events()
        return self.g

    def rows(self, sparql: str) -> Iterable[dict[str, str]]:
        """The rows of one of the view's queries (asked ahead), or of another query now."""
        answer = self.answers.pop(sparql, None)
        return select(self.store, sparql) if answer is None else answer

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
            info = {k: row.get(k, "") for k in ("title", "date", "publisher", "url")}
            self.g.documents.append({"iri": row["d"], **info})

    def entities(self) -> None:
        counts = {row["e"]: int(row.get("n", "0")) for row in self.rows(MENTION_COUNTS)}
        for row in self.rows(ENTITIES):
            iri, group = row["e"], local(row["type"])
            if iri in self.g.by_iri:
                continue
            mentions = counts.get(iri, 0)
            node = self.add_node("a", iri, kind="actor", group=group, label=row["label"], mentions=mentions)
            self.g.records[node.id] = {
                "kind": "actor",
                "type": group,
                "label": row["label"],
                "iri": iri,
                "aliases": [],
                "memberOf": [],
                "statements": [],
                "events": [],
                "docs": [],
            }
        for row in self.rows(ALIASES):
            record = self.record_of(row["e"])
            if record and row["alt"] not in record["aliases"] and row["alt"] != record["label"]:
                record["aliases"].append(row["alt"])
        for row in self.rows(MENTIONED):
            node_id, index = self.g.by_iri.get(row["e"]), self.doc(row["doc"])
            if node_id and index is not None:
                self.stamp(self.g.nodes[node_id], index)
        for node in self.g.nodes.values():
            record = self.g.records[node.id]
            record["docs"] = sorted(node.docs)
            record["aliases"].sort()
            if not node.mentions:
                node.mentions = len(node.docs)

    def affiliations(self) -> None:
        for row in self.rows(AFFILIATIONS):
            member, body = self.g.by_iri.get(row["member"]), self.g.by_iri.get(row["body"])
            if member and body and member != body and body not in self.g.records[member]["memberOf"]:
                self.g.records[member]["memberOf"].append(body)

    def record_of(self, iri: str) -> dict[str, Any] | None:
        node_id = self.g.by_iri.get(iri)
        return self.g.records.get(node_id) if node_id else None

    def source_sentences(self) -> dict[str, str]:
        """The sentence each statement and event was read from."""
        found: dict[str, str] = {}
        for kind in ("Statement", "Event"):
            for row in self.rows(SENTENCES.replace("KIND", kind)):
                found.setdefault(row["x"], row["sentence"])
        return found

    def evidence(self, iri: str, doc: str | None) -> tuple[str, int | None]:
        """The source sentence of a statement or event, and its article."""
        return self.sentences.get(iri, ""), self.doc(doc)

    def statements(self) -> None:
        about: dict[str, list[str]] = defaultdict(list)
        for row in self.rows(ABOUT):
            if row["e"] in self.g.by_iri and self.g.by_iri[row["e"]] not in about[row["s"]]:
                about[row["s"]].append(self.g.by_iri[row["e"]])
        sides = {row["s"]: self.g.by_iri.get(row["side"]) for row in self.rows(SIDES)}
        for row in first_rows(self.rows(STATEMENTS), "s").values():
            sentence, index = self.evidence(row["s"], row.get("doc"))
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
                "side": sides.get(row["s"]),
                "statementKind": row.get("kind", ""),
                "cue": row.get("cue", ""),
                "sentence": sentence,
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
        for row in self.rows(ARGUMENTS):
            if row["e"] in self.g.by_iri:
                args[row["ev"]][local(row["role"])] = self.g.by_iri[row["e"]]
        types = self.event_types()
        for row in first_rows(self.rows(EVENTS), "ev").values():
            kind = types.get(row["type"], {})
            sentence, index = self.evidence(row["ev"], row.get("doc"))
            label = type_label(row["type"], kind.get("typeLabel"))
            date = row.get("date")
            node = self.add_node("e", row["ev"], kind="event", group="Event", label=row.get("trigger", label))
            self.stamp(node, index, date)
            node.cats.add(local(kind.get("root", row["type"])))
            record: dict[str, Any] = {
                "kind": "event",
                "iri": row["ev"],
                "type": label,
                "category": local(kind.get("root", row["type"])),
                "relation": kind.get("relLabel", ""),
                "trigger": row.get("trigger", ""),
                "negated": row.get("negated") == "true",
                "factuality": local(row.get("factuality", "")),
                "date": date or "",
                "args": args.get(row["ev"], {}),
                "reportedBy": self.g.by_iri.get(row.get("reported", "")),
                "sentence": sentence,
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
