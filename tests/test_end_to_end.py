"""The real CLI on the seed article: build, validate, the saved queries."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.model
KG = [sys.executable, "-m", "kg.cli"]


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = str(tmp_path_factory.mktemp("e2e") / "store")
    done = kg("build", "data/articles", "--store", location)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 read, 1 stored")
    return location


def test_seed_graph_validates(store: str) -> None:
    done = kg("validate", "--store", store)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "the graph conforms to the shapes"


def test_building_twice_adds_nothing(store: str) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = kg("query", count, "--format", "csv", "--store", store).stdout
    again = kg("build", "data/articles", "--store", store)
    assert "1 read, 0 stored (1 already in the store)" in again.stdout
    assert kg("query", count, "--format", "csv", "--store", store).stdout == before


def test_who_said_what_lists_ryders_quote_with_him_as_speaker(store: str) -> None:
    done = kg("query", "-f", "data/queries/who-said-what.rq", "--format", "csv", "--store", store)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    by_start = [r for r in rows if r["content"].lstrip('“"').startswith("In moments like these")]
    assert [r["speaker"] for r in by_start] == ["Pat Ryder"]
    assert by_start[0]["kind"] == "direct"


def test_events_by_actor_has_chinas_rejection(store: str) -> None:
    done = kg("query", "-f", "data/queries/events-by-actor.rq", "--format", "csv", "--store", store)
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert any(r["agent"] == "China" and r["relation"] in ("rejected", "declined") for r in rows)


def test_every_saved_query_runs(store: str) -> None:
    for path in sorted(Path(ROOT, "data", "queries").glob("*.rq")):
        done = kg("query", "-f", str(path), "--store", store)
        assert done.returncode == 0, f"{path.name}: {done.stderr}"
