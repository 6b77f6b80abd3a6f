"""Builds are transactional per batch and one bad article never stops the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg.build import build
from kg.graph import graph_iri
from kg.ingest import document_id
from kg.store import open_store

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
