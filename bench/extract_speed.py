"""Extraction throughput on the BBC corpus beside its limit: bare spaCy over the same texts.

Usage: .venv/bin/python bench/extract_speed.py [--corpus ../shared/corpora/bbc] [--limit N] [--processes N]

Prints words per second for bare `nlp.pipe` (same model, same processes) and for the whole
extraction (parse + entities, statements, events, times, resolution), and their ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest import Skipped, read_articles  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.pipeline import extract_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--limit", type=int, default=300, help="articles to use (0: all)")
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        sys.exit(f"{corpus} is absent: give --corpus DIR")
    articles = [a for a in read_articles([corpus]) if not isinstance(a, Skipped)]
    if args.limit:
        articles = articles[: args.limit]
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_pipeline()
    list(nlp.pipe([a.text for a in articles[:5]]))  # warm up

    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=16, n_process=args.processes):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    counts = [0, 0, 0]
    for x in extract_articles(articles, nlp, n_process=args.processes):
        counts[0] += len(x.statements)
        counts[1] += len(x.events)
        counts[2] += len(x.actors)
    full = time.perf_counter() - start

    print(f"articles {len(articles)}, words {words:,}, processes {args.processes}")
    print(f"bare spaCy      {words / bare:10,.0f} words/s  ({bare:.1f} s)")
    print(f"news-kg extract {words / full:10,.0f} words/s  ({full:.1f} s)")
    print(f"ratio extract/bare time: {full / bare:.2f}  (1.00 would be the parser's own speed)")
    print(f"statements {counts[0]}, events {counts[1]}, actors {counts[2]}")


if __name__ == "__main__":
    main()
