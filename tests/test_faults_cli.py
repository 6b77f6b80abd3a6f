"""The real `kg` command on a hostile folder: it builds everything it can, names the rest, exits 0."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT
from tests.test_faults_ingest import unreadable

pytestmark = pytest.mark.model

GOOD = {
    "harbour.txt": "The harbour board said on Tuesday that the ferry would resume in March.",
    "council.txt": "The council rejected the plan to close the library, a spokesman said.",
    "strike.txt": "Nurses in Leeds began a two-day strike after talks with the hospital trust failed.",
}
LEGACY = "Renée Okafor said the club paid £40,000 for the café and called it “a bargain”.\n"
WIDE = "The mayor of Dunmore told reporters the bridge would reopen on Friday.\n"


def long_article() -> str:
    """About 1.2 MB: two sentences of news around a long data appendix (long tokens keep the parse
    quick; a long text of prose is parsed in pieces in test_faults_ingest)."""
    appendix = "\n".join(f"{n:06d}{'9f3a' * 249}" for n in range(1200))  # a checksum table
    return (
        "The statistics office said on Monday that exports rose.\n\n"
        + appendix
        + "\n\nThe minister welcomed the figures.\n"
    )


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_a_hostile_folder_builds_what_it_can_and_names_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    big = long_article()
    assert 1_000_000 < len(big) < 5_000_000
    (folder / "long.txt").write_text(big, encoding="utf-8")
    (folder / "legacy.txt").write_bytes(LEGACY.encode("cp1252"))
    (folder / "wide.txt").write_bytes(codecs.BOM_UTF16_LE + WIDE.encode("utf-16-le"))
    (folder / "noise.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    store = str(tmp_path / "store")

    built = kg("build", str(folder), "--store", store, "-q")
    assert built.returncode == 0, built.stderr
    summary = "6 read, 6 stored (0 already in the store), 0 duplicates, 2 skipped, 0 failed"
    assert built.stdout.startswith(summary)
    assert sorted(built.stderr.strip().splitlines()) == [
        f"note {folder / 'legacy.txt'}: read as cp1252 (not UTF-8)",
        f"note {folder / 'wide.txt'}: read as utf-16-le (not UTF-8)",
        f"skipped {folder / 'gone.txt'}: dangling link (its target {folder / 'deleted.txt'} does not exist)",
        f"skipped {folder / 'noise.txt'}: not text (binary content); give .txt, .html or .jsonl files",
    ]

    paths = kg(
        "query",
        "SELECT ?path WHERE { ?d a nkg:Document ; nkg:sourcePath ?path } ORDER BY ?path",
        "--store", store, "--format", "csv",
    )  # fmt: skip
    expected = sorted(str(folder / n) for n in [*GOOD, "long.txt", "legacy.txt", "wide.txt"])
    assert paths.stdout.splitlines() == ["path", *expected]
    pounds = kg("query", 'ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), "£40,000")) }', "--store", store)
    assert pounds.stdout.split()[2] == "true"


def test_an_unreadable_file_given_directly_is_named_and_the_rest_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked, good = tmp_path / "locked.txt", tmp_path / "good.txt"
    locked.write_text("The port reopened.", encoding="utf-8")
    good.write_text(GOOD["council.txt"], encoding="utf-8")
    unreadable(monkeypatch, locked)
    result = CliRunner().invoke(main, ["extract", str(locked), str(good)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == f"skipped {locked}: cannot be read (Permission denied); check its permissions"
    assert [json.loads(line)["source_path"] for line in lines[1:]] == [str(good)]
