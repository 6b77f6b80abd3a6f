"""Event figures on the BBC corpus: events per article, argument shares, CAMEO roots, frequent fine types.

Usage: .venv/bin/python bench/event_stats.py [--corpus ../shared/corpora/bbc] [--sample N] [--top 20]

--sample N takes N articles spread evenly over the corpus (0: all 2,225; a few minutes on one core).
Prints a markdown block.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.events import find_events  # noqa: E402
from kg.ingest import Skipped, read_articles  # noqa: E402
from kg.nlp import load_pipeline  # noqa: E402
from kg.records import Article, Event  # noqa: E402


def spread(articles: list[Article], n: int) -> list[Article]:
    """n articles taken at even steps, so every section of the corpus is in the sample."""
    if not n or n >= len(articles):
        return articles
    step = len(articles) / n
    return [articles[int(i * step)] for i in range(n)]


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def report(events_per_article: list[list[Event]], top: int) -> str:
    events = [e for article in events_per_article for e in article]
    n_articles, n = len(events_per_article), len(events)
    roots = Counter(e.root for e in events)
    fine = Counter(f"{e.type} ({e.root})" for e in events)
    lines = [
        f"Events on {n_articles} BBC articles: {n} events, {n / max(n_articles, 1):.1f} per article; "
        f"with agent {share(sum(e.agent is not None for e in events), n)}, "
        f"with target {share(sum(e.target is not None for e in events), n)}, "
        f"with both {share(sum(e.agent is not None and e.target is not None for e in events), n)}, "
        f"negated {share(sum(e.negated for e in events), n)}, "
        f"with modality {share(sum(e.modality is not None for e in events), n)}.",
        "",
        "| CAMEO root | events | share |",
        "|---|---:|---:|",
        *(f"| {root} | {count} | {share(count, n)} |" for root, count in roots.most_common()),
        "",
        f"| {top} most frequent fine types | events |",
        "|---|---:|",
        *(f"| {name} | {count} |" for name, count in fine.most_common(top)),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--sample", type=int, default=0, help="articles, spread over the corpus (0: all)")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        sys.exit(f"{corpus} is absent: give --corpus DIR")
    articles = [a for a in read_articles([corpus]) if not isinstance(a, Skipped)]
    articles = spread([a for a in articles if not a.source_path.endswith("README.TXT")], args.sample)
    nlp = load_pipeline()
    per_article = [find_events(doc) for doc in nlp.pipe((a.text for a in articles), batch_size=32)]
    print(report(per_article, args.top))


if __name__ == "__main__":
    main()
