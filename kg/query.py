"""Run SPARQL over a store and render the results as a table, CSV, TSV or JSON.

Reads stop at a timeout, tables at a row limit; SERVICE (requests to other servers) and updates
run only when asked for.
"""

from __future__ import annotations

import io
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from kg.csvsafe import csv_writer
from kg.errors import QueryError, StoreError
from kg.graph import PREFIXES
from kg.store import Solutions, Store, Term, term_text

T = TypeVar("T")
FORMATS = ("table", "csv", "tsv", "json")
UPDATE_WORDS = ("insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with")
TABLE_ROWS = 1000  # rows a table shows unless told otherwise
# comments, strings, IRIs and variables are read whole, so a word inside them is never a keyword
_SKIP = (
    r"#[^\n]*",
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n]|\\.)*"',
    r"'(?:[^'\\\n]|\\.)*'",
    r'<[^<>"{}|^`\\\s]*>',
    r"[?$]\w+",
)
_TOKEN = re.compile(
    "(?P<skip>" + "|".join(_SKIP) + r")|(?P<word>[A-Za-z_][\w.-]*(?::[\w.:%-]*)?|:[\w.:%-]*)", re.S
)


@dataclass
class Rows:
    """The answer of a SELECT (or ASK) query: variable names and rows of plain strings."""

    variables: list[str]
    rows: list[list[str | None]]
    more: bool = False  # rows were cut at the asked maximum


def predeclared() -> dict[str, str]:
    """The prefixes every query may use without declaring them."""
    return {
        **{prefix: str(namespace) for prefix, namespace in PREFIXES.items()},
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
    }


def prefix_header() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in predeclared().items())


def saved_query(name: str) -> str:
    """The text of a saved query shipped in data/queries (name without .rq)."""
    path = Path(str(resources.files("kg.queries"))) / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no saved query {name!r}; see data/queries/")
    return path.read_text(encoding="utf-8")


def keywords(sparql: str) -> list[str]:
    """The words of a query outside comments, strings, IRIs and variables, lower-cased;
    prefixed names (`nkg:said`) keep their colon."""
    return [m.group("word").lower() for m in _TOKEN.finditer(sparql) if m.group("word")]


def is_update(sparql: str) -> bool:
    """Whether the text is a SPARQL Update (its first word after PREFIX and BASE declarations)."""
    words = keywords(sparql)
    while words and words[0] in ("prefix", "base"):
        words = words[2:] if words[0] == "prefix" else words[1:]
    return bool(words) and words[0] in UPDATE_WORDS


def uses_service(sparql: str) -> bool:
    """Whether the query has a SERVICE clause, which makes the store fetch from other servers."""
    return "service" in keywords(sparql)


def refuse_service(sparql: str, remedy: str = "add --allow-service to run it") -> None:
    """QueryError when the query has a SERVICE clause (`remedy` says what the reader can do)."""
    if uses_service(sparql):
        raise QueryError(f"the query has a SERVICE clause, which makes requests to other servers; {remedy}")


def run_query(
    store: Store,
    sparql: str,
    *,
    allow_update: bool = False,
    allow_service: bool = False,
    timeout_s: float = 0,
    max_rows: int = 0,
) -> Rows:
    """Evaluate a query with the project's prefixes predeclared (error positions stay the query's
    own); updates and SERVICE only when allowed; a read stops after `timeout_s` seconds (0: never,
    the default for library use; the command line gives 60);
    a SELECT gives at most `max_rows` rows (0: all)."""
    if not allow_service:
        refuse_service(sparql)
    if is_update(sparql):
        if not allow_update:
            raise QueryError("this is an update and the store is opened read-only; add --update to change it")
        try:
            store.update(sparql, prefixes=predeclared())
        except StoreError as err:
            raise QueryError(f"update failed: {err}") from err
        return Rows(["result"], [["update done"]])
    return within(timeout_s, lambda: _read(store, sparql, max_rows))


def _read(store: Store, sparql: str, max_rows: int) -> Rows:
    try:
        result = store.query(sparql, prefixes=predeclared(), max_rows=max_rows + 1 if max_rows else None)
    except StoreError as err:
        raise QueryError(str(err)) from err
    if isinstance(result, bool):
        return Rows(["ask"], [["true" if result else "false"]])
    if isinstance(result, Solutions):
        rows = [[_plain(v) for v in row] for row in result.rows]
        cut = bool(max_rows) and len(rows) > max_rows
        return Rows(result.variables, rows[:max_rows] if cut else rows, cut)
    triples = [[_plain(t.subject), _plain(t.predicate), _plain(t.object)] for t in result]
    return Rows(["subject", "predicate", "object"], triples)


def within(timeout_s: float, work: Callable[[], T]) -> T:
    """`work()`, or QueryError when it runs past `timeout_s` seconds (0: no limit). The store works
    outside Python's lock, so the wait ends on time; the abandoned work ends with the process."""
    if timeout_s <= 0:
        return work()
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as err:  # noqa: BLE001 - handed to the waiting thread
            box["error"] = _bare(err)

    worker = threading.Thread(target=run, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        raise QueryError(
            f"the query ran past the {timeout_s:g} s timeout and was abandoned; "
            "narrow it (more specific patterns, a LIMIT) or give a longer --timeout"
        )
    if "error" in box:
        raise box["error"]
    return cast(T, box["value"])


def _bare(err: BaseException) -> BaseException:
    """The error without its tracebacks, whose frames hold store objects that must be freed in the
    thread that made them."""
    link: BaseException | None = err
    while link is not None:
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return err


def _plain(term: Term | None) -> str | None:
    return None if term is None else term_text(term)


def render(rows: Rows, fmt: str) -> str:
    """The rows in one of FORMATS."""
    if fmt == "json":
        return json.dumps(
            [dict(zip(rows.variables, row, strict=True)) for row in rows.rows], ensure_ascii=False, indent=2
        )
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv_writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(rows.variables)
        writer.writerows([["" if v is None else v for v in row] for row in rows.rows])
        return buffer.getvalue().rstrip("\n")
    return _table(rows)


def _table(rows: Rows, max_width: int = 70) -> str:
    def cell(value: str | None) -> str:
        text = "" if value is None else " ".join(value.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(rows.variables)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(rows.variables), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    if rows.more:
        out[-1] = f"(the first {len(cells)} rows; more were cut: give --max-rows 0, or --format csv, for all)"
    return "\n".join(out)
