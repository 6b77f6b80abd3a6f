# Ablation of the resolution sieve; run: nice .venv/bin/python dev/ablation.py (about 10 minutes)
"""For each pass of the resolution sieve, B3 F1 and split rate with and without it, on GUM news
(development half), the GUM genres and MEANTIME (within and across articles).

Usage: ablation.py [--shared DIR] [--corpora news,genres,meantime] [--passes NAME,...] [--json FILE]

Each corpus is written out as text by ../shared/tools/actor_eval.py (--keep), parsed once, then
extracted as `kg extract` does (kg.pipeline.extract_doc) once with every pass and once per pass with
that pass switched off (KG_RESOLVE_SKIP), and each run is scored by actor_eval.py --pred. A pass
earns its place when switching it off lowers B3 F1 (or raises the split rate) on more than one
corpus and raises it on none.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from kg.ingest import Skipped, read_articles
from kg.nlp import load_pipeline
from kg.pipeline import extract_doc
from kg.resolve.sieve import SKIP_ENV, pass_names

CORPORA = {  # name: (gold folder under the shared folder, scorer options)
    "news": ("gold/gum/news", []),
    "genres": ("gold/gum/genres", []),
    "meantime": ("gold/meantime", []),
    "across": ("gold/meantime", ["--across"]),
}
TEXTS = {"across": "meantime"}  # the across score reads the texts of the MEANTIME run


def score(shared: Path, corpus: str, work: Path, pred: Path) -> dict[str, Any]:
    """The scorer's figures for one prediction file (an empty file only writes the texts out)."""
    gold, options = CORPORA[corpus]
    tool = shared / "tools" / "actor_eval.py"
    command = [sys.executable, str(tool), str(shared / gold), "--keep", str(work), "--pred", str(pred)]
    done = subprocess.run([*command, *options, "--json"], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout))


def parse(work: Path) -> list[tuple[Any, Any]]:
    """(Doc, Article) for every text the scorer wrote, parsed once."""
    articles = [a for a in read_articles(sorted(work.glob("*.txt"))) if not isinstance(a, Skipped)]
    nlp = load_pipeline()
    return list(nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=16))


def predict(parsed: list[tuple[Any, Any]], skip: str, out: Path) -> None:
    """Extract every parsed article with the passes named in `skip` switched off."""
    os.environ[SKIP_ENV] = skip
    try:
        with out.open("w", encoding="utf-8") as handle:
            for doc, article in parsed:
                handle.write(json.dumps(extract_doc(doc, article).to_json(), ensure_ascii=False) + "\n")
    finally:
        os.environ.pop(SKIP_ENV, None)


def run(shared: Path, corpora: list[str], passes: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """{corpus: {"" (every pass) or the pass switched off: figures}}."""
    table: dict[str, dict[str, dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="ablation_") as tmp:
        root = Path(tmp)
        parsed: dict[str, list[tuple[Any, Any]]] = {}
        for corpus in corpora:
            texts = TEXTS.get(corpus, corpus)
            work = root / texts
            if texts not in parsed:
                work.mkdir()
                empty = root / "empty.jsonl"
                empty.write_text("")
                score(shared, texts, work, empty)
                parsed[texts] = parse(work)
            table[corpus] = {}
            for skip in ["", *passes]:
                pred = root / f"{corpus}-{skip or 'all'}.jsonl"
                if not pred.exists():
                    predict(parsed[texts], skip, pred)
                    if corpus == "meantime":  # the across score reads the same predictions
                        (root / f"across-{skip or 'all'}.jsonl").write_text(pred.read_text())
                table[corpus][skip] = score(shared, corpus, work, pred)
                print(f"{corpus:9} {skip or '(every pass)':22} {_cell(table[corpus][skip])}", file=sys.stderr)
    return table


def _cell(figures: dict[str, Any]) -> str:
    return f"{figures['b3_f1']:.3f} / {figures['split_rate']:.2f}"


def markdown(table: dict[str, dict[str, dict[str, Any]]], passes: list[str]) -> str:
    """The ablation as a Markdown table: each corpus's B3 F1 / split rate, and without each pass the
    change in F1 and split rate (a pass helps where its row's F1 change is negative)."""
    corpora = list(table)
    lines = [
        "| pass switched off | " + " | ".join(f"{c}: F1 / split" for c in corpora) + " |",
        "|---|" + "---|" * len(corpora),
        "| (none) | " + " | ".join(_cell(table[c][""]) for c in corpora) + " |",
    ]
    for name in passes:
        cells = []
        for corpus in corpora:
            base, without = table[corpus][""], table[corpus][name]
            f1 = without["b3_f1"] - base["b3_f1"]
            split = without["split_rate"] - base["split_rate"]
            cells.append(f"{f1:+.3f} / {split:+.2f}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--corpora", default="news,genres,meantime,across")
    ap.add_argument("--passes", default=",".join(pass_names()))
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    if not (args.shared / "tools" / "actor_eval.py").is_file():
        sys.exit(f"no scorer under {args.shared}/tools; give --shared, the folder holding tools/ and gold/")
    corpora = [c for c in args.corpora.split(",") if c]
    unknown = [c for c in corpora if c not in CORPORA]
    if unknown:
        sys.exit(f"unknown corpus {', '.join(unknown)}; choose from {', '.join(CORPORA)}")
    passes = [p for p in args.passes.split(",") if p]
    table = run(args.shared, corpora, passes)
    if args.json:
        args.json.write_text(json.dumps(table, indent=1))
    print(markdown(table, passes))


if __name__ == "__main__":
    main()
