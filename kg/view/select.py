"""Parts of the view's graph: the result of a SPARQL query, an actor's neighbourhood, the best connected.

Each selection returns a new VizGraph holding a subset of the nodes, the edges between them, and a
note saying what was selected; the panel records stay whole, so every detail is still one click away.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import QueryError
from kg.query import is_update, refuse_service
from kg.store import Store
from kg.view.data import VizGraph, degrees
from kg.view.queries import evaluate, solutions


def subgraph(graph: VizGraph, keep: set[str], note: str | None = None) -> VizGraph:
    """The nodes in `keep` and the edges between them."""
    nodes = {k: n for k, n in graph.nodes.items() if k in keep}
    edges = [e for e in graph.edges if e.source in nodes and e.target in nodes]
    notes = graph.notes + ([note] if note else [])
    return VizGraph(nodes, edges, graph.records, graph.documents, notes, graph.by_iri)


def participants(graph: VizGraph, node_id: str) -> set[str]:
    """The actors a statement or an event links: its speaker, what it is about, its arguments."""
    record = graph.records.get(node_id, {})
    if record.get("kind") == "statement":
        return set(record["about"]) | ({record["speaker"]} if record["speaker"] else set())
    if record.get("kind") == "event":
        return set(record["args"].values())
    return set()


def with_context(graph: VizGraph, keep: set[str]) -> set[str]:
    """`keep` plus the actors of each statement and event in it."""
    found = set(keep)
    for node_id in keep:
        found |= participants(graph, node_id)
    return found & set(graph.nodes)


def find_actor(graph: VizGraph, name: str) -> str:
    """The id of the actor named `name` (label or alias, any case); the most mentioned if several."""
    wanted = name.casefold().strip()

    def names(node_id: str) -> list[str]:
        return [graph.nodes[node_id].label, *graph.records[node_id].get("aliases", [])]

    actors = [n for n in graph.nodes.values() if n.kind == "actor"]
    hits = [n for n in actors if any(x.casefold() == wanted for x in names(n.id))]
    if not hits:
        hits = [n for n in actors if any(wanted in x.casefold() for x in names(n.id))]
    if not hits:
        raise QueryError(f"no actor named {name!r} in the store")
    return max(hits, key=lambda n: (n.mentions, n.label)).id


def neighbourhood(graph: VizGraph, name: str, hops: int) -> VizGraph:
    """The actor named `name`, the actors within `hops` steps, and the statements and events among them.

    Two actors are one step apart when an edge, a statement or an event links them.
    """
    start = find_actor(graph, name)
    adjacent: dict[str, set[str]] = {}
    for node_id, node in graph.nodes.items():
        if node.kind != "actor":
            linked = participants(graph, node_id)
            for actor in linked:
                adjacent.setdefault(actor, set()).update(linked - {actor})
    for edge in graph.edges:
        if graph.nodes[edge.source].kind == "actor" and graph.nodes[edge.target].kind == "actor":
            adjacent.setdefault(edge.source, set()).add(edge.target)
            adjacent.setdefault(edge.target, set()).add(edge.source)
    reached, frontier = {start}, {start}
    for _ in range(max(hops, 0)):
        frontier = {n for f in frontier for n in adjacent.get(f, set())} - reached
        reached |= frontier
    keep = set(reached)
    for node_id, node in graph.nodes.items():
        linked = participants(graph, node_id)
        if node.kind != "actor" and linked and linked <= reached:
            keep.add(node_id)
    label = graph.nodes[start].label
    return subgraph(graph, keep, f"{label} and the actors within {hops} hop{'s' if hops != 1 else ''}")


def query_iris(store: Store, sparql: str) -> set[str]:
    """Every IRI a SELECT or CONSTRUCT query returns."""
    refuse_service(sparql, "the view reads the store only")
    if is_update(sparql):
        raise QueryError("the view takes a SELECT or CONSTRUCT query, not an update")
    result = evaluate(store, sparql)
    if isinstance(result, bool):
        raise QueryError("the view takes a SELECT or CONSTRUCT query, not ASK")
    found: set[str] = set()
    if isinstance(result, ox.QueryTriples | list):
        for triple in result:
            found |= {t.value for t in (triple.subject, triple.object) if isinstance(t, ox.NamedNode)}
        return found
    _, rows = solutions(result)
    for row in rows:
        found |= {t.value for t in row if isinstance(t, ox.NamedNode)}
    return found


def from_query(graph: VizGraph, store: Store, sparql: str) -> VizGraph:
    """The nodes a query names (with the actors of its statements and events)."""
    keep = {graph.by_iri[iri] for iri in query_iris(store, sparql) if iri in graph.by_iri}
    if not keep:
        raise QueryError("the query names no actor, statement or event of the store")
    return subgraph(graph, with_context(graph, keep), "the nodes of the given query")


def best_connected(graph: VizGraph, max_nodes: int) -> VizGraph:
    """At most `max_nodes` nodes: the least connected are cut, and a note says how many."""
    if len(graph.nodes) <= max_nodes:
        return graph
    degree = degrees(graph)
    ranked = sorted(
        graph.nodes.values(), key=lambda n: (-degree[n.id], n.kind != "actor", -n.mentions, n.label)
    )
    keep = {n.id for n in ranked[:max_nodes]}
    cut = len(graph.nodes) - len(keep)
    note = (
        f"{len(keep):,} of {len(graph.nodes):,} nodes shown: "
        f"the {cut:,} least connected were cut (--max-nodes {max_nodes})"
    )
    return subgraph(graph, keep, note)


def best_actors(graph: VizGraph, max_actors: int) -> VizGraph:
    """The `max_actors` best connected linked actors, and the statements and events among them.

    A corpus holds tens of thousands of actors, most named once; a page carries the ones that shape
    the picture. Actors with no link are left out when there are more linked ones than that.
    """
    from kg.view.layout import actor_graph, ranks

    ag = actor_graph(graph)
    linked = {ag.ids[i] for pair in ag.pairs for i in pair}
    actors = sum(1 for n in graph.nodes.values() if n.kind == "actor")
    if max_actors <= 0 or (len(linked) <= max_actors and actors <= max_actors):
        return graph
    rank = ranks(graph, ag)
    keep = set(sorted(linked, key=rank.__getitem__)[:max_actors])
    for node_id, node in graph.nodes.items():
        linked_to = participants(graph, node_id)
        if node.kind != "actor" and linked_to and linked_to <= keep:
            keep.add(node_id)
    if len(linked) > max_actors:
        note = f"the {max_actors:,} best connected of {actors:,} actors (--max-actors {max_actors})"
    else:
        note = f"the {len(linked):,} actors linked to another, of {actors:,} (--max-actors {max_actors})"
    return subgraph(graph, keep, note)
