"""A whole build of a BBC sample beside its limits, all measured in this run.

Usage: .venv/bin/python bench/build_speed.py [--corpus ../shared/corpora/bbc] [--sample 200 | --all] [-j N]

Prints: the first build against bare spaCy over the same files with the same processes (limit 1.4),
an unchanged re-run against the first build (limit 0.15), store bytes and triples an article (limit
150 KB), rows of the saved queries per fact (limit 1), and the peak memory of the largest process.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import BBC, KG, ROOT, cores, corpus_files, folder_bytes, timed, verdict  # noqa: E402
from kg.query import run_query  # noqa: E402
from kg.store import open_store  # noqa: E402


def count(store: object, pattern: str) -> int:
    rows = run_query(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}").rows  # type: ignore[arg-type]
    return int(rows[0][0] or 0)


def saved_rows(location: str) -> list[str]:
    """Rows per fact of the README's saved queries, as printed lines."""
    store = open_store(location, read_only=True, create=False)
    facts = {
        "who-said-what.rq": count(store, "?s a nkg:Statement"),
        "events-by-actor.rq": count(store, "?e a nkg:Event ; nkg:agent ?a"),
    }
    lines = [f"facts: {len(store):,} triples"]
    for name, n in facts.items():
        rows = len(run_query(store, (ROOT / "data" / "queries" / name).read_text(encoding="utf-8")).rows)
        lines.append(verdict(f"rows per fact, {name} ({rows:,} / {n:,})", rows / max(n, 1), 1.0))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--sample", type=int, default=200, help="articles spread over the corpus")
    parser.add_argument("--all", action="store_true", help="the whole corpus")
    parser.add_argument("-j", "--processes", type=int, default=cores())
    parser.add_argument(
        "--skip-bare", action="store_true", help="no bare spaCy run (no build ratio): store and memory only"
    )
    args = parser.parse_args()
    files = corpus_files(args.corpus, 0 if args.all else args.sample)
    paths = [str(f) for f in files]
    j = str(args.processes)
    with tempfile.TemporaryDirectory() as tmp:
        location = str(Path(tmp) / "store")
        bare_spacy = [sys.executable, str(ROOT / "bench" / "bare_spacy.py"), "-j", j, *paths]
        bare = None if args.skip_bare else timed(bare_spacy)
        first = timed([*KG, "build", *paths, "--store", location, "-j", j, "-q"])
        again = timed([*KG, "build", *paths, "--store", location, "-j", j, "-q"])
        stored = int(first.stdout.split(" stored")[0].split()[-1])
        size = folder_bytes(Path(location))
        store = open_store(location, read_only=True, create=False)
        triples = len(store)
        del store
        print(f"{len(files)} articles ({stored} stored), {j} processes, {first.stdout.strip()}")
        print(f"build {first.seconds:.1f} s, re-run {again.seconds:.1f} s")
        if bare is not None:
            print(f"bare spaCy {bare.seconds:.1f} s")
            print(verdict("build / bare spaCy (time)", first.seconds / bare.seconds, 1.4))
            # on a busy machine the wall-clock ratio drifts toward this one
            print(f"{'build / bare spaCy (CPU, for reference)':<44} {first.cpu / bare.cpu:10.2f}"
                  f"   ({first.cpu:.1f} s / {bare.cpu:.1f} s)")
        print(verdict("unchanged re-run / first build (time)", again.seconds / first.seconds, 0.15))
        print(verdict("store KB an article", size / 1024 / max(stored, 1), 150))
        print(f"{'triples an article':<44} {triples / max(stored, 1):10.0f}")
        bare_peak = f"{bare.peak_mb:.0f}" if bare is not None else "-"
        print(f"{'peak MB, largest process: bare / build / re-run':<44} "
              f"{bare_peak} / {first.peak_mb:.0f} / {again.peak_mb:.0f}")
        for line in saved_rows(location):
            print(line)


if __name__ == "__main__":
    main()
