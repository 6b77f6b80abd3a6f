"""Events: lexicon triggers with agent and target from the parse (first rules)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.curated import load_table
from kg.extract.entities import to_span
from kg.records import Argument, Event, TimeExpression


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


def attach_dates(doc: Doc, events: list[Event], times: list[TimeExpression]) -> None:
    """Give each undated event the first normalized date of its sentence."""
    for event in events:
        if event.date is not None:
            continue
        trigger = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if trigger is None:
            continue
        sentence = trigger.sent
        dated = [t for t in times if sentence.start_char <= t.start < sentence.end_char and t.value]
        if dated:
            event.date = dated[0].value
