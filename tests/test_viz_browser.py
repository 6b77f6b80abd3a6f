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
    assert page.evaluate("document.scripts.length") == 3
    page.close()


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
    assert page.evaluate("window.kgStable.ms") < 15000
    assert page.evaluate("window.kgNetwork.body.data.nodes.length") == n
    assert drawn_pixels(page) > 5000
    assert page.inner_text("#status").startswith("5000 nodes")
    page.close()
