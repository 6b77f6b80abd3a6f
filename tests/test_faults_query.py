"""`kg query` within limits: a timeout, a row cap for tables, SERVICE only when allowed, one-line
updates, error positions in the user's own lines; and every CSV or TSV written is formula-safe."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.csvsafe import safe_cell
from kg.query import Rows, is_update, render, uses_service
from kg.store import open_store
from tests.conftest import ROOT

PEOPLE = "SELECT ?label WHERE { ?x a nkg:Person ; rdfs:label ?label } ORDER BY ?label"


def people_store(folder: Path, names: list[str]) -> str:
    """A store folder with one article graph holding a person for each name."""
    where = str(folder / "store")
    store = open_store(where)
    people = " ".join(
        f"<https://w3id.org/news-kg/id/person/p{n}> a <https://w3id.org/news-kg/ontology#Person> ; "
        f"<http://www.w3.org/2000/01/rdf-schema#label> {json.dumps(name)} ."
        for n, name in enumerate(names)
    )
    store.update(f"INSERT DATA {{ GRAPH <https://w3id.org/news-kg/id/graph/t1> {{ {people} }} }}")
    store.close()
    return where


def kg(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return people_store(tmp_path_factory.mktemp("q"), ["Ada Obi", "Ben Hale", "Cy Dunn", "Di Ross"])


@pytest.mark.parametrize(
    "sparql, service",
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", True),
        ("select * where { service silent <http://127.0.0.1:9/q> { ?s ?p ?o } }", True),
        ("SELECT ?service WHERE { ?service a nkg:Organization }", False),
        ('SELECT * WHERE { ?s rdfs:label "Service desk" }  # SERVICE in a comment', False),
        ("SELECT * WHERE { ?s <urn:x:SERVICE> ?o . ?s nkg:service ?x }", False),
    ],
)
def test_service_is_found_as_a_keyword_only(sparql: str, service: bool) -> None:
    assert uses_service(sparql) is service


def test_service_is_refused_unless_allowed(store: str) -> None:
    sparql = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    code, out = kg("query", sparql, "--store", store)
    assert (code, out.strip()) == (
        1,
        "Error: the query has a SERVICE clause, which makes requests to other servers; "
        "add --allow-service to run it",
    )
    code, out = kg("query", sparql, "--store", store, "--allow-service")
    assert code == 1 and out.startswith("Error: ") and "SERVICE clause" not in out  # tried, failed cleanly


def test_a_table_is_cut_at_max_rows_and_says_so(store: str) -> None:
    code, out = kg("query", PEOPLE, "--store", store, "--max-rows", "2")
    assert code == 0
    assert out.splitlines()[2:] == [
        "Ada Obi",
        "Ben Hale",
        "(the first 2 rows; more were cut: give --max-rows 0, or --format csv, for all)",
    ]
    code, out = kg("query", PEOPLE, "--store", store, "--format", "csv")
    assert out.splitlines() == ["label", "Ada Obi", "Ben Hale", "Cy Dunn", "Di Ross"]


def test_a_query_past_its_timeout_stops_with_a_clear_message(store: str) -> None:
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?a{i} ?b{i} ?c{i} ." for i in range(9)) + " }"
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", heavy, "--store", store, "--timeout", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "Error: the query ran past the 1 s timeout and was abandoned; "
        "narrow it (more specific patterns, a LIMIT) or give a longer --timeout"
    )


@pytest.mark.parametrize(
    "update, labels",
    [
        (
            "PREFIX ex: <http://www.w3.org/2000/01/rdf-schema#> "
            'INSERT { GRAPH ?g { ?x ex:label "Ada O." } } WHERE { GRAPH ?g { ?x a nkg:Person } }',
            ["label", "Ada O.", "Ada Obi"],
        ),
        (
            "WITH <https://w3id.org/news-kg/id/graph/t1> DELETE { ?x rdfs:label ?l } "
            'INSERT { ?x rdfs:label "Ada Obi-Ross" } WHERE { ?x rdfs:label ?l }',
            ["label", "Ada Obi-Ross"],
        ),
    ],
)
def test_one_line_updates_run_with_update(tmp_path: Path, update: str, labels: list[str]) -> None:
    where = people_store(tmp_path, ["Ada Obi"])
    assert is_update(update)
    code, out = kg("query", update, "--store", where)
    assert (code, out.strip()) == (
        1,
        "Error: this is an update and the store is opened read-only; add --update to change it",
    )
    code, out = kg("query", update, "--store", where, "--update")
    assert (code, out.splitlines()[2]) == (0, "update done")
    _code, out = kg("query", PEOPLE, "--store", where, "--format", "csv")
    assert out.splitlines() == labels


def test_error_positions_are_the_users_own(store: str) -> None:
    code, out = kg("query", "SELECT ?x WHERE {\n  ?x nkg:speaker ?y .\n  ?x ?y\n}", "--store", store)
    assert code == 1
    assert out.startswith("Error: the query does not parse: error at 4:2")


@pytest.mark.parametrize(
    "cell, safe",
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-3", "-3"),
        ("+4.5", "+4.5"),
        ("Talks resume = progress", "Talks resume = progress"),
    ],
)  # fmt: skip
def test_formula_cells_are_escaped(cell: str, safe: str) -> None:
    assert safe_cell(cell) == safe


@pytest.mark.parametrize("fmt, delimiter", [("csv", ","), ("tsv", "\t")])
def test_query_output_to_csv_and_tsv_is_formula_safe(fmt: str, delimiter: str) -> None:
    rows = Rows(["label", "n"], [["=1+2", "-7"], ["@cmd", None]])
    parsed = list(csv.reader(io.StringIO(render(rows, fmt)), delimiter=delimiter))
    assert parsed == [["label", "n"], ["'=1+2", "-7"], ["'@cmd", ""]]


def test_the_neo4j_csv_is_formula_safe(tmp_path: Path) -> None:
    where = people_store(tmp_path, ['=HYPERLINK("http://example.com")', "Ada Obi"])
    code, out = kg("export", "--format", "neo4j", "-o", str(tmp_path / "neo"), "--store", where)
    assert code == 0, out
    with (tmp_path / "neo" / "nodes.csv").open(encoding="utf-8", newline="") as handle:
        names = sorted(row["name"] for row in csv.DictReader(handle))
    assert names == ['\'=HYPERLINK("http://example.com")', "Ada Obi"]
