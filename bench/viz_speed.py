"""The graph view's speed beside pyvis's defaults, on the same generated graphs, in the same run.

Usage: .venv/bin/python bench/viz_speed.py [--sizes 500 5000] [--timeout 120] [--store /tmp/bbc-store]

For each size a store is generated (actors of every type, statements, events and their direct
edges, about `size` nodes in all). Printed for `kg viz` and for pyvis's `Network()` with its
defaults over the same nodes and edges: the page generation time (ours from the store, pyvis
from the graph already read) and the time until the network is at rest in headless Chromium
(physics settled, or first drawn when the layout was computed ahead), and the ratios.

With --store (a built store, e.g. of ../shared/corpora/bbc: `kg build ../shared/corpora/bbc --store
/tmp/bbc-store`), `kg viz` on that store: the time to write the page (reading the store included) beside
its limit of 30 s, and the time until the page is at rest in headless Chromium beside its limit of 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.store import Store, open_store  # noqa: E402
from kg.view.build import build_view  # noqa: E402
from kg.view.data import VizGraph, read_graph  # noqa: E402
from kg.view.page import render_page  # noqa: E402
from tests.chromium import CHROMIUM, FLAGS  # noqa: E402

NKG = "https://w3id.org/news-kg/ontology#"
ID = "https://w3id.org/news-kg/id/"
TYPES = ("Person", "Organization", "Country", "Equipment", "Place")
RELATIONS = (("rejected", "REJECT"), ("shotDown", "FIGHT"), ("analyzed", "INVESTIGATE"), ("met", "CONSULT"))
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def generated_store(size: int, seed: int = 1) -> Store:
    """About `size` nodes: 60% actors, 20% statements, 20% events, with a heavy-tailed degree."""
    rng = random.Random(seed)
    actors, statements = int(size * 0.6), int(size * 0.2)
    events = size - actors - statements
    graph = f"<{ID}graph/bench>"
    lines: list[str] = []

    def quad(s: str, p: str, o: str) -> None:
        lines.append(f"{s} {p} {o} {graph} .")

    quad(f"<{ID}doc/bench>", RDF_TYPE, f"<{NKG}Document>")
    quad(f"<{ID}doc/bench>", "<http://purl.org/dc/terms/title>", '"Generated"')
    for name, _ in RELATIONS:
        quad(f"<{NKG}{name}>", "<http://www.w3.org/2000/01/rdf-schema#subPropertyOf>", f"<{NKG}interaction>")
        quad(f"<{NKG}{name}>", RDFS_LABEL, f'"{name}"')

    def actor() -> str:  # preferential: low ids far more often
        return f"<{ID}a/{int(actors * rng.random() ** 2.5)}>"

    for i in range(actors):
        quad(f"<{ID}a/{i}>", RDF_TYPE, f"<{NKG}{TYPES[i % 5]}>")
        quad(f"<{ID}a/{i}>", RDFS_LABEL, f'"Actor {i}"')
        quad(f"<{ID}a/{i}>", f"<{NKG}mentionedIn>", f"<{ID}doc/bench>")
    for i in range(statements):
        s = f"<{ID}s/{i}>"
        quad(s, RDF_TYPE, f"<{NKG}Statement>")
        quad(s, f"<{NKG}content>", f'"Statement number {i}"')
        speaker = actor()
        quad(s, f"<{NKG}speaker>", speaker)
        quad(speaker, f"<{NKG}said>", s)
        quad(s, f"<{NKG}about>", actor())
    for i in range(events):
        e, (rel, category) = f"<{ID}e/{i}>", rng.choice(RELATIONS)
        a, b = actor(), actor()
        quad(e, RDF_TYPE, f"<{NKG}Event>")
        quad(e, f"<{NKG}eventType>", f"<https://w3id.org/news-kg/event-type/{category}>")
        quad(e, f"<{NKG}agent>", a)
        quad(e, f"<{NKG}target>", b)
        quad(a, f"<{NKG}{rel}>", b)
    store = open_store(":memory:")
    store.ox.load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


def pyvis_page(graph: VizGraph) -> str:
    """pyvis with its defaults, over the same nodes and edges."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    for node in graph.nodes.values():
        net.add_node(node.id, label=node.label)
    for edge in graph.edges:
        net.add_edge(edge.source, edge.target, label=edge.label)
    # pyvis may settle inside drawGraph(), before any listener could be attached: note the first frame
    # after it returns, then poll vis's own "stabilized" flag as well as listening for the event
    hook = (
        "<script>requestAnimationFrame(function () { window.kgDrawn = performance.now(); });"
        "function kgDone() { if (window.kgRest === undefined) window.kgRest = performance.now(); }"
        "network.once('stabilized', kgDone);"
        "setInterval(function () { if (network.physics.stabilized) kgDone(); }, 100);</script>"
    )
    return net.generate_html().replace("</body>", hook + "</body>")


def time_to_rest(playwright: Any, page_file: Path, timeout: float) -> tuple[float | None, float | None]:
    """Milliseconds from navigation until the graph is first shown and until it is at rest (None: timeout).

    A fresh browser each page: one whose main thread is stuck in a layout is closed, not waited on.
    """
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
    page = browser.new_page(viewport={"width": 1300, "height": 850}, bypass_csp=True)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    deadline = time.monotonic() + timeout
    page.goto(page_file.as_uri(), wait_until="commit")
    found: list[float | None] = []
    for name in ("kgDrawn", "kgRest"):
        left = deadline - time.monotonic()
        try:
            page.wait_for_function(f"window.{name} !== undefined", timeout=max(left, 0.1) * 1000, polling=200)
            found.append(float(page.evaluate(f"window.{name}")))
        except Exception:  # a timeout: the page has not got there
            found.append(None)
            break
    browser.close()
    found += [None] * (2 - len(found))
    return found[0], found[1]


def fmt(ms: float | None, timeout: float) -> str:
    return f">{timeout:.0f} s" if ms is None else f"{ms / 1000:.2f} s"


def ratio(ours: float | None, theirs: float | None, timeout: float) -> str:
    """How many times faster ours is ("> N x" when pyvis did not finish)."""
    if not ours:
        return "n/a"
    if theirs is None:
        return f"> {timeout * 1000 / ours:.0f}x"
    return f"{theirs / ours:.1f}x"


WRITE_LIMIT = 30.0  # seconds to write a corpus page
REST_LIMIT = 5.0  # seconds until it is at rest in the browser


def store_case(playwright: Any, location: str, out: Path, timeout: float) -> None:
    """`kg viz` on a built store: page written and page at rest, each beside its limit."""
    store = open_store(location, read_only=True, create=False)
    start, cpu = time.perf_counter(), time.process_time()
    page_file, drawn = build_view(store, out / "store.html", title=Path(location).name)
    written, cpu = time.perf_counter() - start, time.process_time() - cpu
    shown, rest = time_to_rest(playwright, page_file, timeout)
    size = page_file.stat().st_size / 1e6
    print(f"store {location}: {drawn.summary()}; page {size:.1f} MB")
    ratio_written = f"{written / WRITE_LIMIT:5.2f}"
    print(
        f"  page written       kg viz {written:8.2f} s   limit {WRITE_LIMIT:5.0f} s   ratio {ratio_written}"
    )
    load = os.getloadavg()[0]
    print(
        f"    of which this process on the CPU {cpu:.2f} s (the rest: waiting for a core on a shared machine;"
        f" load average {load:.1f} on {os.cpu_count()} cores)"
    )
    at_rest = None if rest is None else rest / 1000
    ratio_text = "n/a" if at_rest is None else f"{at_rest / REST_LIMIT:.2f}"
    limit = f"limit {REST_LIMIT:5.0f} s"
    print(f"  at rest (Chromium) kg viz {fmt(rest, timeout):>8}   {limit}   ratio {ratio_text}")
    print(f"  first shown        kg viz {fmt(shown, timeout):>8}")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for a page to settle")
    parser.add_argument("--store", action="append", default=[], help="a built store to draw (repeatable)")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing (make system-deps)")
    from playwright.sync_api import sync_playwright

    out = Path(tempfile.mkdtemp(prefix="viz-bench-"))
    render_page(read_graph(generated_store(450)), "warm-up")  # imports and caches, for both
    pyvis_page(read_graph(generated_store(50)))
    with sync_playwright() as p:
        for location in args.store:
            store_case(p, location, out, args.timeout)
        for size in args.sizes:
            store = generated_store(size)
            start = time.perf_counter()
            graph = read_graph(store)
            ours_html = render_page(graph, f"{size} nodes")
            ours_gen = time.perf_counter() - start
            start = time.perf_counter()
            pyvis_html = pyvis_page(graph)
            pyvis_gen = time.perf_counter() - start
            (out / f"ours-{size}.html").write_text(ours_html, encoding="utf-8")
            (out / f"pyvis-{size}.html").write_text(pyvis_html, encoding="utf-8")
            ours_shown, ours_rest = time_to_rest(p, out / f"ours-{size}.html", args.timeout)
            pyvis_shown, pyvis_rest = time_to_rest(p, out / f"pyvis-{size}.html", args.timeout)
            print(f"{len(graph.nodes)} nodes, {len(graph.edges)} edges")
            print(
                f"  page generation    kg viz {ours_gen:8.2f} s   pyvis defaults {pyvis_gen:8.2f} s"
                f"   ratio {pyvis_gen / ours_gen:5.1f}x"
            )
            for what, ours, theirs in (
                ("graph first shown", ours_shown, pyvis_shown),
                ("network at rest  ", ours_rest, pyvis_rest),
            ):
                print(
                    f"  {what}  kg viz {fmt(ours, args.timeout):>10}   pyvis defaults "
                    f"{fmt(theirs, args.timeout):>10}   ratio {ratio(ours, theirs, args.timeout)}"
                )
            sys.stdout.flush()
    print(f"pages in {out}")


if __name__ == "__main__":
    main()
