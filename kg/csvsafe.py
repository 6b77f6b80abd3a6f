"""CSV and TSV cells that no spreadsheet runs as a formula (OWASP, "CSV Injection").

A cell from article text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be
run as a formula when the file is opened in a spreadsheet; such a cell gets a leading `'`. Plain
numbers ("-3", "+4.5") stay as they are. Every CSV or TSV the tool writes goes through `csv_writer`
(`kg serve` passes Oxigraph's CSV answers through `safe_csv`; its TSV answers write literals in
quotes, so no cell of them starts a formula).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> object:
    """The value, with a `'` before a text that a spreadsheet would take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class SafeWriter:
    """A `csv.writer` whose every cell passes through `safe_cell`."""

    def __init__(self, handle: Any, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[object]) -> Any:
        return self._writer.writerow([safe_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: Any, **options: Any) -> SafeWriter:
    """`csv.writer(handle, **options)` with formula-safe cells."""
    return SafeWriter(handle, **options)


def safe_csv(text: str, lineterminator: str = "\r\n") -> str:
    """CSV text (a SPARQL CSV answer) with every cell formula-safe."""
    buffer = io.StringIO()
    csv_writer(buffer, lineterminator=lineterminator).writerows(csv.reader(io.StringIO(text, newline="")))
    return buffer.getvalue()
