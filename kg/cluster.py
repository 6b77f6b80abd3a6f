"""Parsing and extraction on a Dask cluster (dask.distributed): articles go out in partitions, each
worker keeps one spaCy pipeline, and the extraction records come back to be written to the store.

Only this module knows Dask; `build` hands it the articles and takes records back, as it does from
the local pipeline. At most a few partitions a worker are out at once, so the client's memory stays
flat however long the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from kg.errors import ClusterError, ExtractionError
from kg.pipeline import (  # what each worker runs (a local worker process runs it too)
    extract_partition,
    partition_results,
)
from kg.records import Article, Extraction


def connect(scheduler: Any) -> Any:
    """A dask.distributed Client for 'tcp://HOST:PORT' (or a Client or cluster object, as tests pass)."""
    try:
        from distributed import Client
    except ImportError as err:
        raise ClusterError("--scheduler needs dask.distributed: pip install 'dask[distributed]'") from err
    if isinstance(scheduler, Client):
        return scheduler
    try:
        return Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as err:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err


def extract_on_cluster(
    articles: Iterable[Article],
    scheduler: Any,
    *,
    model: str | None = None,
    partition_size: int = 16,
    on_error: Callable[[Article, Exception], None] | None = None,
) -> Iterator[Extraction]:
    """Extractions of the articles, parsed on the cluster's workers (in the order partitions finish)."""
    client = connect(scheduler)
    try:
        yield from _run(client, iter(articles), model, partition_size, on_error)
    finally:
        if client is not scheduler:
            client.close()


def _run(
    client: Any,
    stream: Iterator[Article],
    model: str | None,
    partition_size: int,
    on_error: Callable[[Article, Exception], None] | None,
) -> Iterator[Extraction]:
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    parts = iter(lambda: list(islice(stream, partition_size)), [])
    pending = as_completed()
    part_of: dict[Any, list[Article]] = {}

    def submit(part: list[Article]) -> None:
        future = client.submit(extract_partition, part, model, pure=False)
        part_of[future.key] = part
        pending.add(future)

    for part in islice(parts, 2 * workers):
        submit(part)
    for future in pending:
        try:
            yield from partition_results(part_of.pop(future.key), future.result(), on_error)
        except ExtractionError as err:
            raise ClusterError(f"{err} on a worker") from err
        future.release()
        part = next(parts, [])
        if part:
            submit(part)
