"""Curated general tables (data/tables/*.tsv): cue verbs, event lexicon, aliases, ... as data.

A table is a TSV file with a header line; lines starting with `#` are comments.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import KgError

Row = dict[str, str]


def tables_dir() -> Path:
    """The folder of the curated tables, from a checkout or an installed package."""
    return Path(str(resources.files("kg.tables")))


@cache
def load_table(name: str) -> tuple[Row, ...]:
    """The rows of table `name` (file `name`.tsv), cached."""
    path = tables_dir() / f"{name}.tsv"
    if not path.is_file():
        raise KgError(f"curated table {path} is missing; reinstall news-kg")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in reader)
