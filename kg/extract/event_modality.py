"""Negation and modality of a trigger: "did not agree", "refused to", "would consider", "plans to"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import INSTRUMENT_VERBS, entry_of

NEGATORS = frozenset({"not", "n't", "never", "no"})


def _negated_here(verb: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ in ("advmod", "neg") and c.lower_ in NEGATORS) for c in verb.children
    )


def _modals(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.tag_ == "MD" or (c.dep_ == "neg" and c.i < verb.i)]


def negation_and_modality(verb: Token) -> tuple[bool, str | None]:
    """Whether the event is said not to happen, and the words that qualify it (None when plain)."""
    negated = _negated_here(verb)
    words: list[Token] = _modals(verb)
    node = verb
    for _ in range(3):  # climb to-infinitives: "did not agree to release", "would continue to engage"
        if node.dep_ != "xcomp" or node.head.pos_ not in ("VERB", "AUX"):
            break
        head = node.head
        if head.lemma_.lower() in INSTRUMENT_VERBS:
            break  # "used an F-22 to bring down": a means, not a modality
        entry = entry_of(head)
        if _negated_here(head) != (entry is not None and "neg" in entry.flags):
            negated = not negated
        to = [c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"]
        words = [
            *_modals(head),
            *[a for a in head.children if a.dep_ == "aux" and a.i < head.i],
            head,
            *to,
            *words,
        ]
        node = head
    if not words:
        return negated, None
    ordered = sorted({t.i: t for t in words}.values(), key=lambda t: t.i)
    modal = " ".join(t.text for t in ordered if t.dep_ != "neg" or t.head != verb)
    if not modal or modal.lower() in NEGATORS:
        return negated, None
    return negated, modal
