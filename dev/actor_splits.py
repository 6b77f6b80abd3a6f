# Where gold entities split; run: .venv/bin/python dev/actor_splits.py GOLD_DIR --keep DIR --pred FILE
"""For each gold entity spread over several predicted actors, its mentions grouped by the actor each
landed in, most split first; then a tally of the words that open a stray group (a mention outside the
entity's largest group), which points at the mechanism missing.

Usage: actor_splits.py GOLD_DIR --keep DIR --pred FILE [--top N] [--doc STEM]

GOLD_DIR, --keep and --pred are as for ../shared/tools/actor_eval.py (the texts it wrote with --keep,
the predictions it scored with --pred); a gold mention is matched to a predicted one as that scorer
matches them (the predicted mention ends inside the gold one).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
from collections import Counter
from pathlib import Path
from types import ModuleType


def scorer(gold_dir: Path) -> ModuleType:
    """The actor scorer of the shared tools folder above the gold folder."""
    for folder in gold_dir.resolve().parents:
        tool = folder / "tools" / "actor_eval.py"
        if tool.is_file():
            spec = importlib.util.spec_from_file_location("actor_eval", tool)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    raise SystemExit(f"no tools/actor_eval.py above {gold_dir}")


def matched(gold: list[tuple], pred: list[tuple[int, int, str]]) -> list[tuple[tuple, str | None]]:
    """Each gold mention with the predicted actor it was matched to, as the scorer matches them."""
    ordered = sorted(pred, key=lambda x: x[1] - x[0])
    used: set[int] = set()
    out = []
    for mention in gold:
        start, end = mention[0], mention[1]
        best = None
        for i, (ps, pe, _) in enumerate(ordered):
            if i in used or not (start < pe <= end) or ps < start - 1:
                continue
            if best is None or abs(end - pe) < abs(end - ordered[best][1]):
                best = i
        if best is not None:
            used.add(best)
        out.append((mention, None if best is None else ordered[best][2]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--keep", type=Path, required=True)
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--doc", help="only the document with this stem")
    args = ap.parse_args()
    tool = scorer(args.gold)
    preds = {}
    for line in args.pred.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            preds[Path(rec["source_path"]).stem] = [
                (m["start"], m["end"], str(a["id"])) for a in rec.get("actors", []) for m in a["mentions"]
            ]
    files = sorted(
        Path(d) / f for d, _, fs in os.walk(args.gold) for f in fs if f.endswith((".conll", ".xml"))
    )
    rows = []
    strays: Counter[str] = Counter()
    for path in files:
        stem = path.stem
        if args.doc and stem != args.doc:
            continue
        converted = tool.convert_meantime(str(path)) if path.suffix == ".xml" else tool.convert(str(path))
        text, gold = converted[0], [m for m in converted[3] if m[2] in tool.SCORED]
        entities: dict[str, list[tuple[str, str | None]]] = {}
        for mention, actor in matched(gold, preds.get(stem, [])):
            entities.setdefault(mention[3], []).append((text[mention[0] : mention[1]], actor))
        for entity, said in entities.items():
            groups: dict[str, list[str]] = {}
            for words, actor in said:
                if actor is not None:
                    groups.setdefault(actor, []).append(words)
            if sum(map(len, groups.values())) < 2 or len(groups) < 2:
                continue
            main_actor = max(groups, key=lambda a: len(groups[a]))
            for actor, words in groups.items():
                if actor != main_actor:
                    strays.update(
                        w.lower() if len(w.split()) == 1 else "<" + w.split()[0].lower() + " ...>"
                        for w in words
                    )
            rows.append((len(groups), stem, entity, groups))
    rows.sort(key=lambda r: (-r[0], r[1]))
    for count, stem, entity, groups in rows[: args.top]:
        print(f"{count} actors  {stem}  {entity}")
        for words in sorted(groups.values(), key=len, reverse=True):
            print("    " + " | ".join(words[:12]) + (" ..." if len(words) > 12 else ""))
    print("\nstray mentions (outside their entity's largest actor), most frequent:")
    print(", ".join(f"{w} {n}" for w, n in strays.most_common(60)))


if __name__ == "__main__":
    main()
