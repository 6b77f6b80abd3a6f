"""The graph as a property graph for Gephi, Cytoscape, yEd and Neo4j, written with networkx and csv.

Nodes are the entities (actors, equipment, places) and the articles. Every statement and every
event is one labelled edge carrying its attributes: from its speaker (or agent) to its addressee
(or target); where the text names no such actor, the article that reports it stands in.
"""

from __future__ import annotations

import calendar
import json
import re
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.csvsafe import csv_writer
from kg.errors import ExportError
from kg.query import prefix_header
from kg.store import Store, term_text

ENTITY_TYPES = ("Person", "Organization", "Country", "Equipment", "Place")

NODES_QUERY = """
SELECT ?n (MIN(STR(?label)) AS ?name) (MIN(STRAFTER(STR(?class), "#")) AS ?type)
       (GROUP_CONCAT(DISTINCT STR(?alt); separator=" | ") AS ?aliases) (MIN(STR(?wd)) AS ?wikidata)
WHERE {
  VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:Equipment nkg:Place }
  ?n a ?class .
  OPTIONAL { ?n rdfs:label ?label }
  OPTIONAL { ?n skos:altLabel ?alt }
  OPTIONAL { ?n owl:sameAs ?wd }
} GROUP BY ?n
"""
DOCUMENTS_QUERY = """
SELECT ?n (MIN(STR(?t)) AS ?name) (MIN(STR(?d)) AS ?date) (MIN(STR(?u)) AS ?url) WHERE {
  ?n a nkg:Document .
  OPTIONAL { ?n dcterms:title ?t } OPTIONAL { ?n dcterms:date ?d } OPTIONAL { ?n schema:url ?u }
} GROUP BY ?n
"""
STATEMENTS_QUERY = """
SELECT ?x (MIN(STR(?sp)) AS ?source) (MIN(STR(?ad)) AS ?target) (MIN(STR(?doc)) AS ?article)
       (MIN(STR(?c)) AS ?content) (MIN(STR(?k)) AS ?category) (MIN(STR(?q)) AS ?cue)
       (MIN(STR(?sent)) AS ?evidence) (MIN(?b) AS ?beginIndex) (MIN(?e) AS ?endIndex)
       (GROUP_CONCAT(DISTINCT STR(?aboutLabel); separator=" | ") AS ?about)
WHERE {
  ?x a nkg:Statement .
  OPTIONAL { ?x nkg:speaker ?sp } OPTIONAL { ?x nkg:addressee ?ad } OPTIONAL { ?x dcterms:source ?doc }
  OPTIONAL { ?x nkg:content ?c } OPTIONAL { ?x nkg:kind ?k } OPTIONAL { ?x nkg:cue ?q }
  OPTIONAL {
    ?x nkg:evidence ?ev . ?ev nif:beginIndex ?b ; nif:endIndex ?e .
    OPTIONAL { ?ev nkg:inSentence/nif:anchorOf ?sent }
  }
  OPTIONAL { ?x nkg:about/rdfs:label ?aboutLabel }
} GROUP BY ?x
"""
EVENTS_QUERY = """
SELECT ?x (MIN(STR(?ag)) AS ?source) (MIN(STR(?tg)) AS ?target) (MIN(STR(?doc)) AS ?article)
       (MIN(STR(?tr)) AS ?content) (MIN(STRAFTER(STR(?t), "event-type/")) AS ?category)
       (MIN(STR(?rl)) AS ?label) (MIN(STR(?d)) AS ?date) (MIN(STR(?neg)) AS ?negated)
       (MIN(STR(?inst)) AS ?instrument) (MIN(STR(?pl)) AS ?place)
       (MIN(STR(?fact)) AS ?factuality) (MIN(STR(?fcue)) AS ?factualityCue)
       (MIN(STR(?spl)) AS ?reportedBy)
       (MIN(IF(STRENDS(STR(COALESCE(?root, ?t)), "/OTHER"), "OTHER", "")) AS ?other)
       (MIN(STR(?sent)) AS ?evidence) (MIN(?b) AS ?beginIndex) (MIN(?e) AS ?endIndex)
WHERE {
  ?x a nkg:Event ; nkg:eventType ?t .
  OPTIONAL { ?t skos:broader ?root }
  OPTIONAL { ?x nkg:factuality ?fact } OPTIONAL { ?x nkg:factualityCue ?fcue }
  OPTIONAL { ?x nkg:reportedBy/nkg:speaker/rdfs:label ?spl }
  OPTIONAL { ?t nkg:relation/rdfs:label ?rl }
  OPTIONAL { ?x nkg:agent ?ag } OPTIONAL { ?x nkg:target ?tg } OPTIONAL { ?x dcterms:source ?doc }
  OPTIONAL { ?x nkg:trigger ?tr } OPTIONAL { ?x nkg:date ?d } OPTIONAL { ?x nkg:negated ?neg }
  OPTIONAL { ?x nkg:instrument/rdfs:label ?inst } OPTIONAL { ?x nkg:place/rdfs:label ?pl }
  OPTIONAL {
    ?x nkg:evidence ?ev . ?ev nif:beginIndex ?b ; nif:endIndex ?e .
    OPTIONAL { ?ev nkg:inSentence/nif:anchorOf ?sent }
  }
} GROUP BY ?x
"""


def _rows(store: Store, sparql: str) -> list[dict[str, str]]:
    result = store.select(prefix_header() + sparql)
    return [
        {var: term_text(term) for var, term in zip(result.variables, row, strict=True) if term is not None}
        for row in result.rows
    ]


def property_graph(store: Store) -> nx.MultiDiGraph:
    """Entities and articles as nodes; statements and events as edges keyed by their IRI."""
    graph = nx.MultiDiGraph(name="news-kg")
    for row in _rows(store, NODES_QUERY):
        node = {"label": row.get("name", row["n"]), "type": row.get("type", "Entity"), "iri": row["n"]}
        node.update({k: row[k] for k in ("aliases", "wikidata") if row.get(k)})
        graph.add_node(row["n"], **node)
    dates: dict[str, str] = {}
    for row in _rows(store, DOCUMENTS_QUERY):
        graph.add_node(row["n"], label=row.get("name", row["n"]), type="Document", iri=row["n"])
        graph.nodes[row["n"]].update({k: row[k] for k in ("date", "url") if row.get(k)})
        if row.get("date"):
            dates[row["n"]] = row["date"]
    for kind, sparql in (("statement", STATEMENTS_QUERY), ("event", EVENTS_QUERY)):
        for row in _rows(store, sparql):
            article = row.get("article", "")
            if kind == "event" and _unanchored(row):
                continue
            source, target = row.get("source", article), row.get("target", article)
            if not source or not target:
                continue
            for end in (source, target):
                if end not in graph:
                    graph.add_node(end, label=end.rsplit("/", 1)[-1], type="Entity", iri=end)
            edge: dict[str, Any] = {
                k: v for k, v in row.items() if k not in ("x", "source", "target", "other") and v
            }
            edge.update(kind=kind, iri=row["x"])
            edge.setdefault("label", "said" if kind == "statement" else edge.get("category", "").lower())
            edge.setdefault("date", dates.get(article, ""))
            if "negated" in edge:
                edge["negated"] = edge["negated"] == "true"
            for key in ("beginIndex", "endIndex"):
                if key in edge:
                    edge[key] = int(edge[key])
            graph.add_edge(source, target, key=row["x"], **{k: v for k, v in edge.items() if v != ""})
    return graph


def _unanchored(row: dict[str, str]) -> bool:
    """An event with no participant and no CAMEO type ("it happened"): kept in the RDF, no edge."""
    return "source" not in row and "target" not in row and row.get("other") == "OTHER"


def export_property_graph(store: Store, fmt: str, output: IO[bytes] | Path) -> None:
    """Write graphml, gexf, cytoscape (Cytoscape.js JSON) or neo4j (a folder of CSV and Cypher)."""
    graph = property_graph(store)
    try:
        if fmt == "graphml":
            nx.write_graphml(graph, output, edge_id_from_attribute="iri")
        elif fmt == "gexf":
            nx.write_gexf(_with_times(graph), output)
        elif fmt == "cytoscape":
            data = json.dumps(nx.cytoscape_data(graph, name="label"), ensure_ascii=False, indent=1)
            _write(output, data.encode("utf-8"))
        elif fmt == "neo4j":
            if not isinstance(output, Path):
                raise ExportError("the neo4j export writes a folder of files: give it with -o FOLDER")
            write_neo4j(graph, output)
        else:
            raise ExportError(f"unknown property-graph format {fmt!r}")
    except OSError as err:
        raise ExportError(f"writing {fmt} failed: {err}") from err


def _write(output: IO[bytes] | Path, data: bytes) -> None:
    if isinstance(output, Path):
        output.write_bytes(data)
    else:
        output.write(data)


def period(value: str) -> tuple[str, str] | None:
    """The first and last day of an ISO date, month or year: "2023-02" -> 2023-02-01, 2023-02-28."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, value
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(match[1]), int(match[2])
        return f"{value}-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01", f"{value}-12-31"
    return None


def _with_times(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose dated edges carry GEXF start/end, so Gephi's timeline can play them."""
    out = graph.copy()
    for _s, _t, data in out.edges(data=True):
        span = period(str(data.get("date", "")))
        if span:
            data["start"], data["end"] = span
    return out


NODE_FIELDS = ("label", "type", "aliases", "wikidata", "date", "url")
EDGE_FIELDS = (
    "iri", "kind", "label", "category", "date", "article", "content", "evidence",
    "beginIndex", "endIndex", "cue", "about", "instrument", "place", "negated",
    "factuality", "factualityCue", "reportedBy",
)  # fmt: skip
NODE_HEADER = ["id:ID", "name", "type", "aliases", "wikidata", "date", "url", ":LABEL"]
EDGE_HEADER = [
    ":START_ID", ":END_ID", ":TYPE", "iri", "kind", "label", "category", "date", "article", "content",
    "evidence", "beginIndex:int", "endIndex:int", "cue", "about", "instrument", "place", "negated:boolean",
    "factuality", "factualityCue", "reportedBy",
]  # fmt: skip


def relationship_type(label: str) -> str:
    """A Neo4j relationship type from an edge label: "shot down" -> SHOT_DOWN."""
    words = re.findall(r"[A-Za-z0-9]+", label)
    return "_".join(w.upper() for w in words) or "RELATED"


def write_neo4j(graph: nx.MultiDiGraph, folder: Path) -> None:
    """nodes.csv and relationships.csv for `neo4j-admin database import`, and load.cypher for LOAD CSV."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "nodes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(NODE_HEADER)
        for node, data in graph.nodes(data=True):
            labels = "Node;" + ("Document" if data["type"] == "Document" else f"Entity;{data['type']}")
            writer.writerow([node, *(data.get(k, "") for k in NODE_FIELDS), labels])
    types: set[str] = set()
    with (folder / "relationships.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow(EDGE_HEADER)
        for source, target, data in graph.edges(data=True):
            rel = relationship_type(str(data.get("label", "")))
            types.add(rel)
            values = [data.get(k, "") for k in EDGE_FIELDS]
            at = EDGE_FIELDS.index("negated")
            values[at] = "" if "negated" not in data else str(data["negated"]).lower()
            writer.writerow([source, target, rel, *values])
    (folder / "load.cypher").write_text(load_cypher(sorted(types)), encoding="utf-8")


def load_cypher(types: list[str]) -> str:
    """A LOAD CSV script for nodes.csv and relationships.csv copied into Neo4j's import folder."""
    node_props = ", ".join(f"n.{k} = row.{k}" for k in ("name", "type", "aliases", "wikidata", "date", "url"))
    lines = [
        "// Copy nodes.csv and relationships.csv into Neo4j's import folder, then run this in cypher-shell.",
        "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;",
    ]
    for label in (*ENTITY_TYPES, "Document"):
        extra = "" if label == "Document" else ":Entity"
        lines.append(
            f"LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.type = '{label}'\n"
            f"MERGE (n:Node{extra}:{label} {{id: row.`id:ID`}}) SET {node_props};"
        )
    names = ("iri", "kind", "label", "category", "article", "content", "evidence", "cue")
    edge_props = ", ".join(f"r.{k} = row.{k}" for k in names)
    edge_props += ", r.about = row.about, r.instrument = row.instrument, r.place = row.place"
    edge_props += ", r.date = CASE row.date WHEN '' THEN null ELSE row.date END"
    edge_props += ", r.beginIndex = toInteger(row.`beginIndex:int`)"
    edge_props += ", r.endIndex = toInteger(row.`endIndex:int`)"
    edge_props += ", r.negated = toBoolean(row.`negated:boolean`)"
    edge_props += ", r.factuality = row.factuality, r.factualityCue = row.factualityCue"
    edge_props += ", r.reportedBy = row.reportedBy"
    for rel in types:
        lines.append(
            "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row\n"
            f"WITH row WHERE row.`:TYPE` = '{rel}'\n"
            "MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})\n"
            f"CREATE (a)-[r:{rel}]->(b) SET {edge_props};"
        )
    return "\n".join(lines) + "\n"
