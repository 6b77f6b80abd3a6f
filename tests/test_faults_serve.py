"""`kg serve` is no open proxy and no liar: SERVICE is refused without a request going out, and an
answer Oxigraph cut at the timeout comes back as an error status, not as 200 with half a body."""

from __future__ import annotations

import csv
import io
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from kg.csvsafe import safe_csv
from kg.serve import LimitError, limited
from tests.test_faults_query import people_store
from tests.test_remote import free_port
from tests.test_serve import ask, start, stop, store_folder  # noqa: F401 - the module's store fixture

pytestmark = pytest.mark.server
PEOPLE_LABELS = (
    "SELECT ?label WHERE { ?x a <https://w3id.org/news-kg/ontology#Person> ; "
    "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
)


@pytest.fixture
def bystander() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 that notes every request it gets."""
    hits: list[str] = []

    class Note(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Quiet."""

    server = HTTPServer(("127.0.0.1", free_port()), Note)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", hits
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("limit", ["0", "5"])
def test_service_is_refused_and_no_request_goes_out(
    store_folder: str,  # noqa: F811
    bystander: tuple[str, list[str]],
    limit: str,
) -> None:
    target, hits = bystander
    process, url = start(store_folder, "--limit", limit)
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            ask(url, f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}")
        said = refused.value.read().decode()
    finally:
        stop(process)
    assert refused.value.code == 403
    assert said == "SERVICE (federated query) is disabled on this endpoint\n"
    assert hits == []


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",  # streamed, then cut by Oxigraph
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",  # not even begun in time
    ],
)
def test_an_answer_cut_at_the_timeout_is_an_error_status(store_folder: str, sparql: str) -> None:  # noqa: F811
    process, url = start(store_folder, "--limit", "0", "--timeout", "1")
    try:
        with pytest.raises(urllib.error.HTTPError) as failed:
            ask(url, sparql)
        said = failed.value.read().decode()
    finally:
        stop(process)
    assert failed.value.code == 504
    assert said == ("the query ran past this endpoint's 1 s timeout; narrow it or add a LIMIT\n")


def test_limited_refuses_service_even_without_a_limit() -> None:
    with pytest.raises(LimitError, match="SERVICE"):
        limited("SELECT * WHERE { SERVICE <http://127.0.0.1:9/q> { ?s ?p ?o } }", 0)
    assert (
        limited("SELECT ?service WHERE { ?service ?p ?o }", 0) == "SELECT ?service WHERE { ?service ?p ?o }"
    )


def test_csv_answers_are_formula_safe(tmp_path: Path) -> None:
    where = people_store(tmp_path, ["=SUM(A1:A3)", "Ada Obi"])
    process, url = start(where)
    try:
        kind, body = ask(url, PEOPLE_LABELS, "text/csv")
    finally:
        stop(process)
    assert kind.startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == [["label"], ["'=SUM(A1:A3)"], ["Ada Obi"]]


def test_safe_csv_keeps_quoting_and_line_ends() -> None:
    answer = 'label,n\r\n"=1,2",-3\r\n"say ""hi""",@x\r\n'
    assert safe_csv(answer) == 'label,n\r\n"\'=1,2",-3\r\n"say ""hi""",\'@x\r\n'
