"""A build killed with SIGKILL mid-way loses no article stored before and leaves no half article."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.graph import graph_iri
from kg.ingest import document_id
from kg.store import open_store
from tests.conftest import ROOT

pytestmark = pytest.mark.model

# the build, telling on stdout each transaction it has committed
NOISY_BUILD = """
import sys
from kg import build
from kg.store import open_store

real = build.write_articles

def noisy(*args, **kwargs):
    written = real(*args, **kwargs)
    print("committed", flush=True)
    return written

build.write_articles = noisy
build.build([sys.argv[1]], open_store(sys.argv[2]), batch_size=1)
"""
STORIES = [
    "The harbour board said the ferry would resume in March.",
    "The council rejected the plan to close the library.",
    "Nurses in Leeds began a strike after talks failed.",
    "The minister told reporters that fares would rise.",
    "Police arrested two men after a raid in Hull.",
    "The union said its members would vote on Friday.",
    "The mayor of Dunmore opened the new bridge.",
    "Firefighters rescued a dog from the canal.",
]


def article_sizes(where: str) -> dict[str, int]:
    """The triples in each article's graph."""
    articles = {str(graph_iri(document_id(story))) for story in STORIES}
    store = open_store(where, read_only=True)
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    sizes = {g.value: int(n.value) for g, n in rows if g is not None and n is not None}
    return {g: n for g, n in sizes.items() if g in articles}


def test_sigkill_mid_build_keeps_committed_articles_whole(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, story in enumerate(STORIES):
        (folder / f"{n}.txt").write_text(story, encoding="utf-8")
    clean = str(tmp_path / "clean")
    store = open_store(clean)
    build([folder], store, batch_size=1)  # the same folder, built whole
    store.close()
    whole = article_sizes(clean)
    assert len(whole) == len(STORIES)

    killed = str(tmp_path / "killed")
    process = subprocess.Popen(
        [sys.executable, "-c", NOISY_BUILD, str(folder), killed], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    for committed, _line in enumerate(process.stdout, start=1):
        if committed == 2:  # two articles are in
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL

    survived = article_sizes(killed)
    assert len(survived) >= 2  # nothing committed was lost
    assert len(survived) < len(whole)  # it was killed mid-way
    assert {g: whole.get(g) for g in survived} == survived  # each graph in it is whole
