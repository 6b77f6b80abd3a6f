"""Every export read back by a reader that did not write it, with matching counts and labels intact.

pyoxigraph reads what rdflib wrote (jsonld, rdfxml), rdflib what pyoxigraph wrote (ttl, nt, nq,
trig), igraph the GraphML, and plain xml, json and csv parsers the GEXF, Cytoscape and Neo4j files.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDFS, Dataset, Graph, Literal

from kg.cli import main
from kg.export import export
from kg.propgraph import period, property_graph, relationship_type
from kg.store import Store, open_store
from tests.conftest import SEED
from tests.test_store import LABELS, QUOTE, sample_graphs

NKG = "https://w3id.org/news-kg/ontology#"
RDFS_LABEL = str(RDFS.label)
GEXF = "{http://www.gexf.net/1.2draft}"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> str:
    where = str(tmp_path_factory.mktemp("sample") / "store")
    store = open_store(where)
    store.replace_graphs(sample_graphs())
    store.close()
    return where


def _open(where: str) -> Store:
    return open_store(where, read_only=True, create=False)


def _union(where: str) -> set[tuple[object, ...]]:
    return {(q.subject, q.predicate, q.object) for q in _open(where).quads()}


def _counts(where: str) -> dict[str, int]:
    """What the property graph should hold, counted in the store with SPARQL."""
    store = _open(where)

    def count(pattern: str) -> int:
        rows = store.select(
            f"PREFIX nkg: <{NKG}> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"
        ).rows
        return int(rows[0][0].value)  # type: ignore[union-attr]

    entities = count("VALUES ?c { nkg:Person nkg:Organization nkg:Country nkg:Equipment nkg:Place } ?x a ?c")
    other, broader = (
        "<https://w3id.org/news-kg/event-type/OTHER>",
        "<http://www.w3.org/2004/02/skos/core#broader>",
    )
    unanchored = count(  # an OTHER event with no participant draws no edge
        "?x a nkg:Event ; nkg:eventType ?t . "
        "FILTER NOT EXISTS { ?x nkg:agent ?a } FILTER NOT EXISTS { ?x nkg:target ?b } "
        f"FILTER (?t = {other} || (EXISTS {{ ?t {broader} ?r }} "
        f"&& NOT EXISTS {{ ?t {broader} ?r FILTER (?r != {other}) }}))"
    )
    return {
        "nodes": entities + count("?x a nkg:Document"),
        "edges": count("?x a nkg:Statement") + count("?x a nkg:Event") - unanchored,
    }


def _export(where: str, fmt: str, out: Path) -> Path:
    result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(out), "--store", where])
    assert result.exit_code == 0, result.output
    return out


def _rdflib_labels(graph: Graph) -> set[str]:
    return {str(o) for o in graph.objects(None, RDFS.label) if isinstance(o, Literal) and not o.language}


@pytest.mark.parametrize("fmt, reader", [("ttl", "turtle"), ("nt", "nt")])
def test_triple_exports_by_pyoxigraph_read_by_rdflib(
    sample: str, tmp_path: Path, fmt: str, reader: str
) -> None:
    graph = Graph().parse(_export(sample, fmt, tmp_path / f"g.{fmt}"), format=reader)
    assert len(graph) == len(_union(sample))
    assert set(LABELS.values()) <= _rdflib_labels(graph)
    assert Literal(QUOTE) in set(graph.objects(None, None))


@pytest.mark.parametrize("fmt, reader", [("nq", "nquads"), ("trig", "trig")])
def test_quad_exports_by_pyoxigraph_read_by_rdflib(
    sample: str, tmp_path: Path, fmt: str, reader: str
) -> None:
    dataset = Dataset()
    dataset.parse(_export(sample, fmt, tmp_path / f"g.{fmt}"), format=reader)
    quads = {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))}
    assert len(quads) == len(list(_open(sample).quads()))
    assert {str(g) for *_t, g in quads} == set(_open(sample).named_graphs())
    labels = {str(o) for _s, p, o, _g in quads if str(p) == RDFS_LABEL and isinstance(o, Literal)}
    assert set(LABELS.values()) <= labels


def test_rdfxml_by_rdflib_read_by_pyoxigraph(sample: str, tmp_path: Path) -> None:
    out = _export(sample, "rdfxml", tmp_path / "g.rdf")
    triples = {q.triple for q in ox.parse(path=str(out), format=ox.RdfFormat.RDF_XML)}
    assert len(triples) == len(_union(sample))
    labels = {t.object.value for t in triples if t.predicate.value == RDFS_LABEL}
    assert set(LABELS.values()) <= labels


def test_jsonld_by_rdflib_read_by_pyoxigraph_and_as_plain_json(sample: str, tmp_path: Path) -> None:
    out = _export(sample, "jsonld", tmp_path / "g.jsonld")
    quads = set(ox.parse(path=str(out), format=ox.RdfFormat.JSON_LD))
    assert len(quads) == len(list(_open(sample).quads()))
    plain = json.loads(out.read_text(encoding="utf-8"))
    assert plain["@context"]["label"] == "rdfs:label"
    nodes = [node for graph in plain["@graph"] for node in graph["@graph"]]
    people = {node["label"] for node in nodes if node.get("type") == "Person"}
    assert people == {LABELS["person/putin"], LABELS["person/oneil"], LABELS["person/ali"]}
    said = [node for node in nodes if node.get("type") == "Statement" and node.get("content") == QUOTE]
    assert len(said) == 1 and said[0]["speaker"] == "https://w3id.org/news-kg/id/person/putin"


def test_graphml_read_by_igraph(sample: str, tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph")
    out = _export(sample, "graphml", tmp_path / "g.graphml")
    graph = igraph.Graph.Read_GraphML(str(out))
    counts = _counts(sample)
    assert (graph.vcount(), graph.ecount()) == (counts["nodes"], counts["edges"]) == (7, 6)
    assert set(LABELS.values()) <= set(graph.vs["label"])
    assert QUOTE in graph.es["content"]
    rejected = [e for e in graph.es if e["label"] == "rejected"]
    assert len(rejected) == 1
    edge = rejected[0]
    source, target = graph.vs[edge.source]["label"], graph.vs[edge.target]["label"]
    assert (source, target, edge["date"], edge["category"]) == (
        LABELS["org/ministry"],
        LABELS["person/oneil"],
        "2023-02-07",
        "REJECT",
    )


def test_gexf_has_dynamic_edge_dates(sample: str, tmp_path: Path) -> None:
    root = ET.parse(_export(sample, "gexf", tmp_path / "g.gexf")).getroot()
    graph = root.find(f"{GEXF}graph")
    assert graph is not None and graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    nodes, edges = graph.findall(f"{GEXF}nodes/{GEXF}node"), graph.findall(f"{GEXF}edges/{GEXF}edge")
    counts = _counts(sample)
    assert (len(nodes), len(edges)) == (counts["nodes"], counts["edges"])
    assert set(LABELS.values()) <= {n.get("label") for n in nodes}
    spans = {e.get("label"): (e.get("start"), e.get("end")) for e in edges}
    assert spans["rejected"] == ("2023-02-07", "2023-02-07")
    assert spans["met"] == ("2023-02-01", "2023-02-28")
    assert spans["said"] in {("2023-02-07", "2023-02-07"), ("2023-03-01", "2023-03-01")}


def test_cytoscape_json(sample: str, tmp_path: Path) -> None:
    data = json.loads(_export(sample, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    counts = _counts(sample)
    assert (len(nodes), len(edges)) == (counts["nodes"], counts["edges"])
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert set(LABELS.values()) <= {n["data"]["name"] for n in nodes}
    assert QUOTE in {e["data"].get("content") for e in edges}


def test_neo4j_csv_and_cypher(sample: str, tmp_path: Path) -> None:
    folder = _export(sample, "neo4j", tmp_path / "neo4j")
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with (folder / "relationships.csv").open(encoding="utf-8", newline="") as handle:
        rels = list(csv.DictReader(handle))
    counts = _counts(sample)
    assert (len(nodes), len(rels)) == (counts["nodes"], counts["edges"])
    assert {"id:ID", ":LABEL"} <= set(nodes[0]) and {":START_ID", ":END_ID", ":TYPE"} <= set(rels[0])
    ids = {n["id:ID"] for n in nodes}
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)
    assert set(LABELS.values()) <= {n["name"] for n in nodes}
    assert {n[":LABEL"] for n in nodes if n["name"] == LABELS["person/ali"]} == {"Node;Entity;Person"}
    assert QUOTE in {r["content"] for r in rels}
    types = {r[":TYPE"] for r in rels}
    assert types == {"SAID", "REJECTED", "MET", "ENDED"}
    cypher = (folder / "load.cypher").read_text(encoding="utf-8")
    assert all(f"CREATE (a)-[r:{t}]->(b)" in cypher for t in types)
    assert cypher.count("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'") == 6


def test_every_event_and_statement_is_one_edge_with_the_article_standing_in() -> None:
    store = open_store(":memory:")
    store.replace_graphs(sample_graphs())
    graph = property_graph(store)
    ended = [(s, t, d) for s, t, d in graph.edges(data=True) if d["label"] == "ended"]
    assert ended == [
        (
            "https://w3id.org/news-kg/id/doc/sample-b",
            "https://w3id.org/news-kg/id/doc/sample-b",
            ended[0][2],
        )
    ]
    assert ended[0][2]["negated"] is True and ended[0][2]["date"] == "2023-03-01"
    unattributed = [d for _s, _t, d in graph.edges(data=True) if d.get("content") == "the plan & <offer>"]
    assert len(unattributed) == 1 and "cue" not in unattributed[0]


@pytest.mark.parametrize(
    "value, span",
    [("2023-02-07", ("2023-02-07", "2023-02-07")), ("2024-02", ("2024-02-01", "2024-02-29")),
     ("2023", ("2023-01-01", "2023-12-31")), ("2023-W05", None), ("", None)],
)  # fmt: skip
def test_period(value: str, span: tuple[str, str] | None) -> None:
    assert period(value) == span


@pytest.mark.parametrize(
    "label, rel", [("shot down", "SHOT_DOWN"), ("said", "SAID"), ("", "RELATED"), ("re-routed", "RE_ROUTED")]
)
def test_relationship_type(label: str, rel: str) -> None:
    assert relationship_type(label) == rel


def test_export_to_stdout_and_neo4j_needs_a_folder(sample: str) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "nt", "--store", sample])
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout_bytes.decode("utf-8"), format="nt")) == len(_union(sample))
    result = CliRunner().invoke(main, ["export", "--format", "neo4j", "--store", sample])
    assert result.exit_code == 2 and "give the folder with -o FOLDER" in result.output


def test_export_function_refuses_unknown_format(sample: str) -> None:
    from kg.errors import ExportError

    with pytest.raises(ExportError, match="unknown export format 'dot'"):
        export(_open(sample), "dot", io.BytesIO())


@pytest.mark.model
def test_every_export_of_the_seed_graph_reads_back(tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph")
    where = str(tmp_path / "seed")
    assert CliRunner().invoke(main, ["build", str(SEED), "--store", where, "-q"]).exit_code == 0
    union, quads, counts = len(_union(where)), len(list(_open(where).quads())), _counts(where)
    assert counts["edges"] > 0
    assert len(Graph().parse(_export(where, "ttl", tmp_path / "g.ttl"), format="turtle")) == union
    assert len(Graph().parse(_export(where, "nt", tmp_path / "g.nt"), format="nt")) == union
    for fmt, reader in (("nq", "nquads"), ("trig", "trig")):
        dataset = Dataset()
        dataset.parse(_export(where, fmt, tmp_path / f"g.{fmt}"), format=reader)
        assert len(set(dataset.quads((None, None, None, None)))) == quads
    rdfxml = ox.parse(path=str(_export(where, "rdfxml", tmp_path / "g.rdf")), format=ox.RdfFormat.RDF_XML)
    assert len({q.triple for q in rdfxml}) == union
    jsonld = ox.parse(path=str(_export(where, "jsonld", tmp_path / "g.jsonld")), format=ox.RdfFormat.JSON_LD)
    assert len(set(jsonld)) == quads
    graphml = igraph.Graph.Read_GraphML(str(_export(where, "graphml", tmp_path / "g.graphml")))
    assert (graphml.vcount(), graphml.ecount()) == (counts["nodes"], counts["edges"])
    gexf = ET.parse(_export(where, "gexf", tmp_path / "g.gexf")).getroot()
    assert len(gexf.findall(f".//{GEXF}edge")) == counts["edges"]
    cy = json.loads(_export(where, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    assert len(cy["elements"]["nodes"]) == counts["nodes"]
    folder = _export(where, "neo4j", tmp_path / "neo")
    with (folder / "relationships.csv").open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == counts["edges"]
