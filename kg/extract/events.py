"""Events: lexicon triggers with agent and target from the parse (first rules)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.curated import load_table
from kg.extract.entities import to_span
from kg.records import Argument, Event


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, str, str]]:
    """trigger lemma -> (fine type, CAMEO root, past-tense label)."""
    return {row["trigger"]: (row["type"], row["root"], row["label"]) for row in load_table("events")}


def find_events(doc: Doc) -> list[Event]:
    table = lexicon()
    out: list[Event] = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_ not in table:
            continue
        fine, root, label = table[token.lemma_]
        out.append(
            Event(
                id="",
                type=fine,
                root=root,
                label=label,
                trigger=to_span(doc[token.i : token.i + 1]),
                agent=_argument(token, ("nsubj",)),
                target=_argument(token, ("dobj", "nsubjpass")),
                negated=any(c.dep_ == "neg" for c in token.children),
            )
        )
    return out


def _argument(verb: Token, deps: tuple[str, ...]) -> Argument | None:
    for child in verb.children:
        if child.dep_ in deps:
            subtree = list(child.subtree)
            return Argument(to_span(verb.doc[subtree[0].i : subtree[-1].i + 1]))
    return None
