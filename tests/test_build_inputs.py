"""What a build reads from a folder: files that describe the corpus and files that are no files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.build import BuildReport, split_inputs
from kg.ingest import Skipped, iter_files, read_articles


def test_a_readme_or_licence_in_a_folder_is_a_note_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "001.txt").write_text("The ferry left the harbour at dawn.", encoding="utf-8")
    (tmp_path / "README.TXT").write_text("Articles collected for a class.", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Free to share.", encoding="utf-8")
    (tmp_path / "licence.md").write_text("Free to share.", encoding="utf-8")
    report, notes, skips = BuildReport(), [], []
    articles = list(split_inputs([tmp_path], report, skips.append, notes.append))
    assert [Path(a.source_path).name for a in articles] == ["001.txt"]
    assert skips == [] and report.skipped == []
    assert sorted(Path(n.split(":")[0]).name for n in notes) == ["LICENSE", "README.TXT", "licence.md"]
    assert all("README or licence" in n for n in notes)


def test_a_readme_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    readme = tmp_path / "README.txt"
    readme.write_text("The ferry left the harbour at dawn.", encoding="utf-8")
    assert [a.source_path for a in read_articles([readme])] == [str(readme)]


def test_a_word_that_only_starts_like_a_readme_is_an_article(tmp_path: Path) -> None:
    (tmp_path / "readmission.txt").write_text("The hospital cut readmissions.", encoding="utf-8")
    assert [Path(str(p)).name for p in iter_files([tmp_path])] == ["readmission.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_a_folder_or_named_is_told_not_read(tmp_path: Path) -> None:
    (tmp_path / "001.txt").write_text("The ferry left the harbour at dawn.", encoding="utf-8")
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    found = list(iter_files([tmp_path]))
    assert found[0] == tmp_path / "001.txt"
    assert isinstance(found[1], Skipped) and "FIFO" in found[1].reason and not found[1].note
    named = list(iter_files([pipe]))
    assert isinstance(named[0], Skipped) and "not a regular file" in named[0].reason
