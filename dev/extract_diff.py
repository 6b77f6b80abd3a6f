"""Whether a change leaves extraction output unchanged: `kg extract` over a fixed sample, compared.

Usage: .venv/bin/python dev/extract_diff.py OUT.jsonl [--against BEFORE.jsonl] [--sample 100]

Runs `kg extract` (this checkout's, as `python -m kg.cli`) on a sample spread evenly over the BBC corpus
plus the seed article in data/articles, writes the records to OUT.jsonl, and with `--against`
prints the first records that differ from an earlier run's (exit status 1 when any does).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import BBC, corpus_files  # noqa: E402


def sample(n: int) -> list[Path]:
    return [*corpus_files(BBC, n), *sorted((ROOT / "data" / "articles").glob("*.txt"))]


def differences(old: list[str], new: list[str]) -> list[str]:
    """One line for each record that differs, naming its source and its first differing key."""
    notes = [f"{len(old)} records before, {len(new)} after"] if len(old) != len(new) else []
    for before, after in zip(old, new, strict=False):
        if before == after:
            continue
        a, b = json.loads(before), json.loads(after)
        keys = [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]
        notes.append(f"{a.get('source_path', '?')}: differs in {', '.join(keys)}")
    return notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--sample", type=int, default=100)
    args = parser.parse_args()
    files = [os.path.relpath(f, ROOT) for f in sample(args.sample)]  # the same paths in any checkout
    with args.out.open("w", encoding="utf-8") as out:
        command = [sys.executable, "-m", "kg.cli", "extract", "--format", "jsonl", *files]
        subprocess.run(command, stdout=out, check=True, cwd=ROOT)
    if args.against is None:
        return
    before = args.against.read_text(encoding="utf-8").splitlines()
    notes = differences(before, args.out.read_text(encoding="utf-8").splitlines())
    print("\n".join(notes[:20]) if notes else f"identical: {len(files)} articles")
    sys.exit(1 if notes else 0)


if __name__ == "__main__":
    main()
