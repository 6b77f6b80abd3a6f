"""The text's own reader ("you" outside quotations) is a chain of mentions, never a party to the story."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from kg.graph import NKG, story_of, to_dataset
from kg.ingest import read_articles
from kg.pipeline import extract_articles
from tests.conftest import ROOT

pytestmark = pytest.mark.model

TEXT = (
    "Harbour Bank raised its fees on Monday.\n\n"
    "If you hold an account there, you can close it at any branch.\n\n"
    '"We regret the change," said Mary Vance, the bank\'s chief executive.\n'
)


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audience") / "fees.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_the_reader_is_a_chain_in_the_records(nlp: Language, article: Path) -> None:
    extraction = next(extract_articles(list(read_articles([article])), nlp))
    readers = [a for a in extraction.actors if a.audience]
    assert [len(a.mentions) for a in readers] == [2]
    assert all(m.text == "you" for m in readers[0].mentions)
    story = story_of(extraction)
    assert not any(a.audience for a in story.actors)
    assert len(story.actors) == len(extraction.actors) - 1
    reader = readers[0].id
    for event in story.events:
        assert reader not in {a.id for a in (event.agent, event.target, event.place) if a is not None}
    assert all(reader not in (s.speaker, s.addressee) for s in story.statements)


def test_the_graph_has_no_reader_node(nlp: Language, article: Path) -> None:
    extraction = next(extract_articles(list(read_articles([article])), nlp))
    reader = next(a.id for a in extraction.actors if a.audience)
    dataset = to_dataset([extraction])
    iri = f"https://w3id.org/news-kg/id/{reader}"
    assert not any(str(s) == iri or str(o) == iri for s, _, o, _ in dataset.quads((None, None, None, None)))
    speakers = {str(o) for _, _, o, _ in dataset.quads((None, NKG.speaker, None, None))}
    assert any(s.endswith("person/mary-vance") for s in speakers)


def test_extract_keeps_and_build_drops_the_reader(article: Path, tmp_path: Path) -> None:
    run = [sys.executable, "-m", "kg.cli"]
    done = subprocess.run(
        [*run, "extract", str(article), "--format", "jsonl"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    actors = json.loads(done.stdout.splitlines()[0])["actors"]
    assert [a["label"] for a in actors if a.get("audience")] == ["the reader"]
    store = str(tmp_path / "store")
    built = subprocess.run(
        [*run, "build", str(article), "--store", store], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert built.returncode == 0, built.stderr
    query = "SELECT ?l WHERE { ?a rdfs:label ?l }"
    labels = subprocess.run(
        [*run, "query", query, "--format", "csv", "--store", store],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    ).stdout.splitlines()
    assert "Mary Vance" in labels
    assert "the reader" not in labels
