"""CPU seconds of each extraction stage over a BBC sample, spaCy's parse left out, and where they go.

Usage: .venv/bin/python dev/extract_profile.py [--sample 200] [--profile N] [--repeat 1]

Parses the sample once, then times (process CPU time) each stage of `extract_doc` over the parsed
documents: mentions, statements, events, times and dates, resolution, linking. With `--profile N`,
prints the N functions with the most own time under cProfile (a second pass, as cProfile slows
everything it measures). The machine's load barely moves CPU time, where it moves wall-clock time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import BBC, corpus_files  # noqa: E402
from kg.extract.entities import find_mentions, to_span  # noqa: E402
from kg.extract.events import attach_dates, find_events  # noqa: E402
from kg.extract.statements import find_statements  # noqa: E402
from kg.extract.times import find_times  # noqa: E402
from kg.ingest import Skipped, read_articles  # noqa: E402
from kg.nlp import load_pipeline, parse_pieces  # noqa: E402
from kg.pipeline import article_date, extract_doc, link_records  # noqa: E402
from kg.resolve import resolve  # noqa: E402


def staged(doc, article, clock: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    """`extract_doc`'s steps, each one's CPU time added to `clock`."""
    t = time.process_time()

    def lap(name: str) -> None:
        nonlocal t
        now = time.process_time()
        clock[name] += now - t
        t = now

    mentions = find_mentions(doc)
    lap("mentions")
    statements = find_statements(doc)
    lap("statements")
    events = find_events(doc)
    lap("events")
    times = find_times(doc, article_date(article))
    attach_dates(doc, events, times)
    lap("times")
    resolution = resolve(doc, mentions, statements=statements, events=events)
    lap("resolution")
    link_records(article.document.id, resolution, statements, events)
    [to_span(s) for s in doc.sents]
    lap("linking")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--profile", type=int, default=0, help="print the N functions with most own time")
    parser.add_argument("--repeat", type=int, default=1, help="time the stages N times, keep the least")
    args = parser.parse_args()
    articles = [a for a in read_articles(corpus_files(BBC, args.sample)) if not isinstance(a, Skipped)]
    nlp = load_pipeline()
    start = time.process_time()
    docs = list(parse_pieces(nlp, ((a.text, a) for a in articles)))
    parse = time.process_time() - start
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        clock: dict[str, float] = defaultdict(float)
        for doc, article in docs:
            staged(doc, article, clock)
        best = {k: min(v, best.get(k, v)) for k, v in clock.items()}
    total = sum(best.values())
    print(f"{len(docs)} articles; spaCy parse {parse:.2f} s CPU (one process)")
    for name, seconds in best.items():
        print(f"  {name:<12} {seconds:7.2f} s  {seconds / parse:6.1%} of the parse")
    print(f"  {'extraction':<12} {total:7.2f} s  {total / parse:6.1%} of the parse")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for doc, article in docs:
            extract_doc(doc, article)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
