"""Builds are transactional per batch and one bad article never stops the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg.build import build, stored_articles
from kg.graph import graph_iri
from kg.ingest import document_id
from kg.query import prefix_header, run_query
from kg.store import Store, open_store, term_text
from kg.validate import store_union, validate_graph

pytestmark = pytest.mark.model

TEXTS = {
    "a.txt": "The mayor of Springfield said the bridge would reopen.",
    "b.txt": "The council rejected the proposal on Monday.",
    "c.txt": "Police arrested two men in Leeds.",
}


def write(folder: Path) -> None:
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_interrupted_build_keeps_earlier_batches_and_no_half_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path)
    store = open_store(str(tmp_path / "store"))
    real = type(store).update
    second = str(graph_iri(document_id(TEXTS["b.txt"])))

    def crash_on_second(self, sparql):  # type: ignore[no-untyped-def]
        if second in sparql:  # the request that writes b.txt's graph
            raise KeyboardInterrupt
        return real(self, sparql)

    monkeypatch.setattr(type(store), "update", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        build([tmp_path], store, batch_size=1)
    stored = set(store.named_graphs())
    assert str(graph_iri(document_id(TEXTS["a.txt"]))) in stored
    assert str(graph_iri(document_id(TEXTS["b.txt"]))) not in stored
    assert str(graph_iri(document_id(TEXTS["c.txt"]))) not in stored


def test_an_article_whose_extraction_fails_is_reported_and_the_rest_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path)

    real_extract = pipeline.extract_doc

    def broken(doc, article):  # type: ignore[no-untyped-def]
        if "council" in article.text:
            raise ValueError("boom")
        return real_extract(doc, article)

    monkeypatch.setattr(pipeline, "extract_doc", broken)
    store = open_store(str(tmp_path / "store"))
    report = build([tmp_path], store)
    assert (report.read, report.stored) == (3, 2)
    [failure] = report.failed
    assert failure.path.endswith("b.txt")
    assert failure.reason == "extraction failed (ValueError: boom); please report it"


STORIES = {
    "one.txt": "Globex said on Monday that it had bought Initech. Initech rejected the claim.",
    "two.txt": "Initech said Globex had lied. Globex sued Initech in London on Tuesday.",
    "three.txt": "The mayor of London said Globex would build a plant. Globex thanked the mayor.",
}


def count_of(store: Store, pattern: str) -> int:
    rows = store.select(f"{prefix_header()} SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}").rows
    return int(term_text(rows[0][0])) if rows and rows[0][0] is not None else 0


def test_saved_queries_give_one_row_per_fact_on_many_articles_and_the_graph_validates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(STORIES["one.txt"], encoding="utf-8")
    store = open_store(str(tmp_path / "store"))
    report = build([tmp_path], store, batch_size=2)
    assert (report.read, report.stored, report.duplicates) == (4, 3, 1)
    statements = count_of(store, "?s a nkg:Statement")
    events = count_of(store, "?e a nkg:Event ; nkg:agent ?a")
    assert statements >= 3 and events >= 3
    queries = Path(__file__).parent.parent / "data" / "queries"
    said = run_query(store, (queries / "who-said-what.rq").read_text(encoding="utf-8"))
    done = run_query(store, (queries / "events-by-actor.rq").read_text(encoding="utf-8"))
    assert (len(said.rows), len(done.rows)) == (statements, events)
    labelled = count_of(store, "?e a nkg:Organization ; rdfs:label ?l")
    assert labelled == count_of(store, "?e a nkg:Organization")
    assert validate_graph(store_union(store)) == []


def test_a_second_build_parses_nothing_and_a_changed_file_replaces_its_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = open_store(str(tmp_path / "store"))
    build([tmp_path], store)
    parsed: list[str] = []
    real_extract = pipeline.extract_doc

    def counting(doc, article):  # type: ignore[no-untyped-def]
        parsed.append(article.source_path)
        return real_extract(doc, article)

    monkeypatch.setattr(pipeline, "extract_doc", counting)
    again = build([tmp_path], store)
    assert (again.stored, again.unchanged, parsed) == (0, 3, [])
    (tmp_path / "three.txt").write_text("The mayor of Paris praised Initech.", encoding="utf-8")
    changed = build([tmp_path], store)
    assert (changed.stored, changed.unchanged, changed.replaced) == (1, 2, 1)
    assert [Path(p).name for p in parsed] == ["three.txt"]
    graphs = set(stored_articles(store).values())
    assert str(graph_iri(document_id(STORIES["three.txt"]))) not in graphs and len(graphs) == 3
    assert count_of(store, "?e rdfs:label ?l FILTER(CONTAINS(?l, 'London'))") == 1  # two.txt names it
    assert count_of(store, "?e rdfs:label ?l FILTER(CONTAINS(?l, 'Paris'))") == 1
