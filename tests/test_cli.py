"""The CLI through click's CliRunner: exit codes and exact messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SEED

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    store = str(tmp_path_factory.mktemp("store") / "kg")
    result = CliRunner().invoke(main, ["build", str(SEED), "--store", store, "-q"])
    assert result.exit_code == 0, result.output
    return store


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for name, command in main.commands.items():
        assert command.help, f"kg {name} has no help text"
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_build_reports_bad_files_and_still_builds_the_good_one(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "story.txt").write_text("The mayor said the bridge will reopen on Friday.")
    result = CliRunner().invoke(
        main, ["build", str(tmp_path), str(tmp_path / "nope.txt"), "--store", str(tmp_path / "st"), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert f"skipped {tmp_path / 'empty.txt'}: empty file; nothing to read" in result.output
    assert f"skipped {tmp_path / 'nope.txt'}: no such file or folder" in result.output
    assert "1 read, 1 stored (0 already in the store), 0 duplicates, 2 skipped, 0 failed" in result.output


def test_build_with_nothing_usable_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--store", str(tmp_path / "st"), "-q"])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "Error: nothing usable was read; give .txt, .html or .jsonl files or folders"
    )


def test_query_without_store_says_to_build_first(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "none")]
    )
    assert result.exit_code == 1
    assert (
        result.output.strip()
        == f"Error: no store at {tmp_path / 'none'}: run `kg build PATH...` first, or give --store"
    )


def test_query_needs_exactly_one_source(built_store: str) -> None:
    result = CliRunner().invoke(main, ["query", "--store", built_store])
    assert result.exit_code == 2
    assert "give a SPARQL query or -f FILE.rq (one of them)" in result.output


def test_bad_sparql_is_a_clear_error(built_store: str) -> None:
    result = CliRunner().invoke(main, ["query", "SELEC nothing", "--store", built_store])
    assert result.exit_code == 1
    assert result.output.startswith("Error: the query does not parse:")


def test_update_is_refused_without_flag(built_store: str) -> None:
    result = CliRunner().invoke(
        main, ["query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--store", built_store]
    )
    assert result.exit_code == 1
    assert "add --update to change it" in result.output


def test_query_json_and_csv(built_store: str) -> None:
    q = "SELECT ?title WHERE { ?d a nkg:Document ; dcterms:title ?title }"
    as_json = CliRunner().invoke(main, ["query", q, "--format", "json", "--store", built_store])
    assert json.loads(as_json.output) == [
        {"title": "China declined the U.S. call following American missile launch and spy balloon explosion"}
    ]
    as_csv = CliRunner().invoke(main, ["query", q, "--format", "csv", "--store", built_store])
    assert as_csv.output.splitlines()[0] == "title"


def test_stats_counts_the_document(built_store: str) -> None:
    result = CliRunner().invoke(main, ["stats", "--format", "json", "--store", built_store])
    rows = json.loads(result.output)
    assert {"what": "documents", "kind": "", "count": "1"} in rows
    assert any(r["what"] == "statements" and int(r["count"]) >= 3 for r in rows)


def test_extract_jsonl_offsets_point_into_the_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0
    [line] = result.output.splitlines()
    record = json.loads(line)
    text = SEED.read_text(encoding="utf-8")
    assert set(record) == {"source_path", "document", "actors", "statements", "events", "times"}
    assert record["document"]["date"] == "2023-02-07"
    spans = [m for a in record["actors"] for m in a["mentions"]]
    spans += [s["content"] for s in record["statements"]] + [e["trigger"] for e in record["events"]]
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


def test_export_formats_parse_back(built_store: str, tmp_path: Path) -> None:
    import pyoxigraph as ox
    from rdflib import Dataset, Graph

    counts = {}
    for fmt, reader in [
        ("ttl", "turtle"),
        ("nt", "nt"),
        ("rdfxml", "xml"),
        ("nq", "nquads"),
        ("trig", "trig"),
        ("jsonld", "json-ld"),
    ]:
        out = tmp_path / f"g.{fmt}"
        result = CliRunner().invoke(main, ["export", "--format", fmt, "-o", str(out), "--store", built_store])
        assert result.exit_code == 0, result.output
        if fmt in ("nq", "trig", "jsonld"):
            dataset = Dataset()
            dataset.parse(out, format=reader)
            counts[fmt] = len({(s, p, o) for s, p, o, _g in dataset.quads((None, None, None, None))})
        else:
            counts[fmt] = len(Graph().parse(out, format=reader))
    store = ox.Store.read_only(built_store)
    union = len({(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)})
    assert counts["ttl"] == counts["nt"] == counts["rdfxml"] == union
    assert counts["nq"] == counts["trig"] == union
