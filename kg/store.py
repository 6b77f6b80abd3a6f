"""Open the store (an embedded Oxigraph folder, memory, or a SPARQL endpoint) and write article batches.

Every batch of articles is written in one SPARQL Update request, which Oxigraph runs as one
transaction: an interrupted build loses no earlier article and leaves no half article.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.errors import StoreError

DEFAULT_STORE = ".kg/store"
MEMORY = ":memory:"


def default_location() -> str:
    """The store named by `KG_STORE`, else `.kg/store`."""
    return os.environ.get("KG_STORE", DEFAULT_STORE)


def is_endpoint(location: str) -> bool:
    return location.startswith(("http://", "https://"))


@dataclass
class Store:
    """A news-kg store: pyoxigraph underneath, rdflib's Dataset as the library face."""

    location: str
    ox: ox.Store
    read_only: bool = False

    def update(self, sparql: str) -> None:
        try:
            self.ox.update(sparql)
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"writing to the store at {self.location} failed: {err}") from err

    def query(self, sparql: str) -> Any:
        return self.ox.query(sparql)

    def replace_graphs(self, graphs: Iterable[Graph]) -> int:
        """Replace each named graph's content, all in one transaction; returns triples written."""
        request, count = _replace_request(graphs)
        if request:
            self.update(request)
        return count

    def dataset(self) -> Dataset:
        """An rdflib Dataset over this store (through oxrdflib)."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.ox))

    def __len__(self) -> int:
        return len(self.ox)

    def named_graphs(self) -> Iterator[str]:
        for graph in self.ox.named_graphs():
            yield graph.value

    def close(self) -> None:
        if not self.read_only:
            self.ox.flush()


def _replace_request(graphs: Iterable[Graph]) -> tuple[str, int]:
    drops: list[str] = []
    inserts: list[str] = []
    count = 0
    for graph in graphs:
        name = graph.identifier.n3()
        drops.append(f"DROP SILENT GRAPH {name}")
        body = graph.serialize(format="nt")
        inserts.append(f"GRAPH {name} {{\n{body}\n}}")
        count += len(graph)
    if not drops:
        return "", 0
    return ";\n".join(drops) + ";\nINSERT DATA {\n" + "\n".join(inserts) + "\n}", count


def open_store(location: str | None = None, *, read_only: bool = False, create: bool = True) -> Store:
    """The store at `location`: a folder (embedded Oxigraph) or ':memory:'."""
    where = location or default_location()
    if where == MEMORY:
        return Store(where, ox.Store())
    if is_endpoint(where):
        raise StoreError(f"{where}: remote SPARQL endpoints are not supported yet; use a store folder")
    path = Path(where)
    if (read_only or not create) and not (path / "CURRENT").exists():
        raise StoreError(f"no store at {where}: run `kg build PATH...` first, or give --store")
    try:
        if read_only:
            return Store(where, ox.Store.read_only(str(path)), read_only=True)
        path.mkdir(parents=True, exist_ok=True)
        return Store(where, ox.Store(str(path)))
    except OSError as err:
        raise StoreError(
            f"cannot open the store at {where}: {err} (is another kg process using it?)"
        ) from err
