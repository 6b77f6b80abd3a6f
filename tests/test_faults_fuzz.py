"""Fuzzing ingest and extraction: random Unicode, unbalanced and nested quotes, control characters,
right-to-left marks and a 1 MB line. No exception escapes: each input gives records or a named error."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from kg.ingest import Skipped, document_id, read_articles
from kg.pipeline import extract_articles
from kg.records import Article, DocumentInfo

QUOTES = ['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "``", "''"]
MARKS = ["\u200f", "\u200e", "\u202e", "\u202c", "\u2067", "\u2069", "\ufeff", "\u200b", "\u00ad"]
CONTROLS = [chr(c) for c in (*range(1, 9), 11, 12, *range(14, 32), 127)] + ["\r", "\r\n", "\u2028", "\u0085"]
RIGHT_TO_LEFT = ["\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627"]  # Hebrew and Arabic words
WORDS = ["The minister", "said", "he", "told", "reporters", "that", "Ana Ruiz", "on Monday", "Lagos",
         "the ministry", "denied", "attacked", "the port", *RIGHT_TO_LEFT,
         ".", ",", ":", "\n", "\n\n", " "]  # fmt: skip
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    st.sampled_from(MARKS),
    st.sampled_from(CONTROLS),
    st.text(max_size=8),
)
NEWS_LIKE = st.lists(PIECES, max_size=60).map(" ".join)
LONG_LINE = " ".join(["Officials \u201csaid"] + ["x" * 999] * 1000 + ["\u201d he said."])  # one 1 MB line
FUZZ = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


def read_bytes_as_file(data: bytes, suffix: str) -> list[Article | Skipped]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"story{suffix}"
        path.write_bytes(data)
        return list(read_articles([path]))


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
@example(data=LONG_LINE.encode("utf-8"), suffix=".txt")
@example(data=b"\xff\xfe" + "\u201cHalf a quote".encode("utf-16-le"), suffix=".txt")
@example(data=b'{"text": "\\u201cunclosed"}\n{"text": 3}\n[1, 2]\n', suffix=".jsonl")
def test_ingest_reads_any_bytes_or_names_the_problem(data: bytes, suffix: str) -> None:
    for item in read_bytes_as_file(data, suffix):
        if isinstance(item, Skipped):
            assert item.path.startswith(tempfile.gettempdir()) and item.reason
        else:
            assert item.text.strip() and item.document.id == document_id(item.text)


@FUZZ
@given(text=st.one_of(NEWS_LIKE, st.text(min_size=1, max_size=200)))
@example(text="He said \u201cwe will \u2018not\u2019 go \u201cback\u201d and \u201cnever")
@example(text="\u202eThe ministry said\u202c \u201c\u05e9\u05dc\u05d5\u05dd\u201d\u200f, he told reporters.")
@example(text="\u201c\u201c\u201c\u201d\u201d \" ' '' `` \u00ab\u00bb said said said")
@example(text="\x00\x01\x1b[31mThe port\x07 closed.\r\n\r\n\x0c")
@example(text=LONG_LINE)
@pytest.mark.model
def test_extraction_gives_records_whose_spans_point_into_the_text(nlp: Language, text: str) -> None:
    article = Article("fuzz.txt", text, DocumentInfo(id=document_id(text)))
    [extraction] = list(extract_articles([article], nlp))
    spans = [m for actor in extraction.actors for m in actor.mentions]
    spans += [s.content for s in extraction.statements] + [e.trigger for e in extraction.events]
    assert all(text[s.start : s.end] == s.text for s in spans)
