"""Draw a reproducible sample of BBC events with an agent and a target, for checking by hand.

Usage: .venv/bin/python dev/bbc_events_sample.py [--corpus ../shared/corpora/bbc] [--size 50] [--seed 19]

Articles are taken in an order shuffled by the seed, at most two events from each, until the sample
is full; each event is printed as a Markdown table row: the sentence, the event (agent, relation,
target), its factuality and cue, whether the graph draws its direct edge as a fact, and an empty
verdict column to fill in. The figures at the end (self-loops, negated or requested events drawn as
fact) are counted, not judged.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.graph import DRAWN_AS_FACT  # noqa: E402
from kg.ingest import Skipped, read_articles  # noqa: E402
from kg.pipeline import extract_articles  # noqa: E402
from kg.records import Event, Extraction  # noqa: E402

PER_ARTICLE = 2


def drawn(event: Event) -> bool:
    return event.factuality in DRAWN_AS_FACT and not event.negated


def sentence_of(x: Extraction, event: Event) -> str:
    for s in x.sentences:
        if s.start <= event.trigger.start < s.end:
            return " ".join(x.text[s.start : s.end].split())
    return event.trigger.text


def row(x: Extraction, event: Event) -> str:
    labels = {a.id: a.label for a in x.actors}
    assert event.agent and event.target and event.agent.id and event.target.id
    agent, target = labels[event.agent.id], labels[event.target.id]
    cue = f" ({event.factuality_cue})" if event.factuality_cue else ""
    cells = [
        sentence_of(x, event).replace("|", "/"),
        f"{agent} —{event.label}→ {target} [{event.trigger.text}]",
        event.factuality + cue,
        "yes" if drawn(event) else "no",
        "",
    ]
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "bbc"))
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        sys.exit(f"{corpus} is absent: give --corpus DIR")
    paths = sorted(p for p in corpus.rglob("*.txt") if p.name != "README.TXT")
    random.Random(args.seed).shuffle(paths)
    sample: list[tuple[Extraction, Event]] = []
    for start in range(0, len(paths), 20):
        articles = [a for a in read_articles(paths[start : start + 20]) if not isinstance(a, Skipped)]
        for x in extract_articles(articles):
            both = [e for e in x.events if e.agent and e.target and e.agent.id and e.target.id]
            sample += [(x, e) for e in both[:PER_ARTICLE]]
        if len(sample) >= args.size:
            break
    sample = sample[: args.size]
    print("| sentence | event | factuality | drawn as fact | verdict |")
    print("|---|---|---|---|---|")
    for x, event in sample:
        print(row(x, event))
    loops = sum(1 for _x, e in sample if e.agent and e.target and e.agent.id == e.target.id)
    wrongly = sum(
        1 for _x, e in sample if drawn(e) and (e.negated or e.factuality in ("negated", "requested"))
    )
    print(
        f"\n{len(sample)} events; self-loops {loops} ({loops / max(len(sample), 1):.0%}); "
        f"negated or requested drawn as fact {wrongly}"
    )


if __name__ == "__main__":
    main()
