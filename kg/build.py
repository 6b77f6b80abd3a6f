"""Build articles into a store: read, skip what is stored, extract, map to RDF, write in batches.

Article ids are hashes of their text, so an article already in the store is skipped before it is
parsed, and so is a second copy within the run. A file whose text changed gets a new graph, and the
graph of its old text is dropped at the end of the run (unless another file still has that text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.graph import NKG, ONTOLOGY_GRAPH, graph_iri
from kg.ingest import Skipped, encoding_note, read_articles
from kg.pipeline import extract_articles
from kg.records import Article, Extraction
from kg.store import Store, term_text
from kg.validate import ontology_graph
from kg.write import remove_ontology_repeats, write_articles

FLUSH_TRIPLES = 50_000  # triples written between flushes of the store: its memory stays flat


@dataclass
class BuildReport:
    """What a build did: articles read and stored, inputs skipped, triples written."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0  # articles already in the store, not parsed again
    duplicates: int = 0  # articles read twice in this run (same text), stored once
    replaced: int = 0  # graphs of an older text of a file, dropped
    triples: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.read} read, {self.stored} stored ({self.unchanged} already in the store), "
            f"{self.duplicates} duplicates, {len(self.skipped)} skipped, {len(self.failed)} failed, "
            f"{self.replaced} replaced; {self.triples} triples written"
        )


def split_inputs(
    paths: Iterable[str | Path],
    report: BuildReport,
    on_skip: Callable[[Skipped], None],
    on_note: Callable[[str], None] = lambda s: None,
) -> Iterator[Article]:
    """The usable articles; skipped inputs go to the report and to `on_skip` as they come, the
    encoding of articles not in UTF-8 to `on_note`."""
    for item in read_articles(paths):
        if isinstance(item, Skipped) and item.note:
            on_note(str(item))
        elif isinstance(item, Skipped):
            report.skipped.append(item)
            on_skip(item)
        else:
            report.read += 1
            note = encoding_note(item)
            if note:
                on_note(note)
            yield item


def load_ontology(store: Store) -> None:
    """Put the ontology and event types in their own named graph (replacing an older copy)."""
    graph = Graph(identifier=ONTOLOGY_GRAPH)
    for triple in ontology_graph():
        graph.add(triple)
    store.replace_graphs([graph])
    remove_ontology_repeats(store)


def stored_articles(store: Store) -> dict[str, str]:
    """The source path of each stored article, to its graph IRI."""
    rows = store.select(
        f"SELECT ?g ?path WHERE {{ GRAPH ?g {{ ?d a <{NKG.Document}> ; <{NKG.sourcePath}> ?path }} }}"
    ).rows
    return {term_text(path): term_text(g) for g, path in rows if g is not None and path is not None}


@dataclass
class _Triage:
    """Sorts the articles read into new ones, copies within the run and ones already stored."""

    report: BuildReport
    by_path: dict[str, str]  # stored: source path -> graph IRI
    force: bool
    on_progress: Callable[[int], None]
    stored: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    stale: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.stored = set(self.by_path.values())

    def new(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            graph = str(graph_iri(article.document.id))
            old = self.by_path.get(article.source_path)
            if old is not None and old != graph:
                self.stale.add(old)
            if graph in self.seen:
                self.report.duplicates += 1
            elif graph in self.stored and not self.force:
                self.seen.add(graph)
                self.report.unchanged += 1
            else:
                self.seen.add(graph)
                yield article
                continue
            self.on_progress(1)

    def dropped(self) -> set[str]:
        """Graphs of texts no longer at their path, and not read again in this run."""
        return self.stale - self.seen


def build(
    paths: Iterable[str | Path],
    store: Store,
    *,
    model: str | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    force: bool = False,
    scheduler: Any = None,
    on_skip: Callable[[Skipped], None] = lambda s: None,
    on_progress: Callable[[int], None] = lambda n: None,
    on_note: Callable[[str], None] = lambda s: None,
) -> BuildReport:
    """Build every new article under `paths` into `store`, one transaction per batch; with `force`,
    parse the stored ones again too (after a new model or extraction rules). With `scheduler` (a Dask
    scheduler's address), parsing and extraction run on that cluster's workers."""
    report = BuildReport()
    load_ontology(store)
    triage = _Triage(report, stored_articles(store), force, on_progress)
    batch: list[Extraction] = []
    held = 0  # triples written since the store last moved its writes to disk

    def flush(drop: Iterable[str] = ()) -> None:
        nonlocal held
        written = write_articles(store, batch, drop)
        report.triples += written
        report.stored += len(batch)
        batch.clear()
        held += written
        if held >= FLUSH_TRIPLES:  # the store keeps writes in memory (RocksDB memtables) until flushed
            store.flush()
            held = 0

    def failed(article: Article, err: Exception) -> None:
        item = Skipped(
            article.source_path, f"extraction failed ({type(err).__name__}: {err}); please report it"
        )
        report.failed.append(item)
        on_skip(item)
        on_progress(1)

    articles = triage.new(split_inputs(paths, report, on_skip, on_note))
    if scheduler is not None:
        from kg.cluster import extract_on_cluster

        extractions = extract_on_cluster(
            articles, scheduler, model=model, partition_size=batch_size, on_error=failed
        )
    else:
        extractions = extract_articles(articles, n_process=n_process, on_error=failed, model=model)
    for extraction in extractions:
        on_progress(1)
        batch.append(extraction)
        if len(batch) >= batch_size:
            flush()
    dropped = triage.dropped()
    if batch or dropped:
        flush(dropped)
        report.replaced = len(dropped)
    if report.stored or report.replaced:
        store.compact()
    return report
