"""Read articles from .txt (with an optional NAME.json sidecar), .html and .jsonl files and folders.

Bad input never stops a batch: each unusable file becomes a `Skipped` record with its reason.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.decode import decode_text
from kg.errors import InputError
from kg.lexicon.tables import load_table
from kg.records import Article, DocumentInfo

MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
META_FIELDS = ("title", "date", "publisher", "url")


@dataclass
class Skipped:
    """A file (or a line of one) that could not be used, and why; `note` when it was left out on
    purpose (a corpus's README or licence), which is told as a note, not as a problem."""

    path: str
    reason: str
    note: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def encoding_note(article: Article) -> str | None:
    """What to tell of an article read in another encoding than UTF-8 (None for UTF-8)."""
    if article.encoding == "utf-8":
        return None
    return f"{article.source_path}: read as {article.encoding} (not UTF-8)"


def document_id(text: str) -> str:
    """The article id: a hash of its text, so the same article always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Every supported file under the given paths, in a stable order; missing paths, dangling links,
    link loops and unreadable folders as Skipped."""
    for raw in paths:
        path = Path(raw)
        problem = _link_problem(path) if path.is_symlink() else None
        if problem:
            yield Skipped(str(path), problem)
        elif path.is_dir():
            yield from _walk(path, frozenset())
        elif path.is_file():
            yield path
        elif path.exists():
            yield Skipped(str(path), _not_regular(path))
        else:
            yield Skipped(str(path), "no such file or folder")


def _walk(folder: Path, ancestors: frozenset[Path]) -> Iterator[Path | Skipped]:
    real = folder.resolve()
    if real in ancestors:
        yield Skipped(str(folder), f"link loop (leads back to {real}, already being read)")
        return
    try:
        entries = sorted(folder.iterdir())
    except OSError as err:
        yield Skipped(str(folder), f"folder cannot be read ({err.strerror or err}); check its permissions")
        return
    for child in entries:
        problem = _link_problem(child) if child.is_symlink() else None
        if problem:
            yield Skipped(str(child), problem)
        elif child.is_dir():
            yield from _walk(child, ancestors | {real})
        elif not child.is_file():
            yield Skipped(str(child), _not_regular(child))
        elif _describes_corpus(child):
            yield Skipped(str(child), CORPUS_NOTE, note=True)
        elif child.suffix.lower() in SUPPORTED and not _is_sidecar(child):
            yield child


CORPUS_NOTE = "not read as an article (a README or licence file of the folder); name it to read it"


@cache
def _corpus_note_names() -> frozenset[str]:
    return frozenset(row["name"].lower() for row in load_table("corpus_notes"))


def _describes_corpus(path: Path) -> bool:
    """A file in a folder that tells of the corpus, by its name before the first dot: README.TXT,
    LICENSE, COPYING.md (the names are in data/tables/corpus_notes.tsv)."""
    return path.suffix.lower() in SUPPORTED | {""} and path.name.split(".")[0].lower() in _corpus_note_names()


def _not_regular(path: Path) -> str:
    """Why a path that exists but is no file or folder is not read."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return f"cannot be read ({err.strerror or err})"
    kind = "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind}); not read"


def _link_problem(link: Path) -> str | None:
    """Why a symbolic link cannot be followed (dangling, a loop), or None when it can."""
    try:
        link.resolve(strict=True)
    except FileNotFoundError:
        return f"dangling link (its target {os.readlink(link)} does not exist)"
    except RuntimeError:  # Python before 3.13 reports a loop so
        return "symbolic link loop (the link leads back to itself)"
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        return f"link cannot be followed ({err.strerror or err})"
    return None


def _is_sidecar(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Articles from files and folders; unusable inputs come out as `Skipped`."""
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield from _read_file(item)
        except InputError as err:
            yield Skipped(err.path, err.reason + (f"; {err.hint}" if err.hint else ""))


def _read_file(path: Path) -> Iterator[Article | Skipped]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path)
        return
    text, encoding = _decode(path)
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        yield _from_html(path, text, encoding)
        return
    if not text.strip():
        raise InputError(str(path), "empty file", "nothing to read")
    meta = _sidecar(path)
    if not meta.get("title"):
        meta = {**meta, "title": headline_of(text)}
    yield Article(str(path), text, _document(text, meta), encoding)


HEADLINE_WORDS = 20  # a first line longer than this is prose, not a headline


def headline_of(text: str) -> str | None:
    """A plain text's headline: its first line when a blank line follows it and it reads as a heading
    (short, not ending as a sentence or a clause does: "Rates rise again", "Why did rates rise?")."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) < 3 or lines[1].strip():
        return None
    first = lines[0].strip()
    words = first.split()
    if not words or len(words) > HEADLINE_WORDS or first[-1] in ".,;:" or not first[0].isupper():
        return None
    return first


def _decode(path: Path) -> tuple[str, str]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(str(path), f"too large ({size:,} bytes, limit {MAX_BYTES:,})", "split it")
        data = path.read_bytes()
    except OSError as err:
        reason = f"cannot be read ({err.strerror or err})"
        raise InputError(str(path), reason, "check its permissions") from err
    if not data.strip():
        raise InputError(str(path), "empty file", "nothing to read")
    return decode_text(data, str(path))


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _from_html(path: Path, html: str, encoding: str) -> Article:
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not body or not body.strip():
        raise InputError(str(path), "no article text found in the HTML", "is it an article page?")
    meta_doc = trafilatura.extract_metadata(html)
    meta: dict[str, Any] = {}
    if meta_doc is not None:
        meta = {
            "title": meta_doc.title,
            "date": meta_doc.date,
            "publisher": meta_doc.sitename,
            "url": meta_doc.url,
        }
    meta.update({k: v for k, v in _sidecar(path).items() if v})
    return Article(str(path), body, _document(body, meta), encoding)


def _read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    text, encoding = _decode(path)
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"not JSON ({err.msg} at column {err.colno})")
            continue
        body = record.get("text") if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            yield Skipped(where, 'no "text" field with article text')
            continue
        yield Article(where, body, _document(body, record), encoding)


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    text, _encoding = _decode(sidecar)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(
            str(sidecar), f"sidecar metadata is not valid JSON ({err})", "fix or remove it"
        ) from err
    if not isinstance(data, dict):
        raise InputError(str(sidecar), "sidecar metadata is not a JSON object", "fix or remove it")
    return data


def _document(text: str, meta: dict[str, Any]) -> DocumentInfo:
    values = {k: (str(meta[k]) if meta.get(k) is not None else None) for k in META_FIELDS}
    if values["date"]:
        values["date"] = values["date"][:10]
    return DocumentInfo(id=document_id(text), **values)
