"""Write the graph view: one self-contained HTML page (vis-network, our template, script and style inline).

Nothing is fetched at run time. Article text only ever enters the page as JSON inside a
`<script type="application/json">` block, with `<`, `>` and `&` written as \\u escapes, so no
article can close the script or open markup; the page's script puts text in with textContent.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from kg.errors import KgError
from kg.view.data import ROLES, Edge, VizGraph, actor_size
from kg.view.layout import actor_graph, communities, group_names, is_large, precompute, ranks

VIS_VERSION = "vis-9.1.2"
STYLES: dict[str, dict[str, str]] = {
    "Person": {"color": "#3b6fb6", "shape": "dot", "name": "person"},
    "Organization": {"color": "#e08a1e", "shape": "square", "name": "organization"},
    "Country": {"color": "#3a9a5b", "shape": "hexagon", "name": "country"},
    "Equipment": {"color": "#8e5ab5", "shape": "triangle", "name": "equipment"},
    "Place": {"color": "#c9a227", "shape": "diamond", "name": "place"},
    "Statement": {"color": "#9aa3ad", "shape": "dot", "name": "statement"},
    "Event": {"color": "#d2463c", "shape": "star", "name": "event"},
}


def asset(name: str) -> str:
    """A file of the page's assets (viz/, installed as kg.viewer)."""
    return (resources.files("kg.viewer") / name).read_text(encoding="utf-8")


def vis_network_js() -> str:
    """vis-network's standalone build, as shipped inside the pyvis package (found without importing it)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KgError("pyvis is not installed; it ships vis-network (pip install pyvis)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "templates" / "lib" / VIS_VERSION / "vis-network.min.js").read_text(encoding="utf-8")


def script_safe(code: str) -> str:
    """Script text that cannot end its <script> element early (no "</script" nor "<!--" left)."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a <script> element: no "<", ">" or "&" appear literally."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def merge_parallel(edges: list[Edge]) -> list[Edge]:
    """One drawn edge per agent, target and direction: "declined ×2 · rejected" over several relations."""
    merged: dict[tuple[str, str], list[Edge]] = {}
    out: list[Edge] = []
    for edge in edges:
        if edge.kind != "relation":
            out.append(edge)
        elif (edge.source, edge.target) in merged:
            merged[(edge.source, edge.target)].append(edge)
        else:
            merged[(edge.source, edge.target)] = [edge]
            out.append(edge)
    result = []
    for edge in out:
        group = merged.get((edge.source, edge.target)) if edge.kind == "relation" else None
        if not group:
            result.append(edge)
            continue
        group = sorted(group, key=lambda e: (-len(e.records), e.label))
        label = " · ".join(e.label + (f" ×{len(e.records)}" if len(e.records) > 1 else "") for e in group)
        combined = Edge(edge.source, edge.target, "relation", label)
        for e in group:
            combined.records += e.records
            combined.docs |= e.docs
            combined.dates |= e.dates
            combined.cats |= e.cats
        result.append(combined)
    return result


def doc_dates(graph: VizGraph, docs: set[int]) -> set[str]:
    return {d for i in docs if (d := graph.documents[i].get("date"))}


def node_item(graph: VizGraph, node_id: str) -> dict[str, Any]:
    """One node as the page's script reads it, defaults left out: the script takes the kind from the
    group, and adds the dates of the node's articles to its own (an event's date)."""
    node, record = graph.nodes[node_id], graph.records.get(node_id, {})
    item: dict[str, Any] = {"id": node.id, "label": node.label, "group": node.group}
    if node.kind == "actor":
        item["size"] = actor_size(node.mentions)
    if node.docs:
        item["docs"] = sorted(node.docs)
    if own := node.dates - doc_dates(graph, node.docs):
        item["dates"] = sorted(own)
    if node.cats:
        item["cats"] = sorted(node.cats)
    if record.get("aliases"):
        item["names"] = record["aliases"]
    if record.get("memberOf"):
        item["sides"] = record["memberOf"]
    if record.get("kind") == "event" and (record.get("reportedBy") or record.get("factuality") == "reported"):
        item["claim"] = True
    return item


def edge_item(graph: VizGraph, edge: Edge) -> dict[str, Any]:
    """One edge as the page's script reads it (its id is its place in the list), defaults left out."""
    item: dict[str, Any] = {"from": edge.source, "to": edge.target, "kind": edge.kind, "label": edge.label}
    item["records"] = edge.records
    for key, values in (("docs", edge.docs), ("dates", edge.dates - doc_dates(graph, edge.docs)),
                        ("cats", edge.cats)):  # fmt: skip
        if values:
            item[key] = sorted(values)
    return item


DERIVED = ("said", "about", "role")  # edges of a statement or event to its actors: the script makes them


# what the script assumes of a record when the page leaves it out
RECORD_DEFAULTS: dict[str, dict[str, Any]] = {
    "statement": {"content": "", "speaker": None, "side": None, "statementKind": "", "cue": "", "about": []},
    "event": {"type": "", "category": "", "relation": "", "trigger": "", "negated": False, "factuality": "",
              "date": "", "args": {}, "reportedBy": None},
    "actor": {"statements": [], "events": []},
}  # fmt: skip
ACTOR_FIELDS = ("statements", "events")  # of an actor drawn: the script reads the rest off its node
NAMED_FIELDS = ("label", "type")  # of an actor only named in a record on the page


def compact(records: dict[str, dict[str, Any]], nodes: set[str]) -> tuple[dict[str, Any], list[str]]:
    """The records as the page carries them: no IRI, no default value, an actor drawn on the page without
    what its node says, and each source sentence once (records name it by its number)."""
    sentences: dict[str, int] = {}
    out: dict[str, Any] = {}
    for key, record in records.items():
        kind = record["kind"]
        defaults = RECORD_DEFAULTS.get(kind, {})
        item: dict[str, Any] = {"kind": kind}
        for field, value in record.items():
            if field in ("kind", "iri", "sentence") or defaults.get(field, ...) == value:
                continue
            if kind == "actor" and field not in (ACTOR_FIELDS if key in nodes else NAMED_FIELDS):
                continue
            item[field] = value
        if record.get("sentence"):
            item["sentence"] = sentences.setdefault(record["sentence"], len(sentences))
        out[key] = item
    return out, list(sentences)


PANEL_ITEMS = 200  # statements, or events, an actor's panel lists


def named_actors(record: dict[str, Any]) -> set[str]:
    """The actors a statement or an event record links to."""
    if record["kind"] == "statement":
        return {a for a in (record.get("speaker"), record.get("side"), *record.get("about", [])) if a}
    if record["kind"] == "event":
        return set(record.get("args", {}).values())
    return set(record.get("memberOf", []))


def page_records(graph: VizGraph) -> dict[str, dict[str, Any]]:
    """The panel records the page needs: its nodes', its edges', its actors' statements and events
    (the first PANEL_ITEMS of each), the statements that report them, and a name for every actor named."""
    records = graph.records
    needed = set(graph.nodes)
    for edge in graph.edges:
        needed.update(edge.records)
    out: dict[str, dict[str, Any]] = {}
    for node_id in graph.nodes:
        record = records.get(node_id)
        if record and record["kind"] == "actor":
            record = {**record, "statements": record.get("statements", [])[:PANEL_ITEMS],
                      "events": record.get("events", [])[:PANEL_ITEMS]}  # fmt: skip
            needed.update(record["statements"], record["events"])
            out[node_id] = record
    needed |= {r["reportedBy"] for k in needed if (r := records.get(k)) and r.get("reportedBy")}
    named = {body for record in out.values() for body in record.get("memberOf", [])}
    for key in needed:
        if key in records and key not in out:
            out[key] = records[key]
            named |= named_actors(records[key])
    for key in named - set(out):
        if key in records:
            out[key] = {**records[key], "statements": [], "events": [], "memberOf": [], "docs": []}
    return out


SPAN_SHARE = (
    0.8  # with no dated article, the slider spans the shortest stretch holding this share of event dates
)


def as_year(date: str) -> float:
    """A date ("2004", "2004-05" or "2004-05-17...") as a number of years."""
    parts = [int(p) for p in date[:10].split("-") if p.isdigit()]
    month, day = (parts[1:] + [1, 1])[:2]
    return parts[0] + (month - 1) / 12 + (day - 1) / 365 if parts else 0.0


def time_span(graph: VizGraph) -> list[str] | None:
    """The first and last date the time slider offers: the articles' first and last dates; with no dated
    article, the shortest stretch that holds most event dates (a year named in passing, such as a
    founding year or a target year, is an event's date but would stretch the slider over centuries)."""
    dated = sorted(d["date"][:10] for d in graph.documents if d.get("date"))
    if dated:
        return [dated[0], dated[-1]]
    events = sorted(
        r["date"][:10] for r in graph.records.values() if r.get("kind") == "event" and r.get("date")
    )
    if not events:
        return None
    years = [as_year(d) for d in events]
    held = max(1, math.ceil(len(events) * SPAN_SHARE)) - 1
    first = min(range(len(events) - held), key=lambda i: (years[i + held] - years[i], i))
    return [events[first], events[first + held]]


def page_document(doc: dict[str, str]) -> dict[str, str]:
    """What the page shows of an article: its title (with none, the file it was read from, or its IRI),
    date and outlet."""
    item = {k: doc[k] for k in ("title", "date", "publisher") if doc.get(k)}
    return (
        item
        if "title" in item
        else {**item, "title": doc.get("path") or doc.get("url") or doc.get("iri", "")}
    )


Records = dict[str, dict[str, Any]]


def payload(
    graph: VizGraph, title: str, *, large: bool | None = None, records: Records | None = None
) -> dict[str, Any]:
    """What the page's script draws: nodes, edges, panel records, articles, groups, notes and styles."""
    large = is_large(graph) if large is None else large
    ag = actor_graph(graph)
    positions = precompute(graph, ag=ag) if large else {}
    rank = ranks(graph, ag)
    groups = communities(graph, ag)
    carried, sentences = compact(page_records(graph) if records is None else records, set(graph.nodes))
    nodes = []
    for node_id in graph.nodes:
        item = node_item(graph, node_id)
        if node_id in rank:
            item["rank"] = rank[node_id]
        if node_id in groups:
            item["community"] = groups[node_id]
        if node_id in positions:
            item["x"], item["y"] = round(positions[node_id][0]), round(positions[node_id][1])
        nodes.append(item)
    return {
        "title": title,
        "notes": graph.notes,
        "large": large,
        "styles": STYLES,
        "nodes": nodes,
        "edges": [edge_item(graph, e) for e in merge_parallel(graph.edges) if e.kind not in DERIVED],
        "roles": ROLES,
        "communities": group_names(graph, groups, rank),
        "span": time_span(graph),
        "records": carried,
        "sentences": sentences,
        "documents": [page_document(d) for d in graph.documents],
    }


def render_page(
    graph: VizGraph,
    title: str = "news-kg graph",
    *,
    large: bool | None = None,
    records: Records | None = None,
) -> str:
    """The whole page as one HTML string (`records`: the panel records it carries, when known)."""
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(asset("graph.html"))
    return template.render(
        title=title,
        style=jinja2.utils.markupsafe.Markup(asset("graph.css").replace("</", "<\\/")),
        vis_js=jinja2.utils.markupsafe.Markup(script_safe(vis_network_js())),
        panel_js=jinja2.utils.markupsafe.Markup(script_safe(asset("panel.js"))),
        app_js=jinja2.utils.markupsafe.Markup(script_safe(asset("graph.js"))),
        data=jinja2.utils.markupsafe.Markup(
            json_for_script(payload(graph, title, large=large, records=records))
        ),
    )


def write_page(
    graph: VizGraph,
    output: Path,
    title: str = "news-kg graph",
    *,
    large: bool | None = None,
    records: Records | None = None,
) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_page(graph, title, large=large, records=records), encoding="utf-8")
    return output
