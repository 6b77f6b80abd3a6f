"""Where nodes go and how they group: importance ranks, communities and positions (igraph, in C).

The picture is the actor graph: actors linked by what one did to another or said about another.
Ranks order actors by how many others they are linked to, so the page can label the most connected
first; communities (Leiden, modularity) color the groups. A browser's force simulation takes
minutes to settle a few thousand nodes; positions computed here take seconds for tens of thousands,
and the page then opens at rest with physics off. Statements and events sit beside their actors.
"""

from __future__ import annotations

import math
import random
import zlib
from collections import Counter
from dataclasses import dataclass, field

from kg.view.data import VizGraph

LARGE = 400  # above this many nodes the layout is computed ahead and physics starts off
EDGE_LENGTH = 150.0  # pixels: the median edge of the layout is drawn this long
BACKBONE = 200  # a large graph opens on its best connected actors: they are laid out first
GIANT_ROOM = 2.2  # the largest connected part is drawn this much looser than the others
LINKS = ("relation", "claim", "said-about")  # the edges between actors that the overview draws
PALETTE = (
    "#3b6fb6", "#e08a1e", "#3a9a5b", "#8e5ab5", "#c2417a", "#1f9fb4",
    "#a6761d", "#5b6bd6", "#6f9a2e", "#d4572a", "#7a5c3e", "#b8489c",
)  # fmt: skip
OTHER_COLOR = "#8d99a6"  # actors outside the colored groups


@dataclass
class ActorGraph:
    """Actors (graph ids) and their weighted links, as igraph wants them."""

    ids: list[str]
    pairs: Counter[tuple[int, int]] = field(default_factory=Counter)

    @property
    def index(self) -> dict[str, int]:
        return {node_id: i for i, node_id in enumerate(self.ids)}


def is_large(graph: VizGraph, threshold: int = LARGE) -> bool:
    return len(graph.nodes) > threshold


def actor_graph(graph: VizGraph) -> ActorGraph:
    """Every actor, and one undirected link per linked pair, weighted by the records behind it."""
    ag = ActorGraph([k for k, n in graph.nodes.items() if n.kind == "actor"])
    index = ag.index
    for edge in graph.edges:
        a, b = index.get(edge.source), index.get(edge.target)
        if edge.kind in LINKS and a is not None and b is not None and a != b:
            ag.pairs[(min(a, b), max(a, b))] += max(1, len(edge.records))
    return ag


def ranks(graph: VizGraph, ag: ActorGraph | None = None) -> dict[str, int]:
    """0 for the most connected actor (most distinct neighbours, then most mentions), 1 for the next..."""
    ag = ag or actor_graph(graph)
    linked: Counter[int] = Counter()
    for a, b in ag.pairs:
        linked[a] += 1
        linked[b] += 1
    order = sorted(
        range(len(ag.ids)),
        key=lambda i: (-linked[i], -graph.nodes[ag.ids[i]].mentions, graph.nodes[ag.ids[i]].label),
    )
    return {ag.ids[i]: rank for rank, i in enumerate(order)}


def communities(graph: VizGraph, ag: ActorGraph | None = None, seed: int = 7) -> dict[str, int]:
    """Each linked actor's group, numbered from the largest (0); actors with no link get none."""
    import igraph as ig

    ag = ag or actor_graph(graph)
    if not ag.pairs:
        return {}
    pairs = sorted(ag.pairs)
    g = ig.Graph(n=len(ag.ids), edges=pairs)
    random.seed(seed)  # igraph draws from Python's random module
    found = g.community_leiden(
        objective_function="modularity", weights=[ag.pairs[p] for p in pairs], n_iterations=-1
    )
    linked = {i for pair in pairs for i in pair}
    groups = sorted(
        ([i for i in members if i in linked] for members in found),
        key=lambda m: (-len(m), min(m) if m else 0),
    )
    return {ag.ids[i]: number for number, members in enumerate(groups) for i in members}


def group_names(graph: VizGraph, groups: dict[str, int], rank: dict[str, int]) -> list[dict[str, object]]:
    """For each group: its number, its best connected actor's name, its size and its color."""
    members: dict[int, list[str]] = {}
    for node_id, number in groups.items():
        members.setdefault(number, []).append(node_id)
    out = []
    for number in sorted(members):
        top = min(members[number], key=lambda k: rank.get(k, 0))
        color = PALETTE[number] if number < len(PALETTE) and len(members[number]) > 2 else OTHER_COLOR
        out.append({"id": number, "name": graph.nodes[top].label, "top": top, "size": len(members[number]),
                    "color": color})  # fmt: skip
    return out


def _jitter(node_id: str, radius: float) -> tuple[float, float]:
    """A small fixed offset for a node (the same on every run)."""
    h = zlib.crc32(node_id.encode("utf-8"))
    angle, r = (h % 3600) / 3600 * 2 * math.pi, radius * (0.5 + (h >> 12) % 100 / 200)
    return r * math.cos(angle), r * math.sin(angle)


def _force_layout(
    n: int,
    pairs: list[tuple[int, int]],
    weights: list[float],
    fixed: dict[int, tuple[float, float]],
    seed: int,
) -> list[tuple[float, float]]:
    """Weighted Fruchterman-Reingold over `n` vertices, with the `fixed` ones held where they are."""
    import igraph as ig

    g = ig.Graph(n=n, edges=pairs)
    random.seed(seed)
    if not fixed:
        return g.layout_fruchterman_reingold(niter=600, weights=weights).coords
    start = [list(fixed.get(i, (0.0, 0.0))) for i in range(n)]
    for i in range(n):  # the others start beside a fixed neighbour, or anywhere
        if i not in fixed:
            start[i] = [random.uniform(-30, 30), random.uniform(-30, 30)]
    for a, b in pairs:
        for x, y in ((a, b), (b, a)):
            if x not in fixed and y in fixed:
                start[x] = [fixed[y][0] + random.uniform(-2, 2), fixed[y][1] + random.uniform(-2, 2)]
    free = (-1e9, 1e9)
    spans = [((fixed[i][0],) * 2, (fixed[i][1],) * 2) if i in fixed else (free, free) for i in range(n)]
    bounds = {
        "minx": [sx[0] for sx, _ in spans], "maxx": [sx[1] for sx, _ in spans],
        "miny": [sy[0] for _, sy in spans], "maxy": [sy[1] for _, sy in spans],
    }  # fmt: skip
    grid = n > 2000
    return g.layout_fruchterman_reingold(niter=300, seed=start, weights=weights, grid=grid, **bounds).coords


def _unit_layout(g: object, seed: int) -> list[tuple[float, float]]:
    """A connected graph laid out by Fruchterman-Reingold, centred, its median edge one unit long."""
    random.seed(seed)
    if g.vcount() <= 500:  # type: ignore[attr-defined]
        coords = g.layout_kamada_kawai(maxiter=100 * g.vcount()).coords  # type: ignore[attr-defined]
    else:
        coords = g.layout_fruchterman_reingold(niter=600).coords  # type: ignore[attr-defined]
    edges = g.get_edgelist()  # type: ignore[attr-defined]
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in edges)
    unit = lengths[len(lengths) // 2] if lengths and lengths[len(lengths) // 2] > 0 else 1.0
    cx = sum(x for x, _ in coords) / len(coords)
    cy = sum(y for _, y in coords) / len(coords)
    return [((x - cx) / unit, (y - cy) / unit) for x, y in coords]


def _packed(n: int, pairs: list[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    """Each connected part laid out on its own: the largest in the middle, the others in rings around it,
    larger ones nearer (a force layout alone flings small parts far off and squeezes the large one)."""
    import igraph as ig

    g = ig.Graph(n=n, edges=pairs)
    parts = sorted(g.connected_components(), key=lambda m: (-len(m), m[0]))
    coords: list[tuple[float, float]] = [(0.0, 0.0)] * n
    gap, ring, ring_width, angle = 1.0, 0.0, 0.0, 0.0
    for number, members in enumerate(parts):
        xy = _unit_layout(g.subgraph(members), seed) if len(members) > 1 else [(0.0, 0.0)]
        if number == 0:  # the largest part holds most of the names: it gets more room
            xy = [(x * GIANT_ROOM, y * GIANT_ROOM) for x, y in xy]
        radius = max(math.hypot(x, y) for x, y in xy) + 0.5
        if number == 0:
            centre, ring = (0.0, 0.0), radius + gap
        else:
            step = (2 * radius + gap) / max(ring + radius, 1.0)
            if angle + step > 2 * math.pi:
                ring, ring_width, angle = ring + ring_width + gap, 0.0, 0.0
                step = (2 * radius + gap) / (ring + radius)
            centre = (
                (ring + radius) * math.cos(angle + step / 2),
                (ring + radius) * math.sin(angle + step / 2),
            )
            angle, ring_width = angle + step, max(ring_width, 2 * radius)
        for vertex, (x, y) in zip(members, xy, strict=True):
            coords[vertex] = (centre[0] + x, centre[1] + y)
    return coords


def overview_size(n: int, pairs: list[tuple[int, int]], linked_wanted: int) -> int:
    """How many of `n` actors, taken by rank, it takes until `linked_wanted` of them are linked to one
    another (`pairs` are of rank positions); the page's first view takes them the same way."""
    neighbours: dict[int, list[int]] = {}
    for a, b in pairs:
        neighbours.setdefault(b, []).append(a)
    linked: set[int] = set()
    for k in range(n):
        if len(linked) >= linked_wanted:
            return k
        earlier = [a for a in neighbours.get(k, []) if a < k]
        if earlier:
            linked.update(earlier, [k])
    return n


def _actor_positions(
    ag: ActorGraph, rank: dict[str, int], backbone: int, seed: int
) -> dict[str, tuple[float, float]]:
    """Linked actors: the `backbone` best connected laid out first, the others then around them held still.

    Scaled so that the median link of the backbone is EDGE_LENGTH long.
    """
    linked = sorted({i for pair in ag.pairs for i in pair}, key=lambda i: rank[ag.ids[i]])
    if not linked:
        return {}
    local = {i: k for k, i in enumerate(linked)}
    weight = {(min(local[a], local[b]), max(local[a], local[b])): w for (a, b), w in ag.pairs.items()}
    pairs = sorted(weight)
    size = overview_size(len(linked), pairs, backbone)
    core = [p for p in pairs if p[1] < size]
    first = _packed(size, core, seed)
    held = {k: first[k] for p in core for k in p}
    weights = [1 + math.log(weight[p]) for p in pairs]
    coords = _force_layout(len(linked), pairs, weights, held, seed) if len(linked) > len(held) else first
    return {ag.ids[i]: (coords[k][0] * EDGE_LENGTH, coords[k][1] * EDGE_LENGTH) for i, k in local.items()}


def precompute(
    graph: VizGraph, seed: int = 7, ag: ActorGraph | None = None, backbone: int = BACKBONE
) -> dict[str, tuple[float, float]]:
    """Positions in pixels for every node: linked actors laid out, the rest placed around them.

    A statement or an event goes beside its actors; an actor with no link, on a ring outside.
    """
    from kg.view.select import participants

    ag = ag or actor_graph(graph)
    placed = _actor_positions(ag, ranks(graph, ag), backbone, seed)
    reach = max((math.hypot(x, y) for x, y in placed.values()), default=0.0) + 2 * EDGE_LENGTH
    lone = [k for k in ag.ids if k not in placed]
    for i, node_id in enumerate(lone):
        angle = 2 * math.pi * i / max(len(lone), 1)
        ring = reach + EDGE_LENGTH * (i % 4) / 2
        placed[node_id] = (ring * math.cos(angle), ring * math.sin(angle))
    for node_id, node in graph.nodes.items():
        if node.kind == "actor":
            continue
        near = [placed[k] for k in participants(graph, node_id) if k in placed]
        x = sum(p[0] for p in near) / len(near) if near else 0.0
        y = sum(p[1] for p in near) / len(near) if near else 0.0
        dx, dy = _jitter(node_id, EDGE_LENGTH / 3)
        placed[node_id] = (x + dx, y + dy)
    return {k: (round(x, 1), round(y, 1)) for k, (x, y) in placed.items()}
