"""Hostile input at the door: other encodings, unreadable files, dangling links and link loops are
read or named, and long texts parse in pieces whose offsets still point into the text as read."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from spacy.language import Language

from kg.decode import decode_text
from kg.errors import InputError
from kg.ingest import Skipped, iter_files, read_articles
from kg.nlp import parse_pieces, text_pieces
from kg.records import Article
from tests.conftest import shared_path

STORY = "Ren\u00e9e Martin said the caf\u00e9 near the harbour would close, and \u201cthat is final.\u201d\n"

CYRILLIC = (
    "\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0437\u0430\u044f\u0432\u0438\u043b, "
    "\u0447\u0442\u043e \u043c\u043e\u0441\u0442 \u043e\u0442\u043a\u0440\u043e\u044e\u0442 "
    "\u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a."
)  # a mayor says a bridge opens on Monday


def skipped(items: list[Article | Skipped]) -> dict[str, str]:
    return {Path(i.path).name: i.reason for i in items if isinstance(i, Skipped)}


def read(items: list[Article | Skipped]) -> dict[str, Article]:
    return {Path(i.source_path).name: i for i in items if isinstance(i, Article)}


@pytest.mark.parametrize(
    "data, encoding",
    [
        (STORY.encode("cp1252"), "cp1252"),
        (STORY.replace("\u201c", '"').replace("\u201d", '"').encode("latin-1"), "cp1252"),
        (codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8"),
        (STORY.encode("utf-8"), "utf-8"),
        (CYRILLIC.encode("cp1251"), "cp1251"),
    ],
)  # fmt: skip
def test_text_in_other_encodings_is_read_and_the_encoding_told(data: bytes, encoding: str) -> None:
    text, used = decode_text(data, "story.txt")
    assert used == encoding
    assert text == data.decode(encoding).removeprefix("\ufeff")


def test_binary_and_a_broken_byte_order_mark_are_named() -> None:
    with pytest.raises(InputError, match="binary content"):
        decode_text(b"\x00\x01\x02story", "a.txt")
    with pytest.raises(InputError, match="not valid utf-16-le after its byte-order mark"):
        decode_text(codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "b.txt")


def test_a_cp1252_and_a_utf16_file_in_a_folder_are_read(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes(STORY.encode("cp1252"))
    (tmp_path / "wide.txt").write_bytes(codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"))
    articles = read(list(read_articles([tmp_path])))
    assert {name: (a.text, a.encoding) for name, a in articles.items()} == {
        "legacy.txt": (STORY, "cp1252"),
        "wide.txt": (STORY, "utf-16-le"),
    }


def test_the_bbc_sport_file_in_cp1252_is_read() -> None:
    path = shared_path("corpora", "bbc", "sport", "199.txt")
    [article] = list(read_articles([path]))
    assert isinstance(article, Article) and article.encoding == "cp1252"
    assert "\u00a3" in article.text  # the pound sign, not a katakana


def unreadable(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make `path` unreadable as it is for a user without read permission (tests may run as root,
    whom permissions do not stop)."""
    real_read, real_access = Path.read_bytes, os.access

    def read_bytes(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        return False if Path(str(target)) == path else real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "access", access)


def test_an_unreadable_file_is_named_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("The council met on Monday.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("The port reopened.", encoding="utf-8")
    (tmp_path / "z.txt").write_text("The mayor resigned.", encoding="utf-8")
    unreadable(monkeypatch, tmp_path / "locked.txt")
    items = list(read_articles([tmp_path, tmp_path / "locked.txt"]))
    assert sorted(read(items)) == ["a.txt", "z.txt"]
    assert [str(i) for i in items if isinstance(i, Skipped)] == [
        f"{tmp_path / 'locked.txt'}: cannot be read (Permission denied); check its permissions"
    ] * 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("The port reopened.", encoding="utf-8")
    locked.chmod(0)
    assert skipped(list(read_articles([tmp_path]))) == {
        "locked.txt": "cannot be read (Permission denied); check its permissions"
    }


def test_dangling_links_and_link_loops_are_named(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The council met on Monday.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "one.txt").symlink_to(tmp_path / "two.txt")
    (tmp_path / "two.txt").symlink_to(tmp_path / "one.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    (tmp_path / "sub" / "also.txt").symlink_to(tmp_path / "good.txt")
    items = list(iter_files([tmp_path, tmp_path / "gone.txt"]))
    assert [p.name for p in items if isinstance(p, Path)] == ["good.txt", "also.txt"]
    assert [
        (Path(s.path).relative_to(tmp_path).as_posix(), s.reason) for s in items if isinstance(s, Skipped)
    ] == [
        ("gone.txt", f"dangling link (its target {tmp_path / 'deleted.txt'} does not exist)"),
        ("one.txt", "symbolic link loop (the link leads back to itself)"),
        ("sub/back", f"link loop (leads back to {tmp_path.resolve()}, already being read)"),
        ("two.txt", "symbolic link loop (the link leads back to itself)"),
        ("gone.txt", f"dangling link (its target {tmp_path / 'deleted.txt'} does not exist)"),
    ]


@pytest.mark.parametrize(
    "text, limit, pieces",
    [
        ("One.\n\nTwo two.\n\nThree.", 12, ["One.\n\n", "Two two.\n\n", "Three."]),
        ("a b c d e f", 4, ["a b ", "c d ", "e f"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("Short.", 100, ["Short."]),
        ("Line one\nline two\n\nend", 15, ["Line one\n", "line two\n\nend"]),
    ],
)
def test_text_pieces_cut_at_paragraphs_and_join_back(text: str, limit: int, pieces: list[str]) -> None:
    assert text_pieces(text, limit) == pieces
    assert "".join(text_pieces(text, limit)) == text


@pytest.mark.model
def test_a_long_text_parses_in_pieces_with_offsets_into_the_text(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraphs = [f"Minister Ana Ruiz visited Lagos on day {n}.\n\nThe talks ended early." for n in range(6)]
    text = "\n\n".join(paragraphs)
    whole = nlp(text)
    monkeypatch.setattr("kg.nlp.PIECE_CHARS", 80)
    [(doc, context), (short, other)] = list(parse_pieces(nlp, [(text, "long"), ("The end.", "short")]))
    assert (context, other, short.text) == ("long", "short", "The end.")
    assert doc.text == text
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in whole.ents
    ]
    assert [s.text for s in doc.sents] == [s.text for s in whole.sents]


@pytest.mark.model
def test_a_text_past_the_parsers_length_limit_does_not_stop_the_batch(nlp: Language) -> None:
    long_line = " ".join(f"{'x' * 95}{n:05d}" for n in range(nlp.max_length // 101 + 10))  # one line
    assert len(long_line) > nlp.max_length
    texts = [("The mayor spoke.", 1), (long_line, 2), ("The port closed.", 3)]
    docs = list(parse_pieces(nlp, texts))
    assert [(doc.text == text, n) for (doc, n), (text, _) in zip(docs, texts, strict=True)] == [
        (True, 1), (True, 2), (True, 3)
    ]  # fmt: skip


def test_a_sidecar_in_cp1252_gives_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("The harbour reopened on Monday.", encoding="utf-8")
    (tmp_path / "story.json").write_bytes(
        '{"title": "Caf\u00e9 closes", "publisher": "\u00a3 Weekly"}'.encode("cp1252")
    )
    [article] = list(read_articles([tmp_path]))
    assert isinstance(article, Article)
    assert (article.document.title, article.document.publisher) == ("Caf\u00e9 closes", "\u00a3 Weekly")
