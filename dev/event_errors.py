"""Print the argument errors of the events on MEANTIME, each with its sentence, to find their causes.

Usage: .venv/bin/python dev/event_errors.py [GOLD_DIR] [--pred FILE] [--kg CMD] [--missed]

Documents are laid out and matched exactly as ../shared/tools/event_eval.py does (its functions are
imported from there). For every predicted agent or target of a matched event that has gold
participants but overlaps none of the gold arguments of its role, one block is printed: the document,
the role, the trigger, the predicted span, the gold participants with their roles and the sentence.
--missed prints the gold Arg0/Arg1 participants that were not found instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "event_eval.py"
DEFAULT_GOLD = ROOT.parent / "shared" / "gold" / "meantime"


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("event_eval", SCORER)
    if spec is None or spec.loader is None:
        sys.exit(f"{SCORER} is absent")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(". ", at)
    return " ".join(text[start : end if end > 0 else len(text)].split())


def mention(event: dict, role: str) -> tuple[int, int] | None:
    arg = event.get(role) or {}
    m = arg.get("mention") if isinstance(arg, dict) else None
    return (m["start"], m["end"]) if m and "start" in m else None


def report(text: str, event: dict, role: str, span: tuple[int, int] | None, parts: list, name: str) -> None:
    t = event["trigger"]
    golds = ", ".join(f"{r}={text[s[0] : s[1]]!r}" for r, s in parts)
    got = repr(text[span[0] : span[1]]) if span else "-"
    print(f"{name} {role:6} [{text[t['start'] : t['end']]}] {event.get('root', '')} pred={got} gold: {golds}")
    print(f"    {sentence(text, t['start'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--pred")
    parser.add_argument("--kg", default=str(ROOT / ".venv" / "bin" / "kg"))
    parser.add_argument("--missed", action="store_true")
    args = parser.parse_args()
    ev = scorer()
    work = tempfile.mkdtemp(prefix="event_errors_")
    gold, texts = {}, {}
    for d, _, files in os.walk(args.gold):
        for f in sorted(files):
            if not f.endswith(".xml"):
                continue
            text, dct, title, events, parts = ev.convert(os.path.join(d, f))
            p = os.path.abspath(os.path.join(work, f[:-4] + ".txt"))
            Path(p).write_text(text, encoding="utf-8")
            Path(p[:-4] + ".json").write_text(json.dumps({"title": title, "date": dct}))
            gold[p], texts[p] = (events, parts), text
    if args.pred:
        lines = Path(args.pred).read_text(encoding="utf-8").splitlines()
    else:
        run = subprocess.run(
            [args.kg, "extract", "--format", "jsonl", *sorted(gold)], capture_output=True, text=True
        )
        lines = run.stdout.splitlines()
    preds = {
        os.path.basename(json.loads(x)["source_path"]): json.loads(x)["events"] for x in lines if x.strip()
    }
    for p in sorted(gold):
        events, parts = gold[p]
        text, name = texts[p], os.path.basename(p)[:-4]
        scored = {m: s for m, s in events.items() if s[2] in ev.SCORED_SENTENCES}
        for e in preds.get(os.path.basename(p), []):
            tr = (e["trigger"]["start"], e["trigger"]["end"])
            hits = [m for m, s in scored.items() if ev.overlaps(tr, s)]
            gp = parts.get(hits[0], []) if hits else []
            if not gp:
                continue
            for role, names in (
                ("agent", ("Arg0",)),
                ("target", ("Arg1", "Arg2") if not args.missed else ("Arg1",)),
            ):
                golds = [s for r, s in gp if r in names]
                span = mention(e, role)
                found = span is not None and any(ev.overlaps(span, g) for g in golds)
                shown = golds if args.missed else span
                if shown and not found:
                    report(text, e, role, span, gp, name)


if __name__ == "__main__":
    main()
