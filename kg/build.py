"""Build articles into a store: read, extract, map to RDF and write in transactional batches."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.graph import ONTOLOGY_GRAPH, article_graph, graph_iri
from kg.ingest import Skipped, read_articles
from kg.nlp import load_pipeline
from kg.pipeline import extract_articles
from kg.records import Article, Extraction
from kg.store import Store
from kg.validate import ontology_graph


@dataclass
class BuildReport:
    """What a build did: articles read and stored, inputs skipped, triples written."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0  # stored articles whose graph was already in the store (replaced)
    duplicates: int = 0  # articles read twice in this run (same text), stored once
    triples: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.read} read, {self.stored} stored ({self.unchanged} already in the store), "
            f"{self.duplicates} duplicates, {len(self.skipped)} skipped, {len(self.failed)} failed; "
            f"{self.triples} triples written"
        )


def split_inputs(
    paths: Iterable[str | Path], report: BuildReport, on_skip: Callable[[Skipped], None]
) -> Iterator[Article]:
    """The usable articles; skipped inputs go to the report and to `on_skip` as they come."""
    for item in read_articles(paths):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            on_skip(item)
        else:
            report.read += 1
            yield item


def load_ontology(store: Store) -> None:
    """Put the ontology and event types in their own named graph (replacing an older copy)."""
    graph = Graph(identifier=ONTOLOGY_GRAPH)
    for triple in ontology_graph():
        graph.add(triple)
    store.replace_graphs([graph])


def build(
    paths: Iterable[str | Path],
    store: Store,
    *,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_article: Callable[[Extraction], None] = lambda x: None,
) -> BuildReport:
    """Build every usable article under `paths` into `store`, one transaction per batch."""
    report = BuildReport()
    load_ontology(store)
    known = set(store.named_graphs())
    nlp = load_pipeline(model)
    batch: list[Graph] = []
    seen: set[str] = set()

    def flush() -> None:
        report.triples += store.replace_graphs(batch)
        report.stored += len(batch)
        batch.clear()

    def failed(article: Article, err: Exception) -> None:
        item = Skipped(
            article.source_path, f"extraction failed ({type(err).__name__}: {err}); please report it"
        )
        report.failed.append(item)
        on_skip(item)

    articles = split_inputs(paths, report, on_skip)
    for extraction in extract_articles(articles, nlp, n_process=n_process, on_error=failed):
        on_article(extraction)
        doc_id = extraction.document.id
        if doc_id in seen:
            report.duplicates += 1
            continue
        seen.add(doc_id)
        if str(graph_iri(doc_id)) in known:
            report.unchanged += 1
        batch.append(article_graph(extraction))
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report
