"""The graph view in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.store import open_store
from kg.view.build import build_view
from kg.view.data import Edge, Node, VizGraph
from kg.view.page import write_page
from tests.chromium import CHROMIUM, FLAGS
from tests.conftest import SEED
from tests.test_viz import PREFIXES

pytestmark = pytest.mark.browser
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium (make system-deps installs it)", allow_module_level=True)
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (requirements-dev.txt)"
)

HOSTILE_TEXT = """Talks stall in Avalon

Minister Jane Doe spoke to reporters on Monday.

"We will answer <img src=x onerror="window.pwned=1"> and <script>window.pwned=2</script> soon," Jane Doe said.
"""
HOSTILE_META = {
    "title": "Talks </script><script>window.pwned=3</script> stall",
    "date": "2023-03-01",
    "publisher": "<b onmouseover=window.pwned=4>Daily</b>",
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield chromium
        chromium.close()


def built_page(nlp: Any, articles: list[Path], folder: Path) -> Path:
    from kg.build import build

    store = open_store(str(folder / "store"))
    build(articles, store)
    store.close()
    del store
    output, _ = build_view(
        open_store(str(folder / "store"), read_only=True, create=False), folder / "graph.html"
    )
    return output


def open_page(browser: Any, page_file: Path, requests: list[str] | None = None) -> Any:
    """The page opened with every request outside the file refused (and noted)."""
    page = browser.new_page(viewport={"width": 1300, "height": 850}, bypass_csp=True)

    def route(r: Any) -> None:
        if requests is not None:
            requests.append(r.request.url)
        if r.request.url == page_file.as_uri():
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.goto(page_file.as_uri())
    page.wait_for_function("window.kgStable !== undefined", timeout=20000)
    return page


def click_node(page: Any, label_part: str) -> None:
    """A real mouse click on the drawn node whose label holds `label_part`."""
    point = page.evaluate(
        """(part) => {
          const net = window.kgNetwork;
          const nodes = net.body.data.nodes;
          const id = nodes.getIds().find((i) => nodes.get(i).label.includes(part));
          const p = net.canvasToDOM(net.getPositions([id])[id]);
          const box = document.getElementById("graph").getBoundingClientRect();
          return { x: box.left + p.x, y: box.top + p.y };
        }""",
        label_part,
    )
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#panel:not([hidden])", timeout=5000)


def drawn_pixels(page: Any) -> int:
    return int(
        page.evaluate(
            """() => {
              const c = document.querySelector("#graph canvas");
              const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
              let n = 0;
              for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
              return n;
            }"""
        )
    )


@pytest.fixture(scope="module")
def seed_page(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_page(nlp, [SEED], tmp_path_factory.mktemp("seed"))


def test_seed_page_draws_a_canvas_with_no_network(browser: Any, seed_page: Path) -> None:
    requests: list[str] = []
    page = open_page(browser, seed_page, requests)
    assert requests == [seed_page.as_uri()]
    assert drawn_pixels(page) > 5000
    assert page.evaluate("window.kgNetwork.body.data.nodes.length") > 5
    page.close()


def test_click_on_ryder_opens_the_panel_with_his_quotes(browser: Any, seed_page: Path) -> None:
    page = open_page(browser, seed_page)
    click_node(page, "Ryder")
    panel = page.inner_text("#panel")
    assert "Ryder" in panel.splitlines()[1] or "Ryder" in panel.splitlines()[0]
    assert "especially important to have clear lines" in panel
    sentences = page.locator("#panel .sentence").all_inner_texts()
    assert any("In moments like these" in s and s.startswith("Source sentence") for s in sentences)
    assert "TruthRow" in panel
    page.close()


def test_hostile_article_text_is_shown_as_text_and_never_runs(browser: Any, nlp: Any, tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_TEXT, encoding="utf-8")
    article.with_suffix(".json").write_text(json.dumps(HOSTILE_META), encoding="utf-8")
    page_file = built_page(nlp, [article], tmp_path)
    page = open_page(browser, page_file)
    click_node(page, "Jane Doe")
    panel = page.inner_text("#panel")
    assert '<img src=x onerror="window.pwned=1">' in panel
    assert "<script>window.pwned=2</script>" in panel
    assert "</script><script>window.pwned=3</script>" in panel
    page.hover("#panel")
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('img, b, #panel script').length") == 0
    assert page.evaluate("document.scripts.length") == 4
    page.close()


def set_range(page: Any, selector: str, value: int) -> None:
    """Move a range input as a reader's drag does: set the value, fire "input"."""
    page.eval_on_selector(
        selector, "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }", value
    )


def test_a_generated_graph_of_5000_nodes_renders(browser: Any, tmp_path: Path) -> None:
    graph = VizGraph()
    n = 5000
    for i in range(n):
        graph.nodes[f"a{i}"] = Node(
            f"a{i}", f"urn:x:{i}", "actor", ("Person", "Country")[i % 2], f"Actor {i}"
        )
        graph.records[f"a{i}"] = {"kind": "actor", "aliases": []}
    graph.edges = [Edge(f"a{i}", f"a{(i * 7 + 1) % n}", "relation", "met") for i in range(n)]
    graph.edges += [Edge(f"a{i}", f"a{i // 3}", "relation", "met") for i in range(1, n)]
    page_file = write_page(graph, tmp_path / "big.html")
    page = open_page(browser, page_file)
    assert page.evaluate("window.kgStable.how") == "precomputed"
    assert 100 <= page.evaluate("window.kgNetwork.body.data.nodes.length") < 1000
    assert drawn_pixels(page) > 5000
    set_range(page, "#top-n", n)  # every actor
    assert page.evaluate("window.kgNetwork.body.data.nodes.length") == n
    assert page.inner_text("#status").startswith("5000 nodes")
    page.close()


def hubs_and_leaves(hubs: int = 40, leaves: int = 12) -> VizGraph:
    """Hub k is linked to the next hub and to `leaves - k % leaves` leaves of its own; leaf links dated."""
    graph = VizGraph()

    def actor(node_id: str, label: str) -> None:
        graph.nodes[node_id] = Node(node_id, f"urn:{node_id}", "actor", "Person", label)
        graph.records[node_id] = {"kind": "actor", "label": label, "type": "Person", "aliases": [],
                                  "memberOf": [], "statements": [], "events": [], "docs": []}  # fmt: skip

    for k in range(hubs):
        actor(f"h{k}", f"Hub {k}")
    for k in range(hubs):
        if k + 1 < hubs:
            graph.edges.append(Edge(f"h{k}", f"h{k + 1}", "relation", "met", ["x"]))
        for j in range(leaves + hubs - k):
            actor(f"l{k}_{j}", f"Leaf {k}.{j}")
            month = "2023-01-15" if j % 2 else "2023-06-15"
            graph.edges.append(Edge(f"h{k}", f"l{k}_{j}", "relation", "met", ["x"], dates={month}))
    return graph


@pytest.fixture(scope="module")
def hubs_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_page(hubs_and_leaves(), tmp_path_factory.mktemp("hubs") / "hubs.html")


LABELS = "window.kgLabelled().map((id) => window.kgNetwork.body.nodes[id].options.label)"
# the boxes of the names drawn in view, in network units, as vis-network last drew them (moved by
# vadjust); names out of view are not drawn, and vis-network leaves their boxes as they were
LABEL_BOXES = """() => {
  const net = window.kgNetwork, box = document.getElementById("graph").getBoundingClientRect();
  const a = net.DOMtoCanvas({ x: 0, y: 0 }), b = net.DOMtoCanvas({ x: box.width, y: box.height });
  net.redraw();
  return window.kgLabelled().map((id) => {
    const node = net.body.nodes[id], s = node.labelModule.size;
    const top = s.top + (node.options.font.vadjust || 0);
    return [s.left, top, s.left + s.width, top + s.height];
  }).filter((r) => r[0] >= a.x && r[1] >= a.y && r[2] <= b.x && r[3] <= b.y);
}"""


def overlapping(boxes: list[list[float]]) -> int:
    """How many pairs of boxes overlap by more than a pixel each way."""
    return sum(
        1
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1
    )


def test_default_view_labels_the_best_connected_actors_and_zooming_labels_more(
    browser: Any, hubs_page: Path
) -> None:
    page = open_page(browser, hubs_page)
    shown = set(page.evaluate(LABELS))
    hubs = {f"Hub {k}" for k in range(30)}
    assert len(shown & hubs) >= 25  # the best connected, but for a name that would overlap a better one
    assert not any(label.startswith("Leaf") for label in shown)
    assert len(shown) <= 30
    assert overlapping(page.evaluate(LABEL_BOXES)) == 0
    page.evaluate("window.kgNetwork.moveTo({ scale: window.kgNetwork.getScale() * 4 })")
    page.wait_for_function(f"{LABELS}.length > {len(shown)}", timeout=5000)
    assert overlapping(page.evaluate(LABEL_BOXES)) == 0
    page.close()


def test_time_slider_changes_what_is_drawn(browser: Any, hubs_page: Path) -> None:
    page = open_page(browser, hubs_page)
    edges = "window.kgNetwork.body.data.edges.getIds().length"
    before = page.evaluate(edges)
    dates = page.evaluate("window.kgTime.dates")
    assert dates == ["2023-01-15", "2023-06-15"]
    set_range(page, "#time-to", 0)  # January only
    january = page.evaluate(edges)
    assert 0 < january < before
    assert page.inner_text("#time-shown") == "2023-01-15 – 2023-01-15"
    assert page.inner_text("#status").startswith(
        f"{page.evaluate('window.kgNetwork.body.data.nodes.length')} nodes"
    )
    set_range(page, "#time-to", 1)
    assert page.evaluate(edges) == before
    page.close()


def test_search_finds_an_actor_not_drawn_zooms_to_it_and_opens_its_panel(
    browser: Any, hubs_page: Path
) -> None:
    page = open_page(browser, hubs_page)
    drawn = "(id) => window.kgNetwork.body.data.nodes.get(id) !== null"
    assert not page.evaluate(drawn, "l39_3")  # a leaf of the least connected hub: cut from the overview
    page.fill("#search", "Leaf 39.3")
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])", timeout=5000)
    assert page.inner_text("#panel h2") == "Leaf 39.3"
    assert page.evaluate(drawn, "l39_3")
    assert page.evaluate("window.kgNetwork.getSelectedNodes()") == ["l39_3"]
    page.close()


def test_search_on_the_seed_page_opens_the_speakers_statements(browser: Any, seed_page: Path) -> None:
    page = open_page(browser, seed_page)
    page.fill("#search", "ryder")
    page.press("#search", "Enter")
    page.wait_for_selector("#panel:not([hidden])", timeout=5000)
    assert "Ryder" in page.inner_text("#panel h2")
    sentences = page.locator("#panel .sentence").all_inner_texts()
    assert any("In moments like these" in s for s in sentences)
    page.close()


def test_a_group_collapses_to_one_node_and_expands_again(browser: Any, hubs_page: Path) -> None:
    page = open_page(browser, hubs_page)
    visible = "window.kgNetwork.body.nodeIndices.length"
    before = page.evaluate(visible)
    button = page.locator("#legend button.toggle").first
    group = button.get_attribute("data-group")
    button.click()
    assert page.evaluate(f"window.kgNetwork.isCluster('group:{group}')")
    assert button.inner_text() == "expand"
    assert page.evaluate(visible) < before
    button.click()
    assert not page.evaluate(f"window.kgNetwork.isCluster('group:{group}')")
    assert page.evaluate(visible) == before
    page.close()


TWO_OUTLETS = PREFIXES + """@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:graph\\/ontology {
  nkgt:REJECT nkg:relation nkg:rejected . nkg:rejected rdfs:label "rejected" .
  nkgt:ASSAULT nkg:relation nkg:attacked . nkg:attacked rdfs:label "attacked" .
  nkgt:COERCE nkg:relation nkg:blocked . nkg:blocked rdfs:label "blocked" .
}
id:graph\\/entities {
  id:p\\/ann a nkg:Person ; rdfs:label "Ann Lee" ; nkg:memberOf id:c\\/a .
  id:p\\/cole a nkg:Person ; rdfs:label "Cole Park" ; nkg:memberOf id:c\\/b .
  id:c\\/a a nkg:Country ; rdfs:label "Avalon" .
  id:c\\/b a nkg:Country ; rdfs:label "Borduria" .
  id:o\\/zed a nkg:Organization ; rdfs:label "Zed Corp" .
}
id:graph\\/d1 {
  id:doc\\/d1 a nkg:Document ; dcterms:title "Talks fail" ; dcterms:date "2023-02-07"^^xsd:date ;
      dcterms:publisher "Daily News" .
  id:p\\/ann nkg:mentionedIn id:doc\\/d1 . id:c\\/a nkg:mentionedIn id:doc\\/d1 .
  id:c\\/b nkg:mentionedIn id:doc\\/d1 .
  id:s\\/1 a nkg:Statement ; nkg:content "They struck first" ; nkg:speaker id:p\\/ann ; nkg:about id:c\\/b ;
      dcterms:source id:doc\\/d1 .
  id:e\\/1 a nkg:Event ; nkg:eventType nkgt:REJECT ; nkg:agent id:c\\/a ; nkg:target id:c\\/b ;
      dcterms:source id:doc\\/d1 .
  id:e\\/2 a nkg:Event ; nkg:eventType nkgt:ASSAULT ; nkg:agent id:c\\/b ; nkg:target id:p\\/ann ;
      nkg:reportedBy id:s\\/1 ; nkg:factuality nkg:reported ; dcterms:source id:doc\\/d1 .
}
id:graph\\/d2 {
  id:doc\\/d2 a nkg:Document ; dcterms:title "Port closed" ; dcterms:date "2023-03-10"^^xsd:date ;
      dcterms:publisher "Evening Post" .
  id:p\\/cole nkg:mentionedIn id:doc\\/d2 . id:c\\/b nkg:mentionedIn id:doc\\/d2 .
  id:o\\/zed nkg:mentionedIn id:doc\\/d2 .
  id:s\\/2 a nkg:Statement ; nkg:content "The port stays shut" ; nkg:speaker id:p\\/cole ;
      nkg:about id:o\\/zed ; dcterms:source id:doc\\/d2 .
  id:e\\/3 a nkg:Event ; nkg:eventType nkgt:COERCE ; nkg:agent id:c\\/b ; nkg:target id:o\\/zed ;
      dcterms:source id:doc\\/d2 .
}
"""
DRAWN_EDGES = """() => window.kgNetwork.body.data.edges.get().map((e) => {
  const n = window.kgNetwork.body.data.nodes, dashed = window.kgNetwork.body.edges[e.id].options.dashes;
  return [n.get(e.from).label, e.label, n.get(e.to).label, Boolean(dashed)];
})"""


@pytest.fixture(scope="module")
def outlets_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import pyoxigraph as ox

    from kg.view.data import read_graph

    store = open_store(":memory:")
    store.ox.load(TWO_OUTLETS.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return write_page(read_graph(store), tmp_path_factory.mktemp("outlets") / "outlets.html")


def overview(browser: Any, page_file: Path) -> Any:
    """The page with statements folded into speaker-to-subject edges, as a corpus opens."""
    page = open_page(browser, page_file)
    page.uncheck("#show-statements")
    return page


def drawn(page: Any) -> set[tuple[str, str, str, bool]]:
    return {tuple(e) for e in page.evaluate(DRAWN_EDGES)}


def counts_shown(page: Any) -> str:
    """The status line, checked against what the network draws."""
    text = page.inner_text("#status")
    nodes, edges = page.evaluate(
        "[window.kgNetwork.body.data.nodes.length, window.kgNetwork.body.data.edges.length]"
    )
    assert text.startswith(f"{nodes} nodes, {edges} edges")
    return text


def test_a_claim_is_drawn_dashed_according_to_its_speaker(browser: Any, outlets_page: Path) -> None:
    page = overview(browser, outlets_page)
    edges = drawn(page)
    assert ("Borduria", "attacked, according to Ann Lee", "Ann Lee", True) in edges
    assert ("Avalon", "rejected", "Borduria", False) in edges
    page.select_option("#fact", "claims")
    assert {e[1] for e in drawn(page) if e[1] != "said"} == {"attacked, according to Ann Lee"}
    assert "1 claims" in counts_shown(page)
    page.close()


def test_statements_and_events_are_drawn_with_their_edges_when_asked_for(
    browser: Any, outlets_page: Path
) -> None:
    page = overview(browser, outlets_page)
    assert not any(e[1] in ("said", "about", "agent", "target") and "“" in e[0] + e[2] for e in drawn(page))
    page.check("#show-statements")
    page.check("#show-events")
    edges = drawn(page)
    assert ("Ann Lee", "said", "“They struck first”", False) in edges
    assert ("“They struck first”", "about", "Borduria", True) in edges
    assert {("coerce", "agent", "Borduria", False), ("coerce", "target", "Zed Corp", False)} <= edges
    page.close()


def test_outlet_and_side_filters_change_what_is_drawn_and_the_counts(
    browser: Any, outlets_page: Path
) -> None:
    page = overview(browser, outlets_page)
    everything, status = drawn(page), counts_shown(page)
    assert ("Borduria", "blocked", "Zed Corp", False) in everything
    page.select_option("#outlet", "Evening Post")
    evening = drawn(page)
    assert {e[1] for e in evening} == {"blocked", "said"}
    assert ("Cole Park", "said", "Zed Corp", True) in evening
    assert counts_shown(page) != status
    page.select_option("#outlet", "")
    assert drawn(page) == everything
    sides = page.locator("#side option").all_inner_texts()
    assert sides[1:] == ["Avalon (2)", "Borduria (2)"] or sides[1:] == ["Borduria (2)", "Avalon (2)"]
    page.select_option("#side", label=next(s for s in sides if s.startswith("Avalon")))
    avalon = drawn(page)
    assert avalon and all({"Avalon", "Ann Lee"} & {e[0], e[2]} for e in avalon)
    assert ("Borduria", "blocked", "Zed Corp", False) not in avalon
    assert counts_shown(page) != status
    page.close()


def test_a_control_with_nothing_to_choose_is_hidden(
    browser: Any, hubs_page: Path, outlets_page: Path
) -> None:
    hubs, outlets = open_page(browser, hubs_page), open_page(browser, outlets_page)
    assert not hubs.is_visible("#outlet") and not hubs.is_visible("#side")  # no article, no affiliation
    assert outlets.is_visible("#outlet") and outlets.is_visible("#side")
    bar = "document.getElementById('bar').offsetHeight + 'px'"
    for page in (hubs, outlets):  # the panel and the graph start where the bar ends, however many rows
        assert page.evaluate(f"document.getElementById('graph').style.top === {bar}")
    hubs.close()
    outlets.close()
