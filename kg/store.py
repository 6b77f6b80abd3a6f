"""Open the store (an embedded Oxigraph folder, memory, or a SPARQL 1.1 endpoint) and read or write it.

Every batch of articles is written in one SPARQL Update request, which Oxigraph runs as one
transaction: an interrupted build loses no earlier article and leaves no half article. The same
methods (`select`, `ask`, `construct`, `update`, `quads`) work on both kinds of store, so no other
module needs to know which one it has; their terms are pyoxigraph's.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, TypeAlias

import pyoxigraph
import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.term import Node

from kg.errors import StoreError

DEFAULT_STORE = ".kg/store"
MEMORY = ":memory:"
GRAPH_PREFIX = "https://w3id.org/news-kg/id/graph/"
USER_ENV, PASSWORD_ENV, UPDATE_URL_ENV = "KG_STORE_USER", "KG_STORE_PASSWORD", "KG_STORE_UPDATE_URL"
TIMEOUT_ENV = "KG_STORE_TIMEOUT"
Term: TypeAlias = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
OUR_GRAPHS = f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))'
_FORM = re.compile(
    r"^\s*(?:(?:PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I
)


def default_location() -> str:
    """The store named by `KG_STORE`, else `.kg/store`."""
    return os.environ.get("KG_STORE", DEFAULT_STORE)


def is_endpoint(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a query (comments and prologue skipped)."""
    text = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    match = _FORM.match(text)
    if match is None:
        raise StoreError(
            "not a SPARQL query (expected SELECT, ASK, CONSTRUCT or DESCRIBE after PREFIX lines)"
        )
    return match.group(1).upper()


def term_text(term: Term) -> str:
    """The lexical value of a term (an IRI's string, a literal's text); N-Triples for a quoted triple."""
    return str(term) if isinstance(term, ox.Triple) else term.value


@dataclass
class Solutions:
    """The answer of a SELECT: variable names and one row of terms (None when unbound) per solution."""

    variables: list[str]
    rows: list[list[Term | None]]

    @classmethod
    def of(cls, result: ox.QuerySolutions, max_rows: int | None = None) -> Solutions:
        variables = [v.value for v in result.variables]
        return cls(variables, [[solution[v] for v in variables] for solution in islice(result, max_rows)])


QueryResult: TypeAlias = Solutions | bool | list[ox.Triple]


class Store:
    """A news-kg store; subclasses say how queries and updates reach it."""

    location: str
    read_only: bool

    def query(
        self, sparql: str, *, prefixes: dict[str, str] | None = None, max_rows: int | None = None
    ) -> QueryResult:
        """Any query; the default graph is the union of the named graphs. `prefixes` are predeclared
        (error positions stay the query's own); a SELECT gives at most `max_rows` rows."""
        raise NotImplementedError

    def update(self, sparql: str, *, prefixes: dict[str, str] | None = None) -> None:
        raise NotImplementedError

    def quads(self) -> Iterator[pyoxigraph.Quad]:
        """Every quad of the news-kg named graphs (articles and ontology)."""
        raise NotImplementedError

    def dataset(self) -> Dataset:
        """An rdflib Dataset over this store."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (flush what was written)."""

    def flush(self) -> None:
        """Move what was written from memory to the store's files (embedded stores), so a long build
        holds no more than one stretch of writes in memory."""

    def compact(self) -> None:
        """Write what was added to the store's files in their compact form (embedded stores)."""

    def select(self, sparql: str) -> Solutions:
        result = self.query(sparql)
        if not isinstance(result, Solutions):
            raise StoreError("expected a SELECT query")
        return result

    def ask(self, sparql: str) -> bool:
        result = self.query(sparql)
        if not isinstance(result, bool):
            raise StoreError("expected an ASK query")
        return result

    def construct(self, sparql: str) -> list[pyoxigraph.Triple]:
        result = self.query(sparql)
        if not isinstance(result, list):
            raise StoreError("expected a CONSTRUCT or DESCRIBE query")
        return result

    def named_graphs(self) -> Iterator[str]:
        """The IRIs of the news-kg named graphs (one per article, plus the ontology's)."""
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OUR_GRAPHS} }}").rows
        for (graph,) in rows:
            if graph is not None:
                yield term_text(graph)

    def __len__(self) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OUR_GRAPHS} }}").rows
        value = rows[0][0] if rows else None
        return int(value.value) if isinstance(value, ox.Literal) else 0

    @property
    def ox(self) -> pyoxigraph.Store:
        """The pyoxigraph store underneath; only embedded stores have one (prefer `query`, `select`)."""
        raise StoreError(f"{self.location} is a SPARQL endpoint, not an embedded store; use store.query()")

    def replace_graphs(self, graphs: Iterable[Graph]) -> int:
        """Replace each named graph's content, all in one update request; returns triples written."""
        request, count = _replace_request(graphs)
        if request:
            self.update(request)
        return count


class EmbeddedStore(Store):
    """Oxigraph in this process: a folder on disk, or memory."""

    def __init__(self, location: str, store: pyoxigraph.Store, *, read_only: bool = False) -> None:
        self.location, self._ox, self.read_only = location, store, read_only

    @property
    def ox(self) -> pyoxigraph.Store:
        return self._ox

    def query(
        self, sparql: str, *, prefixes: dict[str, str] | None = None, max_rows: int | None = None
    ) -> QueryResult:
        try:
            result = self.ox.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
            if isinstance(result, ox.QuerySolutions):
                return Solutions.of(result, max_rows)
            if isinstance(result, ox.QueryTriples):
                return list(result)
            return bool(result)
        except SyntaxError as err:
            raise StoreError(f"the query does not parse: {err}") from err
        except OSError as err:  # also while the answer is read (a SERVICE that fails, a full disk)
            raise StoreError(f"the query failed: {err}") from None

    def update(self, sparql: str, *, prefixes: dict[str, str] | None = None) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")
        try:
            self.ox.update(sparql, prefixes=prefixes)
        except SyntaxError as err:
            raise StoreError(f"the update does not parse: {err}") from err
        except (OSError, ValueError) as err:
            raise StoreError(f"writing to the store at {self.location} failed: {err}") from err

    def quads(self) -> Iterator[pyoxigraph.Quad]:
        for quad in self.ox.quads_for_pattern(None, None, None, None):
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value.startswith(GRAPH_PREFIX):
                yield quad

    def named_graphs(self) -> Iterator[str]:
        for graph in self.ox.named_graphs():
            if isinstance(graph, ox.NamedNode) and graph.value.startswith(GRAPH_PREFIX):
                yield graph.value

    def dataset(self) -> Dataset:
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.ox))

    def close(self) -> None:
        if not self.read_only:
            self.ox.flush()

    def flush(self) -> None:
        self.close()

    def compact(self, limit: int | None = None) -> None:
        """Rewrite the store in its compact form (when it holds at most `limit` quads), then reopen it.

        RocksDB, under Oxigraph, compresses only the files a bulk load writes (its compactions write
        the level a small store lives in uncompressed), and deletes the write-ahead log, as big as
        everything written in this session, only when the store is opened again. So the quads are
        bulk-loaded into a fresh folder beside the store, which takes the store's place once complete:
        about half the bytes. An interruption leaves the store as it was (see `open_store`).

        The bulk load holds a million quads in memory at a time, and past two of those RocksDB merges
        the files it wrote into one uncompressed level the next time the store is open, so a bigger
        store is only reopened (which drops the log): the rewrite would cost memory and time for no
        bytes saved.
        """
        if self.read_only or self.location == MEMORY:
            return
        self._ox.flush()
        here = Path(self.location)
        fresh_path, old_path = _beside(here, COMPACTING), _beside(here, REPLACED)
        rewrite = len(self._ox) <= (REWRITE_LIMIT if limit is None else limit)
        if rewrite:
            for leftover in (fresh_path, old_path):
                shutil.rmtree(leftover, ignore_errors=True)
            fresh = ox.Store(str(fresh_path))
            fresh.bulk_extend(self._ox.quads_for_pattern(None, None, None, None))
            fresh.flush()
            del fresh
        del self._ox
        gc.collect()
        if rewrite:
            here.rename(old_path)
            fresh_path.rename(here)
            shutil.rmtree(old_path, ignore_errors=True)
        self._ox = ox.Store(self.location)


COMPACTING, REPLACED = ".compacting", ".replaced"  # folders beside a store while it is rewritten
# Quads up to which a build rewrites the store compressed: two of Oxigraph's bulk-load batches of a
# million quads. The 2,225 BBC articles (1.43 million quads) stay at 130 KB an article; twice as many
# quads were written in 556 MB and had become 817 MB, uncompressed, a minute after reopening.
REWRITE_LIMIT = 2_000_000


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _recover(path: Path) -> None:
    """Undo a rewrite interrupted between its two renames: the store's folder comes back. (What else
    a rewrite leaves beside the store, the next rewrite removes.)"""
    old = _beside(path, REPLACED)
    if not path.exists() and (old / "CURRENT").exists():
        old.rename(path)


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint: the Protocol for queries, SPARQL Update for writes.

    Credentials come from KG_STORE_USER / KG_STORE_PASSWORD or the URL's user:pass part (taken out
    of the URL, so they never show in messages); HTTP Basic or Digest, as the server asks.
    """

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        import requests

        self.location, user, password = split_credentials(url)
        self.update_url = os.environ.get(UPDATE_URL_ENV) or _update_url(self.location)
        self.read_only = read_only
        self.user = os.environ.get(USER_ENV) or user
        self.password = os.environ.get(PASSWORD_ENV) or password or ""
        self.timeout = float(os.environ.get(TIMEOUT_ENV, "300"))
        self.http = requests.Session()

    def _post(self, url: str, data: dict[str, str], accept: str) -> Any:
        import requests
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        headers = {"Accept": accept}
        try:
            response = self.http.post(url, data=data, headers=headers, timeout=self.timeout)
            if response.status_code == 401 and self.user and self.http.auth is None:
                challenge = response.headers.get("WWW-Authenticate", "").lower()
                kind = HTTPDigestAuth if challenge.startswith("digest") else HTTPBasicAuth
                self.http.auth = kind(self.user, self.password)
                response = self.http.post(url, data=data, headers=headers, timeout=self.timeout)
        except requests.RequestException as err:
            raise StoreError(f"cannot reach the SPARQL endpoint at {url}: {type(err).__name__}") from None
        if response.status_code >= 400:
            detail = " ".join(response.text.split())[:300]
            if self.password:
                detail = detail.replace(self.password, "***")
            hint = f" (set {USER_ENV} and {PASSWORD_ENV})" if response.status_code in (401, 403) else ""
            raise StoreError(f"the SPARQL endpoint at {url} answered {response.status_code}{hint}: {detail}")
        return response

    def query(
        self, sparql: str, *, prefixes: dict[str, str] | None = None, max_rows: int | None = None
    ) -> QueryResult:
        sparql = prologue(prefixes) + sparql
        form = query_form(sparql)
        graphs = form in ("CONSTRUCT", "DESCRIBE")
        accept = (
            "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
            if graphs
            else "application/sparql-results+json, application/sparql-results+xml;q=0.8"
        )
        response = self._post(self.location, {"query": sparql, "union-default-graph": ""}, accept)
        media = response.headers.get("Content-Type", "").split(";")[0].strip()
        try:
            if graphs:
                rdf_format = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
                if media == "text/plain":
                    rdf_format = ox.RdfFormat.N_TRIPLES
                return [q.triple for q in ox.parse(response.content, format=rdf_format)]
            results_format = ox.QueryResultsFormat.from_media_type(media) or ox.QueryResultsFormat.JSON
            result = ox.parse_query_results(response.content, format=results_format)
        except (SyntaxError, ValueError) as err:
            raise StoreError(f"the endpoint at {self.location} sent a bad {media} answer: {err}") from err
        if isinstance(result, ox.QuerySolutions):
            solutions = Solutions.of(result, max_rows)
            if form == "ASK":  # Virtuoso answers ASK with one row holding 1 or 0
                value = solutions.rows[0][0] if solutions.rows else None
                return value is not None and term_text(value) not in ("0", "false")
            return solutions
        return bool(result)

    def update(self, sparql: str, *, prefixes: dict[str, str] | None = None) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")
        self._post(self.update_url, {"update": prologue(prefixes) + sparql}, "*/*")

    def quads(self) -> Iterator[pyoxigraph.Quad]:
        """Graph by graph, so no server's result-size limit cuts a long export short."""
        for name in sorted(self.named_graphs()):
            graph = ox.NamedNode(name)
            sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
            for triple in self.construct(sparql):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)

    def named_graphs(self) -> Iterator[str]:
        page, offset = 5000, 0
        while True:
            rows = self.select(
                f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {OUR_GRAPHS} }} "
                f"ORDER BY ?g LIMIT {page} OFFSET {offset}"
            ).rows
            yield from (term_text(g) for (g,) in rows if g is not None)
            if len(rows) < page:
                return
            offset += page

    def dataset(self) -> Dataset:
        """rdflib's SPARQLUpdateStore over the endpoint (HTTP Basic only; the default graph is the
        server's own, so use GRAPH ?g, or this store's `query`, to read every article)."""
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        auth = (self.user, self.password) if self.user else None
        store = SPARQLUpdateStore(self.location, self.update_url, auth=auth)
        return Dataset(store=store, default_union=True)


def prologue(prefixes: dict[str, str] | None) -> str:
    """PREFIX declarations on one line, for servers that cannot be given prefixes apart."""
    return " ".join(f"PREFIX {p}: <{ns}>" for p, ns in (prefixes or {}).items()) + ("\n" if prefixes else "")


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """The URL without its user:pass part, the user and the password."""
    from urllib.parse import unquote, urlsplit, urlunsplit

    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    userinfo, host = parts.netloc.rsplit("@", 1)
    user, _, password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=host)), unquote(user) or None, unquote(password) or None


def _update_url(query_url: str) -> str:
    """Oxigraph serves updates at /update beside /query; most servers take both at one URL."""
    return query_url[: -len("/query")] + "/update" if query_url.endswith("/query") else query_url


def insert_data(graph: Node, triples: Iterable[tuple[Node, Node, Node]], chunk: int = 1000) -> list[str]:
    """INSERT DATA requests putting the triples into the named graph, at most `chunk` triples each
    (Virtuoso's parser runs out of memory on one INSERT DATA of about 5000)."""
    if not isinstance(triples, Graph):
        triples = _as_graph(triples)
    return insert_lines(graph, triples.serialize(format="nt").splitlines(), chunk)


def insert_lines(graph: Node | str, lines: list[str], chunk: int = 1000) -> list[str]:
    """INSERT DATA requests putting N-Triples lines into the named graph, `chunk` lines each."""
    name = f"<{graph}>"
    return [
        f"INSERT DATA {{ GRAPH {name} {{\n" + "\n".join(lines[start : start + chunk]) + "\n} }"
        for start in range(0, len(lines), chunk)
    ]


def _as_graph(triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def _replace_request(graphs: Iterable[Graph], chunk: int = 1000) -> tuple[str, int]:
    """One update request: drop each graph, then INSERT DATA in chunks of at most `chunk` triples."""
    drops: list[str] = []
    inserts: list[str] = []
    count = 0
    for graph in graphs:
        drops.append(f"DROP SILENT GRAPH {graph.identifier.n3()}")
        inserts += insert_data(graph.identifier, graph, chunk)
        count += len(graph)
    if not drops:
        return "", 0
    return ";\n".join(drops + inserts), count


def open_store(location: str | None = None, *, read_only: bool = False, create: bool = True) -> Store:
    """The store at `location`: a folder (embedded Oxigraph), ':memory:', or a SPARQL endpoint URL."""
    where = location or default_location()
    if where == MEMORY:
        return EmbeddedStore(where, ox.Store())
    if is_endpoint(where):
        return RemoteStore(where, read_only=read_only)
    path = Path(where)
    _recover(path)
    if (read_only or not create) and not (path / "CURRENT").exists():
        raise StoreError(f"no store at {where}: run `kg build PATH...` first, or give --store")
    try:
        if read_only:
            return EmbeddedStore(where, ox.Store.read_only(str(path)), read_only=True)
        path.mkdir(parents=True, exist_ok=True)
        return EmbeddedStore(where, ox.Store(str(path)))
    except OSError as err:
        raise StoreError(
            f"cannot open the store at {where}: {err} (is another kg process using it?)"
        ) from err
