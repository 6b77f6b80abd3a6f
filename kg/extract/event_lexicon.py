"""The event lexicon (data/tables/events.tsv) and the verb knowledge events need: cues, past tenses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from kg.lexicon.tables import load_table
from kg.lexicon.words import word_class

# Verbs that alone never make an event (copulas, auxiliaries, possession).
BARE_VERBS: frozenset[str] = word_class("bare_verb")
STATEMENT_CLASSES: frozenset[str] = frozenset({"speech", "cognition"})


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a trigger and what it means."""

    trigger: str
    pos: str  # VERB, NOUN or LIGHT
    type: str
    root: str
    label: str
    roles: dict[str, str] = field(default_factory=dict)  # preposition (or "dobj") -> role
    flags: frozenset[str] = frozenset()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.trigger.split())

    def role_of(self, prep: str) -> str | None:
        return self.roles.get(prep)


@dataclass
class Lexicon:
    """Triggers by lemma: single verbs, multi-word verbs, nouns and light verbs."""

    verbs: dict[str, Entry] = field(default_factory=dict)
    phrasal: dict[tuple[str, str], Entry] = field(default_factory=dict)  # (verb, particle or prep)
    nouns: dict[str, Entry] = field(default_factory=dict)
    noun_phrases: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    cues: frozenset[str] = frozenset()  # CUE and STATE rows: statement verbs and states, never events
    light: frozenset[str] = frozenset()
    light_phrasal: frozenset[tuple[str, str]] = frozenset()


def parse_frame(frame: str) -> tuple[dict[str, str], frozenset[str]]:
    """'with=target;cue' -> ({'with': 'target'}, {'cue'})."""
    roles: dict[str, str] = {}
    flags: set[str] = set()
    for item in filter(None, (part.strip() for part in frame.split(";"))):
        key, sep, value = item.partition("=")
        if sep and key == "ctrl":
            flags.add(f"ctrl={value}")
        elif sep:
            roles[key] = value
        else:
            flags.add(item)
    return roles, frozenset(flags)


@cache
def lexicon() -> Lexicon:
    """The event lexicon, loaded once."""
    lex = Lexicon()
    light: set[str] = set()
    light_phrasal: set[tuple[str, str]] = set()
    cues: set[str] = set()
    for row in load_table("events"):
        words = tuple(row["trigger"].lower().split())
        if row["pos"] in ("CUE", "STATE"):
            cues.add(row["trigger"])
            continue
        if row["pos"] == "LIGHT":
            if len(words) == 1:
                light.add(words[0])
            else:
                light_phrasal.add((words[0], words[1]))
            continue
        roles, flags = parse_frame(row.get("frame", ""))
        entry = Entry(row["trigger"], row["pos"], row["type"], row["root"], row["label"], roles, flags)
        if row["pos"] == "VERB" and len(words) == 1:
            lex.verbs.setdefault(words[0], entry)
        elif row["pos"] == "VERB":
            lex.phrasal.setdefault((words[0], words[1]), entry)
        elif len(words) == 1:
            lex.nouns.setdefault(words[0], entry)
        else:
            lex.noun_phrases.setdefault(words, entry)
    lex.light, lex.light_phrasal, lex.cues = frozenset(light), frozenset(light_phrasal), frozenset(cues)
    return lex


@cache
def statement_verbs() -> frozenset[str]:
    """Lemmas of speech and cognition verbs (the statements' cue table): they introduce statements."""
    try:
        rows = load_table("cues")
    except Exception:  # the cue table belongs to the statements stage; events work without it
        return frozenset()
    return frozenset(
        r["lemma"] for r in rows if r.get("pos", "VERB") == "VERB" and r.get("class", "") in STATEMENT_CLASSES
    )


@cache
def irregular_past() -> dict[str, str]:
    return {row["lemma"]: row["past"] for row in load_table("verb_past")}


def past_tense(lemma: str) -> str:
    """The simple past of an English verb lemma ("bring" -> "brought", "stop" -> "stopped")."""
    lemma = lemma.lower()
    irregular = irregular_past().get(lemma)
    if irregular:
        return irregular
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if re.search(r"(^|[^aeiou])[aeiou][bdgmnpt]$", lemma) and len(lemma) <= 4:
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def label_of(verb: Token, particle: Token | None = None) -> str:
    """The past-tense label of a verb outside the lexicon, with its particle ("handed over")."""
    head = verb.lower_ if verb.tag_ == "VBD" else past_tense(verb.lemma_)
    return f"{head} {particle.lower_}" if particle is not None else head


def type_name(text: str) -> str:
    """A fine type name from a lemma: "hand over" -> "HAND_OVER"."""
    return re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_") or "EVENT"
