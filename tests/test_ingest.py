from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import Skipped, document_id, read_articles
from kg.records import Article


def test_txt_with_sidecar_gets_metadata_and_hash_id(tmp_path: Path) -> None:
    text = "Officials met on Monday.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"title": "T", "date": "2024-05-06T10:00", "publisher": "P"}))
    [article] = list(read_articles([tmp_path]))
    assert isinstance(article, Article)
    assert article.text == text
    assert article.document.id == document_id(text)
    assert (article.document.title, article.document.date, article.document.publisher) == (
        "T",
        "2024-05-06",
        "P",
    )


def test_same_text_same_id_different_text_different_id() -> None:
    assert document_id("a b") == document_id("a b")
    assert document_id("a b") != document_id("a c")


def test_bad_inputs_are_skipped_with_reasons_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A real sentence.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"]))
    reasons = {Path(i.path).name: i.reason for i in items if isinstance(i, Skipped)}
    assert [Path(i.source_path).name for i in items if isinstance(i, Article)] == ["good.txt", "latin.txt"]
    assert reasons["empty.txt"] == "empty file; nothing to read"
    assert reasons["binary.txt"] == "not text (binary content); give .txt, .html or .jsonl files"
    assert reasons["missing.txt"] == "no such file or folder"


def test_jsonl_lines_are_articles_and_bad_lines_are_skipped(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "First story.", "title": "One"}), "{oops", json.dumps({"title": "no text"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([tmp_path / "batch.jsonl"]))
    assert isinstance(items[0], Article) and items[0].document.title == "One"
    assert isinstance(items[1], Skipped) and items[1].path.endswith("batch.jsonl:2")
    assert isinstance(items[2], Skipped) and items[2].reason == 'no "text" field with article text'


def test_html_main_text_and_title_come_from_trafilatura(tmp_path: Path) -> None:
    body = " ".join(["The council approved the new budget after a long debate on Tuesday."] * 4)
    html = (
        "<!DOCTYPE html><html><head><title>Budget passes</title></head><body>"
        "<nav>Home | Sport | Weather</nav><article><h1>Budget passes</h1>"
        f"<p>{body}</p></article><footer>Copyright</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article] = list(read_articles([tmp_path]))
    assert isinstance(article, Article)
    assert "council approved the new budget" in article.text
    assert "Home | Sport" not in article.text
    assert article.document.title == "Budget passes"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Rates rise again\n\nThe bank raised rates on Monday.\n", "Rates rise again"),
        ("Why did rates rise?\n\nThe bank said prices were up.\n", "Why did rates rise?"),
        ("The bank raised rates on Monday.\n\nIt said prices were up.\n", None),  # a sentence, not a heading
        ("Rates rise again\nThe bank raised rates on Monday.\n", None),  # no blank line after it
        ("Rates rise again", None),  # nothing after it
    ],
)
def test_a_plain_text_headline_is_its_title(tmp_path: Path, text: str, title: str | None) -> None:
    (tmp_path / "a.txt").write_text(text)
    [article] = read_articles([tmp_path / "a.txt"])
    assert isinstance(article, Article) and article.document.title == title


def test_a_sidecar_title_wins_over_the_headline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rates rise again\n\nThe bank raised rates on Monday.\n")
    (tmp_path / "a.json").write_text(json.dumps({"title": "Bank lifts rates"}))
    [article] = read_articles([tmp_path / "a.txt"])
    assert isinstance(article, Article) and article.document.title == "Bank lifts rates"
