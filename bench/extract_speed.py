"""Extraction throughput on the BBC corpus beside its limit: bare spaCy over the same texts.

Usage: .venv/bin/python bench/extract_speed.py [--corpus ../shared/corpora/bbc] [--sample N | --all] [-j N]

Prints words per second for bare `nlp.pipe` (same model, same processes: by default the machine's
cores) and for the whole extraction (parse + entities, statements, events, times, resolution), and
their ratio beside its limit (1.2). The sample is spread evenly over the corpus.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import cores, corpus_files, verdict  # noqa: E402
from kg.ingest import Skipped, read_articles  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.pipeline import extract_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--sample", type=int, default=200, help="articles spread over the corpus")
    parser.add_argument("--all", action="store_true", help="the whole corpus")
    parser.add_argument("-j", "--processes", type=int, default=cores())
    args = parser.parse_args()
    files = corpus_files(Path(args.corpus), 0 if args.all else args.sample)
    articles = [a for a in read_articles(files) if not isinstance(a, Skipped)]
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
    print(verdict("extraction / bare spaCy (time)", full / bare, 1.2))
    print(f"statements {counts[0]}, events {counts[1]}, actors {counts[2]}")


if __name__ == "__main__":
    main()
