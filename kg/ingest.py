"""Read articles from .txt (with an optional NAME.json sidecar), .html and .jsonl files and folders.

Bad input never stops a batch: each unusable file becomes a `Skipped` record with its reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.records import Article, DocumentInfo

MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
META_FIELDS = ("title", "date", "publisher", "url")


@dataclass
class Skipped:
    """A file (or a line of one) that could not be used, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def document_id(text: str) -> str:
    """The article id: a hash of its text, so the same article always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Every supported file under the given paths, in a stable order; missing paths as Skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED and not _is_sidecar(child):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


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
    text = _decode(path)
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        yield _from_html(path, text)
        return
    if not text.strip():
        raise InputError(str(path), "empty file", "nothing to read")
    meta = _sidecar(path)
    yield Article(str(path), text, _document(text, meta))


def _decode(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(str(path), f"too large ({size:,} bytes, limit {MAX_BYTES:,})", "split it")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(str(path), "empty file", "nothing to read")
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "not text (binary content)", "give .txt, .html or .jsonl files")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            str(path),
            f"not valid UTF-8 (byte {err.start})",
            "convert it, e.g. iconv -f latin1 -t utf-8",
        ) from err


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _from_html(path: Path, html: str) -> Article:
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
    return Article(str(path), body, _document(body, meta))


def _read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    text = _decode(path)
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
        yield Article(where, body, _document(body, record))


def _sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
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
