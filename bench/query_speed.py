"""The saved queries on a built store beside bare pyoxigraph on the same store, from the same run.

Usage: .venv/bin/python bench/query_speed.py --store DIR [--repeat 3]

For each query in data/queries/: the time `kg query` spends in the library (prefixes, evaluation,
rows as strings, rendering the table) against pyoxigraph evaluating the same query text over the
union graph and reading every row (limit 1.2); the command's start-up is measured apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402

from bench.corpus import KG, ROOT, timed, verdict  # noqa: E402
from kg.query import prefix_header, render, run_query  # noqa: E402
from kg.store import open_store  # noqa: E402


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="a store folder built with kg build")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    store = open_store(args.store, read_only=True, create=False)
    bare_store = store.ox
    for path in sorted((ROOT / "data" / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")

        def ours(text: str = text) -> object:
            return render(run_query(store, text), "tsv")

        def bare(text: str = text) -> object:
            result = bare_store.query(prefix_header() + text, use_default_graph_as_union=True)
            assert isinstance(result, ox.QuerySolutions)
            return [[t.value if t is not None else "" for t in row] for row in result]

        bare_s, ours_s = best(args.repeat, bare), best(args.repeat, ours)
        print(f"{path.name}: {len(bare()):,} rows, pyoxigraph {bare_s:.3f} s, kg query {ours_s:.3f} s")
        print(verdict(f"  kg query / pyoxigraph ({path.name})", ours_s / bare_s, 1.2))
    startup = min(timed([*KG, "query", "ASK { }", "--store", args.store]).seconds for _ in range(args.repeat))
    print(f"{'kg query start-up (ASK {})':<44} {startup:10.2f} s   (Python, click, spaCy-free imports)")


if __name__ == "__main__":
    main()
