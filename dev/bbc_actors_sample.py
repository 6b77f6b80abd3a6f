"""Draw a reproducible sample of BBC articles and list their actor nodes, for checking by hand.

Usage: .venv/bin/python dev/bbc_actors_sample.py [--corpus ../shared/corpora/bbc] [--articles 8] [--seed 7]

Articles are taken in an order shuffled by the seed; every actor node of each is printed as a
Markdown table row: the article, the node's type and label, its distinct mention texts, and an empty
verdict column to fill in (right, duplicate of another node, junk, mistyped, or merged wrongly).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest import Skipped, read_articles  # noqa: E402
from kg.pipeline import extract_articles  # noqa: E402
from kg.records import Actor, Extraction  # noqa: E402

MENTIONS_SHOWN = 8


def row(x: Extraction, actor: Actor, corpus: Path) -> str:
    texts: list[str] = []
    for mention in actor.mentions:
        text = " ".join(mention.text.split())
        if text not in texts:
            texts.append(text)
    more = f" (+{len(texts) - MENTIONS_SHOWN})" if len(texts) > MENTIONS_SHOWN else ""
    cells = [
        str(Path(x.source_path).relative_to(corpus)) if x.source_path else "",
        actor.type,
        actor.label,
        "; ".join(texts[:MENTIONS_SHOWN]).replace("|", "/") + more,
        str(len(actor.mentions)),
        "",
    ]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--articles", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpus = Path(args.corpus).resolve()
    if not corpus.is_dir():
        sys.exit(f"{corpus} is absent: give --corpus DIR")
    paths = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.TXT")
    random.Random(args.seed).shuffle(paths)
    articles = [a for a in read_articles(paths[: args.articles]) if not isinstance(a, Skipped)]
    print("| article | type | label | mentions | n | verdict |")
    print("|---|---|---|---|---|---|")
    nodes = 0
    for x in extract_articles(articles):
        for actor in x.actors:
            print(row(x, actor, corpus))
            nodes += 1
    print(f"\n{len(articles)} articles; {nodes} actor nodes")


if __name__ == "__main__":
    main()
