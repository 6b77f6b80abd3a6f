"""The graph view in one call: read the store, select, and write the page (`kg viz`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.store import Store
from kg.view.data import VizGraph, fill_text, read_graph
from kg.view.layout import is_large
from kg.view.page import page_records, write_page
from kg.view.select import best_actors, best_connected, from_query, neighbourhood

MAX_ACTORS = 3000  # actors a corpus page carries (the best connected); the page draws fewer at first


@dataclass
class Drawn:
    """What the page shows."""

    nodes: int
    edges: int
    precomputed: bool

    def summary(self) -> str:
        layout = "layout computed ahead, physics off" if self.precomputed else "physics layout"
        return f"{self.nodes} nodes, {self.edges} edges; {layout}"


def select_view(
    store: Store,
    graph: VizGraph,
    *,
    sparql: str | None = None,
    actor: str | None = None,
    hops: int = 1,
    max_nodes: int | None = None,
    max_actors: int = MAX_ACTORS,
) -> VizGraph:
    """The part of the graph to draw: a query's nodes, then an actor's neighbourhood, then the cut."""
    if sparql:
        path = Path(sparql)
        text = path.read_text(encoding="utf-8") if sparql.endswith(".rq") and path.is_file() else sparql
        graph = from_query(graph, store, text)
    if actor:
        graph = neighbourhood(graph, actor, hops)
    graph = best_actors(graph, max_actors)
    if max_nodes is not None:
        graph = best_connected(graph, max_nodes)
    return graph


def build_view(
    store: Store,
    output: Path,
    *,
    sparql: str | None = None,
    actor: str | None = None,
    hops: int = 1,
    max_nodes: int | None = None,
    max_actors: int = MAX_ACTORS,
    title: str = "news-kg graph",
) -> tuple[Path, Drawn]:
    """Write the page for `store` to `output`."""
    graph = select_view(
        store,
        read_graph(store, text=False),
        sparql=sparql,
        actor=actor,
        hops=hops,
        max_nodes=max_nodes,
        max_actors=max_actors,
    )
    records = page_records(graph)
    fill_text(store, graph, set(graph.nodes) | set(records))  # the words the page shows only
    large = is_large(graph)
    write_page(graph, output, title, large=large, records=records)
    return output, Drawn(len(graph.nodes), len(graph.edges), large)
