"""Run SPARQL over a store and render the results as a table, CSV, TSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import QueryError, StoreError
from kg.graph import PREFIXES
from kg.store import Solutions, Store, Term, term_text

FORMATS = ("table", "csv", "tsv", "json")
UPDATE_WORDS = ("insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy")


@dataclass
class Rows:
    """The answer of a SELECT (or ASK) query: variable names and rows of plain strings."""

    variables: list[str]
    rows: list[list[str | None]]


def prefix_header() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + (
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
    )


def saved_query(name: str) -> str:
    """The text of a saved query shipped in data/queries (name without .rq)."""
    path = Path(str(resources.files("kg.queries"))) / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no saved query {name!r}; see data/queries/")
    return path.read_text(encoding="utf-8")


def is_update(sparql: str) -> bool:
    body = "\n".join(
        line for line in sparql.splitlines() if not line.strip().lower().startswith(("prefix", "base", "#"))
    )
    return body.strip().lower().startswith(UPDATE_WORDS)


def run_query(store: Store, sparql: str, *, allow_update: bool = False) -> Rows:
    """Evaluate a query with the project's prefixes predeclared; updates only when allowed."""
    text = prefix_header() + sparql
    if is_update(sparql):
        if not allow_update:
            raise QueryError("this is an update and the store is opened read-only; add --update to change it")
        try:
            store.update(text)
        except StoreError as err:
            raise QueryError(f"update failed: {err}") from err
        return Rows(["result"], [["update done"]])
    try:
        result = store.query(text)
    except StoreError as err:
        raise QueryError(str(err)) from err
    if isinstance(result, bool):
        return Rows(["ask"], [["true" if result else "false"]])
    if isinstance(result, Solutions):
        return Rows(result.variables, [[_plain(v) for v in row] for row in result.rows])
    triples = [[_plain(t.subject), _plain(t.predicate), _plain(t.object)] for t in result]
    return Rows(["subject", "predicate", "object"], triples)


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
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
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
    return "\n".join(out)
