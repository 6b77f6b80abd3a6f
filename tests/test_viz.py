"""The graph view's logic: nodes and edges from a small hand-written store, escaping, selections, the cut."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.store import Store, open_store
from kg.view.data import Edge, Node, VizGraph, read_graph
from kg.view.page import json_for_script, payload, render_page, script_safe
from kg.view.select import best_connected, find_actor, from_query, neighbourhood

HOSTILE = "We will not <img src=x onerror=alert(1)> talk </script><script>alert(2)</script> <!-- now"
PREFIXES = """
@prefix nkg: <https://w3id.org/news-kg/ontology#> .
@prefix nkgt: <https://w3id.org/news-kg/event-type/> .
@prefix id: <https://w3id.org/news-kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""
TRIG = (
    PREFIXES
    + """
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:graph\\/ontology {
  nkg:rejected rdfs:subPropertyOf nkg:interaction ; rdfs:label "rejected" .
  nkg:shotDown rdfs:subPropertyOf nkg:interaction ; rdfs:label "shot down" .
  nkgt:REJECT nkg:relation nkg:rejected .
  nkgt:SHOOT_DOWN nkg:relation nkg:shotDown ; skos:broader nkgt:FIGHT ; skos:prefLabel "shoot down"@en .
}
id:graph\\/d1 {
  id:doc\\/d1 a nkg:Document ; dcterms:title "Talks fail" ; dcterms:date "2023-02-07"^^xsd:date ;
      dcterms:publisher "Daily News" .
  id:person\\/ann a nkg:Person ; rdfs:label "Ann Lee" ; skos:altLabel "Lee", "Minister Lee" ;
      nkg:mentionedIn id:doc\\/d1 ; nkg:evidence id:m1, id:m2, id:m3 .
  id:country\\/a a nkg:Country ; rdfs:label "Avalon" ; nkg:mentionedIn id:doc\\/d1 ;
      nkg:evidence id:m4, id:m5 .
  id:country\\/b a nkg:Country ; rdfs:label "Borduria" ; nkg:mentionedIn id:doc\\/d1 ; nkg:evidence id:m6 .
  id:equipment\\/x a nkg:Equipment ; rdfs:label "X-1 drone" ; nkg:mentionedIn id:doc\\/d1 ;
      nkg:evidence id:m7 .
  id:org\\/zed a nkg:Organization ; rdfs:label "Zed Corp" ; nkg:mentionedIn id:doc\\/d1 ; nkg:evidence id:m8 .
  id:statement\\/s1 a nkg:Statement ; nkg:content "HOSTILE" ; nkg:kind "direct" ; nkg:cue "said" ;
      nkg:speaker id:person\\/ann ; nkg:about id:country\\/b ; dcterms:source id:doc\\/d1 ;
      nkg:evidence id:q1 .
  id:person\\/ann nkg:said id:statement\\/s1 .
  id:q1 nif:anchorOf "We will not" ; nkg:inSentence [ nif:anchorOf "Lee said: HOSTILE." ] ;
      nkg:inDocument id:doc\\/d1 .
  id:event\\/e1 a nkg:Event ; nkg:eventType nkgt:REJECT ; nkg:trigger "rejected" ; nkg:negated false ;
      nkg:agent id:country\\/a ; nkg:target id:country\\/b ; nkg:date "2023-02-06"^^xsd:date ;
      dcterms:source id:doc\\/d1 ; nkg:evidence id:t1 .
  id:t1 nkg:inSentence [ nif:anchorOf "Avalon rejected the Borduria plan." ] ; nkg:inDocument id:doc\\/d1 .
  id:event\\/e2 a nkg:Event ; nkg:eventType nkgt:SHOOT_DOWN ; nkg:trigger "shot down" ; nkg:negated false ;
      nkg:agent id:country\\/a ; nkg:target id:equipment\\/x ; dcterms:source id:doc\\/d1 ;
      nkg:evidence id:t2 .
  id:t2 nkg:inSentence [ nif:anchorOf "Avalon shot down the X-1 drone." ] ; nkg:inDocument id:doc\\/d1 .
  id:country\\/a nkg:rejected id:country\\/b .
  id:country\\/a nkg:shotDown id:equipment\\/x .
}
""".replace("HOSTILE", HOSTILE)
)


def small_store() -> Store:
    store = open_store(":memory:")
    store.ox.load(TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def graph() -> VizGraph:
    return read_graph(small_store())


def by_label(graph: VizGraph, label: str) -> Node:
    return next(n for n in graph.nodes.values() if n.label == label)


def labelled_edges(graph: VizGraph, kind: str) -> set[tuple[str, str, str]]:
    name = lambda node_id: graph.nodes[node_id].label  # noqa: E731
    return {(name(e.source), e.label, name(e.target)) for e in graph.edges if e.kind == kind}


def test_actors_have_type_names_and_mention_counts(graph: VizGraph) -> None:
    ann, borduria = by_label(graph, "Ann Lee"), by_label(graph, "Borduria")
    assert (ann.kind, ann.group, ann.mentions) == ("actor", "Person", 3)
    assert graph.records[ann.id]["aliases"] == ["Lee", "Minister Lee"]
    assert by_label(graph, "X-1 drone").group == "Equipment"
    assert payload(graph, "t")["nodes"][0]["size"] > 0
    sizes = {n["label"]: n.get("size") for n in payload(graph, "t")["nodes"]}
    assert sizes["Ann Lee"] > sizes[borduria.label]


def test_relations_are_drawn_agent_to_target_with_their_past_tense_labels(graph: VizGraph) -> None:
    assert labelled_edges(graph, "relation") == {
        ("Avalon", "rejected", "Borduria"),
        ("Avalon", "shot down", "X-1 drone"),
    }
    edge = next(e for e in graph.edges if e.kind == "relation" and e.label == "rejected")
    (event,) = edge.records
    assert graph.records[event]["sentence"] == "Avalon rejected the Borduria plan."
    assert edge.dates == {"2023-02-06", "2023-02-07"}


def test_said_goes_to_the_statement_and_to_what_it_is_about(graph: VizGraph) -> None:
    ann = by_label(graph, "Ann Lee")
    said = [e for e in graph.edges if e.kind == "said"]
    assert [(graph.nodes[e.source].label, graph.nodes[e.target].kind) for e in said] == [
        ("Ann Lee", "statement")
    ]
    assert labelled_edges(graph, "said-about") == {("Ann Lee", "said", "Borduria")}
    (statement,) = graph.records[ann.id]["statements"]
    record = graph.records[statement]
    assert (record["content"], record["statementKind"], record["speaker"]) == (HOSTILE, "direct", ann.id)
    assert graph.documents[record["doc"]]["title"] == "Talks fail"


def test_event_records_give_type_category_arguments_and_date(graph: VizGraph) -> None:
    shoot = next(r for r in graph.records.values() if r["kind"] == "event" and r["trigger"] == "shot down")
    assert (shoot["type"], shoot["category"], shoot["relation"]) == ("shoot down", "FIGHT", "shot down")
    assert {role: graph.records[a]["label"] for role, a in shoot["args"].items()} == {
        "agent": "Avalon",
        "target": "X-1 drone",
    }
    reject = next(r for r in graph.records.values() if r["kind"] == "event" and r["trigger"] == "rejected")
    assert (reject["category"], reject["date"]) == ("REJECT", "2023-02-06")


@pytest.mark.parametrize(
    "text",
    ["</script><script>alert(1)</script>", "<!-- <script>", "a & b > c", "line\u2028sep", '"quoted" \\ back'],
)
def test_json_for_script_never_writes_markup_and_reads_back(text: str) -> None:
    out = json_for_script({"t": text})
    assert not re.search(r"[<>&\u2028\u2029]", out)
    assert json.loads(out) == {"t": text}


def test_script_safe_leaves_no_closing_script_tag() -> None:
    code = 'const a = "</script>"; const b = "<!--"; const r = /</.test(x);'
    safe = script_safe(code)
    assert "</script" not in safe.lower() and "<!--" not in safe
    assert "/</.test(x)" in safe


def test_page_is_self_contained_and_article_text_stays_data(graph: VizGraph) -> None:
    page = render_page(graph, "a <b>title</b>")
    assert page.count("</script>") == 4
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page
    assert "<img" not in page and "alert(2)</script>" not in page
    assert "<title>a &lt;b&gt;title&lt;/b&gt;</title>" in page
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    records = json.loads(data.group(1))["records"]
    assert HOSTILE in {r.get("content") for r in records.values()}


@pytest.mark.parametrize(
    ("hops", "labels"),
    [
        (0, {"Ann Lee"}),
        (1, {"Ann Lee", "Borduria", "statement"}),
        (2, {"Ann Lee", "Borduria", "statement", "Avalon", "rejected"}),
        (3, {"Ann Lee", "Borduria", "statement", "Avalon", "rejected", "X-1 drone", "shot down"}),
    ],
)
def test_neighbourhood_grows_hop_by_hop(graph: VizGraph, hops: int, labels: set[str]) -> None:
    part = neighbourhood(graph, "minister lee", hops)
    found = {n.label if n.kind != "statement" else "statement" for n in part.nodes.values()}
    assert found == labels
    assert part.notes == [f"Ann Lee and the actors within {hops} hop{'s' if hops != 1 else ''}"]


def test_find_actor_by_any_name_or_fails(graph: VizGraph) -> None:
    assert graph.nodes[find_actor(graph, "LEE")].label == "Ann Lee"
    with pytest.raises(QueryError):
        find_actor(graph, "Nobody Here")


@pytest.mark.parametrize(
    ("sparql", "labels"),
    [
        ("CONSTRUCT { ?a nkg:rejected ?b } WHERE { ?a nkg:rejected ?b }", {"Avalon", "Borduria"}),
        ("SELECT ?s WHERE { ?s a nkg:Statement }", {"Ann Lee", "Borduria", "statement"}),
        ("SELECT ?e WHERE { ?e nkg:trigger 'shot down' }", {"Avalon", "X-1 drone", "shot down"}),
    ],
)
def test_query_draws_the_nodes_it_names(graph: VizGraph, sparql: str, labels: set[str]) -> None:
    part = from_query(graph, small_store(), sparql)
    assert {n.label if n.kind != "statement" else "statement" for n in part.nodes.values()} == labels
    assert all(e.source in part.nodes and e.target in part.nodes for e in part.edges)


def test_query_that_names_nothing_or_updates_is_refused(graph: VizGraph) -> None:
    with pytest.raises(QueryError):
        from_query(graph, small_store(), "SELECT ?x WHERE { ?x a nkg:Nothing }")
    with pytest.raises(QueryError):
        from_query(graph, small_store(), "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    remote = "SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="SERVICE clause"):
        from_query(graph, small_store(), remote)


def test_max_nodes_cuts_the_least_connected_and_says_so(graph: VizGraph) -> None:
    total = len(graph.nodes)
    part = best_connected(graph, 3)
    assert len(part.nodes) == 3
    assert by_label(graph, "Avalon").id in part.nodes
    assert by_label(graph, "Zed Corp").id not in part.nodes
    note = f"3 of {total} nodes shown: the {total - 3} least connected were cut (--max-nodes 3)"
    assert part.notes == [note]
    assert payload(part, "t")["notes"] == [note]
    assert best_connected(graph, total) is graph


def ring(n: int) -> VizGraph:
    graph = VizGraph()
    for i in range(n):
        graph.nodes[f"a{i}"] = Node(f"a{i}", f"urn:{i}", "actor", "Person", f"P{i}")
        graph.records[f"a{i}"] = {"kind": "actor", "aliases": []}
    graph.edges = [Edge(f"a{i}", f"a{(i + 1) % n}", "relation", "met") for i in range(n)]
    return graph


def test_large_graphs_get_positions_ahead_and_small_ones_do_not() -> None:
    big = payload(ring(600), "t")
    assert big["large"] is True
    positions = {(n["x"], n["y"]) for n in big["nodes"]}
    assert len(positions) == 600
    small = payload(ring(20), "t")
    assert small["large"] is False and all("x" not in n for n in small["nodes"])


def test_cli_writes_the_page_for_an_actor(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    disk = ox.Store(str(folder))
    disk.load(TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    disk.flush()
    del disk
    out = tmp_path / "view.html"
    args = ["viz", "-o", str(out), "--store", str(folder), "--actor", "Avalon", "--hops", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "physics layout" in result.output
    data = re.search(r'id="kg-data">(.*?)</script>', out.read_text(encoding="utf-8"), re.S)
    assert data is not None
    labels = {n["label"] for n in json.loads(data.group(1))["nodes"] if n["id"].startswith("a")}
    assert labels == {"Avalon", "Borduria", "X-1 drone"}
    missing = CliRunner().invoke(main, ["viz", "-o", str(out), "--store", str(folder), "--actor", "Nobody"])
    assert missing.exit_code != 0 and "no actor named" in missing.output


def test_parallel_relations_are_drawn_as_one_edge_a_direction() -> None:
    from kg.view.page import merge_parallel

    edges = [
        Edge("a1", "a2", "relation", "rejected", ["e3"]),
        Edge("a1", "a2", "relation", "declined", ["e1", "e2"]),
        Edge("a2", "a1", "relation", "asked", ["e4"]),
        Edge("a1", "a2", "said-about", "said", ["s1"]),
    ]
    merged = merge_parallel(edges)
    assert [(e.source, e.label, e.kind) for e in merged] == [
        ("a1", "declined ×2 · rejected", "relation"),
        ("a2", "asked", "relation"),
        ("a1", "said", "said-about"),
    ]
    assert merged[0].records == ["e1", "e2", "e3"]


CLAIM_TRIG = (
    PREFIXES
    + """

id:graph\\/ontology2 {
  nkgt:ASSAULT nkg:relation nkg:attacked ; skos:prefLabel "assault"@en .
  nkg:attacked rdfs:subPropertyOf nkg:interaction ; rdfs:label "attacked" .
}
id:graph\\/d2 {
  id:event\\/e3 a nkg:Event ; nkg:eventType nkgt:ASSAULT ; nkg:trigger "attacked" ; nkg:negated false ;
      nkg:agent id:country\\/b ; nkg:target id:country\\/a ; nkg:reportedBy id:statement\\/s1 ;
      nkg:factuality nkg:reported ; dcterms:source id:doc\\/d1 .
  id:event\\/e4 a nkg:Event ; nkg:eventType nkgt:ASSAULT ; nkg:trigger "attacked" ; nkg:negated true ;
      nkg:agent id:country\\/a ; nkg:target id:org\\/zed ; dcterms:source id:doc\\/d1 .
  id:person\\/ann nkg:memberOf id:country\\/a .
}
"""
)


def test_an_event_told_in_a_statement_is_a_claim_according_to_its_speaker() -> None:
    store = small_store()
    store.ox.load(CLAIM_TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    graph = read_graph(store)
    assert labelled_edges(graph, "claim") == {("Borduria", "attacked, according to Ann Lee", "Avalon")}
    assert ("Avalon", "attacked", "Zed Corp") not in labelled_edges(graph, "relation")  # negated: not drawn
    claims = [n for n in payload(graph, "t")["nodes"] if n.get("claim")]
    assert [graph.records[n["id"]]["factuality"] for n in claims] == ["reported"]
    ann = by_label(graph, "Ann Lee")
    assert [graph.nodes[b].label for b in graph.records[ann.id]["memberOf"]] == ["Avalon"]


def two_cliques() -> VizGraph:
    """Two groups of five actors, each linked to all in its group, and one link between the groups."""
    graph = VizGraph()
    for i in range(10):
        graph.nodes[f"a{i}"] = Node(f"a{i}", f"urn:{i}", "actor", "Person", f"P{i}", mentions=10 - i)
        graph.records[f"a{i}"] = {"kind": "actor", "aliases": []}
    for group in (range(5), range(5, 10)):
        graph.edges += [
            Edge(f"a{i}", f"a{j}", "relation", "met", ["e"]) for i in group for j in group if i < j
        ]
    graph.edges.append(Edge("a4", "a5", "said-about", "said", ["s"]))
    return graph


def test_groups_are_found_and_named_after_their_best_connected_actor() -> None:
    from kg.view.layout import communities, group_names, ranks

    graph = two_cliques()
    groups, rank = communities(graph), ranks(graph)
    assert {groups[f"a{i}"] for i in range(5)} != {groups[f"a{i}"] for i in range(5, 10)}
    assert len({groups[f"a{i}"] for i in range(5)}) == 1
    assert rank["a4"] < rank["a0"] and rank["a5"] < rank["a9"]  # the bridges have the most neighbours
    names = {g["name"] for g in group_names(graph, groups, rank)}
    assert names == {"P4", "P5"}


def test_layout_holds_the_best_connected_still_and_places_statements_beside_their_actors() -> None:
    from kg.view.layout import precompute

    graph = two_cliques()
    graph.nodes["s1"] = Node("s1", "urn:s1", "statement", "Statement", "“We met”")
    graph.records["s1"] = {"kind": "statement", "speaker": "a0", "about": ["a1"]}
    positions = precompute(graph, backbone=4)
    assert set(positions) == set(graph.nodes)
    near = math.dist(positions["s1"], positions["a0"])
    far = max(math.dist(positions["s1"], positions[f"a{i}"]) for i in range(5, 10))
    assert near < far
    assert precompute(graph, backbone=4) == positions  # the same on every run


def test_time_span_is_the_articles_dates_or_where_most_event_dates_are() -> None:
    from kg.view.page import time_span

    graph = VizGraph()
    graph.records = {f"e{i}": {"kind": "event", "date": f"{2000 + i % 5}-01-0{1 + i % 5}"} for i in range(40)}
    graph.records["e98"] = {"kind": "event", "date": "1774"}  # a founding year named in passing
    graph.records["e99"] = {"kind": "event", "date": "2050"}  # a target year
    assert time_span(graph) == ["2000-01-01", "2004-01-05"]
    years_named = {"y1": "1990", "y2": "1995"} | {f"m{i}": f"2004-0{i}-10" for i in range(1, 9)}
    assert time_span(VizGraph(records={k: {"kind": "event", "date": d} for k, d in years_named.items()})) == [
        "2004-01-10",
        "2004-08-10",
    ]
    graph.documents = [{"date": "2003-05-02"}, {"date": ""}, {"date": "2003-01-09T10:00:00"}]
    assert time_span(graph) == ["2003-01-09", "2003-05-02"]
    assert time_span(VizGraph()) is None


def test_an_article_with_no_title_is_named_by_the_file_it_was_read_from() -> None:
    from kg.view.page import page_document

    assert page_document({"iri": "urn:d1", "path": "news/0042.txt", "date": "2004-02-01"}) == {
        "title": "news/0042.txt",
        "date": "2004-02-01",
    }
    assert page_document({"iri": "urn:d2", "title": "Rates rise", "path": "x.txt"}) == {"title": "Rates rise"}
    assert page_document({"iri": "urn:d3"}) == {"title": "urn:d3"}
