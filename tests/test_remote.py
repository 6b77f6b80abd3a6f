"""Remote stores: the same queries give the same rows on the embedded store, an Oxigraph server and
Virtuoso, each started here on 127.0.0.1 with a temporary database and stopped after.

Virtuoso takes writes on its digest-authenticated /sparql-auth endpoint, with a user the test
creates through isql; the tests skip, saying why, where a server cannot start.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError
from kg.query import run_query, saved_query
from kg.store import PASSWORD_ENV, USER_ENV, RemoteStore, Store, open_store
from tests.conftest import ROOT, SEED
from tests.test_store import LABELS, QUOTE, sample_graphs

pytestmark = pytest.mark.server
OXIGRAPH = ROOT / ".venv" / "bin" / "oxigraph"
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "kgwriter", "s3cret-Pw-4711"
QUERIES = [
    saved_query("who-said-what"),
    saved_query("events-by-actor"),
    "SELECT ?label (COUNT(DISTINCT ?doc) AS ?articles) WHERE { ?x rdfs:label ?label ; nkg:mentionedIn ?doc }"
    " GROUP BY ?label ORDER BY ?label",
    "SELECT ?a ?rel ?b WHERE { ?a ?p ?b . ?p rdfs:subPropertyOf nkg:interaction ; rdfs:label ?rel }",
    "SELECT ?speaker ?content WHERE { ?speaker nkg:said ?s . ?s nkg:content ?content }",
    "ASK { ?s nkg:content ?c FILTER(CONTAINS(?c, 'never')) }",
    "SELECT ?d WHERE { ?e nkg:date ?d } ORDER BY ?d",
    "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a nkg:Person ; rdfs:label ?l }",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(url: str, seconds: float, process: subprocess.Popen[bytes]) -> bool:
    """True once `url` answers an ASK; False when the process died or time ran out."""
    deadline = time.monotonic() + seconds
    query = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(query, timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    return False


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not OXIGRAPH.exists():
        pytest.skip(f"{OXIGRAPH} is absent: pip install -r requirements-dev.txt")
    port = free_port()
    folder = tmp_path_factory.mktemp("oxigraph")
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        if not wait_for(f"http://127.0.0.1:{port}/query", 20, process):
            pytest.skip(f"the Oxigraph server did not start: {(folder / 'server.log').read_text()[-300:]}")
        yield f"http://127.0.0.1:{port}/query"
    finally:
        stop(process)
        log.close()


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 0
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
ThreadsPerQuery = 1
DirsAllowed = ., {d}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Virtuoso on free ports; yields its authenticated endpoint (user and password are set in env)."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if binary is None or isql is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource; see .ci/system-deps)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=folder, sql=sql, http=http))
    log = (folder / "console.log").open("wb")
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        if not wait_for(f"http://127.0.0.1:{http}/sparql", 60, process):
            pytest.skip(f"Virtuoso did not start: {(folder / 'console.log').read_text()[-300:]}")
        grant = (
            f"DB.DBA.USER_CREATE('{VIRTUOSO_USER}', '{VIRTUOSO_PASSWORD}'); "
            f'GRANT SPARQL_UPDATE TO "{VIRTUOSO_USER}";'
        )
        done = subprocess.run(
            [isql, f"127.0.0.1:{sql}", "dba", "dba", f"exec={grant}"], capture_output=True, timeout=30
        )
        if done.returncode != 0:
            pytest.skip(f"could not create the Virtuoso user: {done.stdout.decode()[-300:]}")
        yield f"http://127.0.0.1:{http}/sparql-auth"
    finally:
        stop(process)
        log.close()


@pytest.fixture
def virtuoso_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(USER_ENV, VIRTUOSO_USER)
    monkeypatch.setenv(PASSWORD_ENV, VIRTUOSO_PASSWORD)


@pytest.fixture(params=["oxigraph", "virtuoso"])
def endpoint(request: pytest.FixtureRequest) -> str:
    """The endpoint's URL, holding no news-kg graph."""
    if request.param == "virtuoso":
        request.getfixturevalue("virtuoso_env")
        url = str(request.getfixturevalue("virtuoso_server"))
    else:
        url = str(request.getfixturevalue("oxigraph_server"))
    store = open_store(url)
    graphs = list(store.named_graphs())
    if graphs:
        store.update(";\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
    return url


def _answers(store: Store) -> list[object]:
    out: list[object] = []
    for sparql in QUERIES:
        rows = run_query(store, sparql)
        ordered = "ORDER BY" in sparql
        out.append((rows.variables, rows.rows if ordered else sorted(rows.rows, key=repr)))
    return out


def test_same_rows_on_the_embedded_store_and_the_endpoint(endpoint: str) -> None:
    remote = open_store(endpoint)
    assert remote.replace_graphs(sample_graphs()) == sum(len(g) for g in sample_graphs())
    embedded = open_store(":memory:")
    embedded.replace_graphs(sample_graphs())
    assert sorted(remote.named_graphs()) == sorted(embedded.named_graphs())
    assert len(remote) == len(embedded)
    assert set(remote.quads()) == set(embedded.quads())
    answers = _answers(remote)
    assert answers == _answers(embedded)
    assert ["true"] in answers[5][1]  # type: ignore[index]
    labels = {row[1] for row in answers[4][1]}  # type: ignore[index]
    assert QUOTE in labels and LABELS["person/putin"] not in labels


def test_rewriting_a_batch_replaces_it(endpoint: str) -> None:
    remote = open_store(endpoint)
    graphs = sample_graphs()
    remote.replace_graphs(graphs)
    before = len(remote)
    remote.replace_graphs(graphs[:1])
    assert len(remote) == before


def test_query_update_through_the_cli(endpoint: str) -> None:
    insert = (
        """INSERT DATA { GRAPH <https://w3id.org/news-kg/id/graph/t> { <urn:a> rdfs:label 'Ωμέγα "x"' } }"""
    )
    done = CliRunner().invoke(main, ["query", "--update", insert, "--store", endpoint])
    assert (done.exit_code, done.output.splitlines()[-2:]) == (0, ["update done", "(1 row)"])
    check = "SELECT ?l WHERE { <urn:a> rdfs:label ?l }"
    done = CliRunner().invoke(main, ["query", check, "--format", "json", "--store", endpoint])
    assert json.loads(done.output) == [{"l": 'Ωμέγα "x"'}]


def test_read_only_remote_refuses_updates(endpoint: str) -> None:
    with pytest.raises(StoreError, match="open read-only"):
        open_store(endpoint, read_only=True).update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_wrong_password_is_refused_without_showing_it(
    virtuoso_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv(USER_ENV, raising=False)
    url = virtuoso_server.replace("http://", f"http://{VIRTUOSO_USER}:wrong-Pw-0815@")
    store = open_store(url)
    with pytest.raises(StoreError) as caught:
        store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    message = str(caught.value)
    assert "answered 401 (set KG_STORE_USER and KG_STORE_PASSWORD)" in message
    assert "wrong-Pw-0815" not in message and "@" not in message


def test_credentials_from_the_url_work_and_stay_out_of_errors(
    virtuoso_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv(USER_ENV, raising=False)
    url = virtuoso_server.replace("http://", f"http://{VIRTUOSO_USER}:{VIRTUOSO_PASSWORD}@")
    store = open_store(url)
    assert isinstance(store, RemoteStore) and VIRTUOSO_PASSWORD not in store.location
    store.update("INSERT DATA { GRAPH <urn:kg-test> { <urn:a> <urn:b> 'x' } }")
    result = CliRunner().invoke(main, ["query", "SELECT nonsense", "--store", url])
    assert result.exit_code == 1
    assert VIRTUOSO_PASSWORD not in result.output and VIRTUOSO_USER not in result.output


@pytest.mark.model
def test_build_through_a_url_with_credentials_never_prints_them(
    virtuoso_server: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv(USER_ENV, raising=False)
    (tmp_path / "story.txt").write_text("The mayor said the bridge will reopen on Friday.", encoding="utf-8")
    url = virtuoso_server.replace("http://", f"http://{VIRTUOSO_USER}:{VIRTUOSO_PASSWORD}@")
    done = CliRunner().invoke(main, ["build", str(tmp_path / "story.txt"), "--store", url, "-q"])
    assert done.exit_code == 0, done.output
    assert done.output.strip().endswith(f"; store: {virtuoso_server}")
    assert VIRTUOSO_PASSWORD not in done.output


def test_unreachable_endpoint_is_a_clear_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    result = CliRunner().invoke(main, ["stats", "--store", url])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: cannot reach the SPARQL endpoint at {url}: ConnectionError"


COMMANDS = [
    ["query", "-f", str(ROOT / "data" / "queries" / "who-said-what.rq"), "--format", "json"],
    ["query", "-f", str(ROOT / "data" / "queries" / "events-by-actor.rq"), "--format", "csv"],
    ["stats", "--format", "json"],
    ["validate"],
]


def _graphml_shape(path: str) -> tuple[int, int, list[str]]:
    igraph = pytest.importorskip("igraph")
    graph = igraph.Graph.Read_GraphML(path)
    return graph.vcount(), graph.ecount(), sorted(graph.es["iri"])


@pytest.fixture(scope="module")
def seed_local(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The seed article built into a store folder, and what each command says about it."""
    folder = tmp_path_factory.mktemp("seed-local")
    local, runner = str(folder / "store"), CliRunner()
    assert runner.invoke(main, ["build", str(SEED), "--store", local, "-q"]).exit_code == 0
    answers = {}
    for args in COMMANDS:
        done = runner.invoke(main, [*args, "--store", local])
        answers[" ".join(args)] = (done.exit_code, sorted(done.output.splitlines()))
    assert (
        runner.invoke(
            main, ["export", "--format", "nq", "-o", str(folder / "g.nq"), "--store", local]
        ).exit_code
        == 0
    )
    out = str(folder / "g.graphml")
    assert runner.invoke(main, ["export", "--format", "graphml", "-o", out, "--store", local]).exit_code == 0
    nquads = sorted((folder / "g.nq").read_text(encoding="utf-8").splitlines())
    return {"answers": answers, "nq": nquads, "graphml": _graphml_shape(out)}


@pytest.mark.model
def test_every_command_works_with_store_url(
    endpoint: str, seed_local: dict[str, object], tmp_path: Path
) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(SEED), "--store", endpoint, "-q"])
    assert result.exit_code == 0, result.output
    answers = seed_local["answers"]
    assert isinstance(answers, dict)
    for args in COMMANDS:
        there = runner.invoke(main, [*args, "--store", endpoint])
        # rows tied on the ORDER BY keys may come in any order: compare them as a multiset
        assert (there.exit_code, sorted(there.output.splitlines())) == answers[" ".join(args)], args
    there = runner.invoke(
        main, ["export", "--format", "nq", "-o", str(tmp_path / "r.nq"), "--store", endpoint]
    )
    assert there.exit_code == 0, there.output
    assert sorted((tmp_path / "r.nq").read_text(encoding="utf-8").splitlines()) == seed_local["nq"]
    out = str(tmp_path / "r.graphml")
    assert (
        runner.invoke(main, ["export", "--format", "graphml", "-o", out, "--store", endpoint]).exit_code == 0
    )
    assert _graphml_shape(out) == seed_local["graphml"]


def test_rdflib_dataset_over_the_endpoint(oxigraph_server: str) -> None:
    remote = open_store(oxigraph_server)
    remote.replace_graphs(sample_graphs())
    rows = list(remote.dataset().query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert int(rows[0][0]) == len(remote)  # type: ignore[index, arg-type]
