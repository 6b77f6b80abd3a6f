"""Node positions computed ahead for large graphs (igraph's grid Fruchterman-Reingold, in C).

A browser's force simulation takes minutes to settle a few thousand nodes; a layout computed here
takes about a second for 5,000, and the page then opens with physics off.
"""

from __future__ import annotations

import math

from kg.view.data import VizGraph

LARGE = 400  # above this many nodes the layout is computed ahead and physics starts off
EDGE_LENGTH = 150.0  # pixels: the median edge of the layout is drawn this long


def is_large(graph: VizGraph, threshold: int = LARGE) -> bool:
    return len(graph.nodes) > threshold


def precompute(graph: VizGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in pixels for every node, scaled so that the median edge is EDGE_LENGTH long."""
    import random

    import igraph as ig

    ids = list(graph.nodes)
    if not ids:
        return {}
    index = {node_id: i for i, node_id in enumerate(ids)}
    pairs = {(index[e.source], index[e.target]) for e in graph.edges if e.source != e.target}
    g = ig.Graph(n=len(ids), edges=sorted(pairs))
    random.seed(seed)  # igraph draws its starting positions from Python's random module
    layout = g.layout_fruchterman_reingold(niter=300, grid=True)
    coords = layout.coords
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in pairs)
    median = lengths[len(lengths) // 2] if lengths else 0.0
    scale = EDGE_LENGTH / median if median > 0 else EDGE_LENGTH
    cx = sum(x for x, _ in coords) / len(coords)
    cy = sum(y for _, y in coords) / len(coords)
    return {
        node_id: (round((x - cx) * scale, 1), round((y - cy) * scale, 1))
        for node_id, (x, y) in zip(ids, coords, strict=True)
    }
