"""`kg serve` answers a plain HTTP SPARQL client: result formats by content negotiation, read-only,
a result limit and a query timeout. Each server runs on a free 127.0.0.1 port and is stopped here.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from kg.serve import LimitError, limited
from kg.store import open_store
from tests.conftest import ROOT
from tests.test_remote import free_port
from tests.test_store import LABELS, sample_graphs

pytestmark = pytest.mark.server
PEOPLE = (
    "SELECT DISTINCT ?label WHERE { ?x a <https://w3id.org/news-kg/ontology#Person> ; "
    "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
)
PERSON_TRIPLES = "CONSTRUCT WHERE { ?x a <https://w3id.org/news-kg/ontology#Person> ; ?p ?o }"
SRX = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    where = str(tmp_path_factory.mktemp("serve") / "store")
    store = open_store(where)
    store.replace_graphs(sample_graphs())
    store.close()
    del store
    return where


def start(store: str, *options: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", store, "--port", str(port), *options],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            ask(url, "ASK {}")
            return process, url
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    stop(process)
    pytest.skip(f"kg serve did not start: {process.stderr.read().decode()[-300:] if process.stderr else ''}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to kg serve only; it stops its Oxigraph server itself (checked in a test)."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def ask(url: str, sparql: str, accept: str = "application/sparql-results+json") -> tuple[str, bytes]:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": sparql}))
    request.add_header("Accept", accept)
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.headers.get("Content-Type", ""), response.read()


@pytest.fixture(scope="module")
def endpoint(store_folder: str) -> Iterator[str]:
    process, url = start(store_folder, "--limit", "4", "--timeout", "2")
    yield url
    stop(process)


def test_select_in_every_result_format(endpoint: str) -> None:
    expected = sorted([LABELS["person/putin"], LABELS["person/oneil"], LABELS["person/ali"]])
    kind, body = ask(endpoint, PEOPLE, "application/sparql-results+json")
    assert kind.startswith("application/sparql-results+json")
    assert [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]] == expected
    kind, body = ask(endpoint, PEOPLE, "application/sparql-results+xml")
    assert kind.startswith("application/sparql-results+xml")
    assert [e.text for e in ET.fromstring(body).iter(f"{SRX}literal")] == expected
    kind, body = ask(endpoint, PEOPLE, "text/csv")
    assert kind.startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows == [["label"]] + [[label] for label in expected]
    kind, body = ask(endpoint, PEOPLE, "text/tab-separated-values")
    assert kind.startswith("text/tab-separated-values")
    assert (
        body.decode("utf-8").splitlines()[0] == "?label" and len(body.decode("utf-8").splitlines()) == 1 + 3
    )


@pytest.mark.parametrize("accept, reader", [("text/turtle", "turtle"), ("application/n-triples", "nt")])
def test_construct_as_turtle_and_ntriples(store_folder: str, accept: str, reader: str) -> None:
    process, url = start(store_folder, "--limit", "0")
    try:
        kind, body = ask(url, PERSON_TRIPLES, accept)
    finally:
        stop(process)
    assert kind.startswith(accept)
    graph = Graph().parse(data=body.decode("utf-8"), format=reader)
    store = open_store(store_folder, read_only=True)
    assert len(graph) == len(set(store.construct(PERSON_TRIPLES)))
    assert LABELS["person/oneil"] in {str(o) for o in graph.objects()}


def test_result_limit_cuts_and_refuses_more(endpoint: str) -> None:
    _kind, body = ask(endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert len(json.loads(body)["results"]["bindings"]) == 4
    with pytest.raises(urllib.error.HTTPError) as refused:
        ask(endpoint, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 50")
    assert refused.value.code == 400
    assert refused.value.read().decode() == "LIMIT 50 is above this endpoint's result limit of 4\n"


def test_updates_are_refused(endpoint: str) -> None:
    data = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(endpoint, data=data), timeout=20)
    assert refused.value.code == 403
    _kind, body = ask(endpoint, "ASK { <urn:a> <urn:b> <urn:c> }")
    assert json.loads(body)["boolean"] is False


def test_a_long_query_times_out(endpoint: str) -> None:
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    began = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as failed:
        ask(endpoint, heavy)
    assert failed.value.code >= 500 and time.monotonic() - began < 15


def test_stopping_kg_serve_stops_the_oxigraph_server(store_folder: str) -> None:
    process, url = start(store_folder)
    stop(process)
    assert process.returncode == 0
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)  # nothing of its process group is left


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp_path / "none")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == f"Error: no store at {tmp_path / 'none'}: run `kg build PATH...` first, or give --store"
    )


@pytest.mark.parametrize(
    "sparql, out",
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o }\nLIMIT 10"),
        ("SELECT * WHERE { ?s ?p ?o } # a comment", "SELECT * WHERE { ?s ?p ?o } # a comment\nLIMIT 10"),
        ("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 3", "SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 3"),
        ("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 2 } }",
         "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 2 } }\nLIMIT 10"),
        ("PREFIX a: <urn:a#> ASK { ?s a:p ?o }", "PREFIX a: <urn:a#> ASK { ?s a:p ?o }"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }\nLIMIT 10"),
    ],
)  # fmt: skip
def test_limited(sparql: str, out: str) -> None:
    assert limited(sparql, 10) == out


@pytest.mark.parametrize(
    "sparql, message",
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 11", "LIMIT 11 is above"),
        ("SELECT * WHERE { ?s ?p ?o } VALUES ?s { <urn:a> }", "before the trailing VALUES"),
        ("SELEKT nothing", "does not parse"),
    ],
)
def test_limited_refuses(sparql: str, message: str) -> None:
    with pytest.raises(LimitError, match=message):
        limited(sparql, 10)
