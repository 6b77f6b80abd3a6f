"""The tense direction of the clause a date expression belongs to, from the parse.

-1: past ("met Monday", "has said"), +1: future ("will meet Monday", "plans to leave Thursday",
"is meeting Monday"), 0: unknown (no verb, as in headlines, or a plain present).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "'ll", "ll", "shall", "wo", "sha", "going", "gon"}
MODALS = {"may", "might", "can", "should", "must", "ca"}
PERFECT = {"has", "have", "'ve", "had", "'d"}
# Verbs whose date is that of what they plan: "scheduled a meeting Thursday", "postponed until Tuesday".
INTENT = {
    "plan",
    "schedule",
    "set",
    "expect",
    "postpone",
    "delay",
    "intend",
    "aim",
    "hope",
    "prepare",
    "slate",
    "due",
}
PRESENT_BE = {"is", "are", "am", "'s", "'re", "'m", "be"}
PAST_BE = {"was", "were", "had", "did", "'d"}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` (itself included) in the dependency tree."""
    current = token
    for _ in range(len(token.doc)):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def verb_direction(verb: Token, depth: int = 0) -> int:
    """The direction of one verb from its tag and its auxiliaries."""
    if verb.lemma_.lower() in INTENT:
        return 1
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & PERFECT and verb.tag_ == "VBN":
        return -1
    if words & FUTURE_AUX or words & MODALS:
        return 1
    if verb.tag_ == "VBD" or words & PAST_BE or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if "to" in words and verb.tag_ == "VB":
        return _infinitive_direction(verb, depth)
    if verb.tag_ == "VBG" and words & PRESENT_BE:
        return 1
    if verb.tag_ == "VBN" and words & PRESENT_BE:
        return 0
    if verb.tag_ in ("VBZ", "VBP"):
        return 0
    return 0


def _infinitive_direction(verb: Token, depth: int) -> int:
    """A to-infinitive is in the future of an intention ("plans to leave"), else in its governor's tense."""
    head = verb.head
    if head is verb or head.lemma_.lower() in INTENT:
        return 1
    governor = governing_verb(head)
    if governor is None or governor is verb or depth > 3:
        return 1
    return verb_direction(governor, depth + 1)


def clause_direction(doc: Doc, start: int, end: int) -> int:
    """The direction of the clause holding the characters start..end of `doc`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    if span.root.dep_ == "poss":
        return 0  # "Wednesday's ruling": the day of a thing, not of the clause
    verb = governing_verb(span.root)
    return verb_direction(verb) if verb is not None else 0
