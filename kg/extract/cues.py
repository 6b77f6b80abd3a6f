"""Attribution cues from the curated table data/tables/cues.tsv: which words report speech,
thought or stance, and which of their dependents carry the content."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.lexicon.tables import load_table

VERBAL = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class Cue:
    """One table row: a cue word, its class and its content frames."""

    lemma: str
    pos: str
    cls: str
    frames: frozenset[str]
    quote: bool

    def takes(self, frame: str) -> bool:
        return frame in self.frames


@cache
def cue_table() -> dict[tuple[str, str], Cue]:
    """The cue table keyed by (lemma, coarse part of speech)."""
    out: dict[tuple[str, str], Cue] = {}
    for row in load_table("cues"):
        frames = frozenset(f.strip() for f in row.get("frames", "").split(",") if f.strip())
        cue = Cue(
            row["lemma"],
            row.get("pos", "VERB"),
            row.get("class", "speech"),
            frames,
            row.get("quote") == "yes",
        )
        out[(cue.lemma, cue.pos)] = cue
    return out


@cache
def cue_lemmas() -> frozenset[str]:
    """Every lemma of the table."""
    return frozenset(lemma for lemma, _ in cue_table())


def cue_of(token: Token) -> Cue | None:
    """The table's entry for this token, matched on lemma and coarse part of speech."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma not in cue_lemmas() and lower not in cue_lemmas():
        return None  # most words: no row has either form, whatever the part of speech
    pos = "VERB" if token.pos_ in VERBAL else token.pos_
    table = cue_table()
    return table.get((lemma, pos)) or table.get((lower, pos))
