"""The tense direction of the clause a date expression belongs to, from the parse.

-1: past ("met Monday", "has said"), +1: future ("will meet Monday", "plans to leave Thursday",
"is meeting Monday", "would be held in April"), 0: unknown (no verb, as in headlines; a date
modifying a noun, as in "Wednesday's ruling"). Callers read 0 as the news' usual past.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.lexicon.words import word_class

FUTURE_AUX = word_class("future_aux")
MODALS = word_class("modal_aux")
PERFECT = word_class("perfect_aux")
PRESENT_BE = word_class("present_be")
PAST_AUX = word_class("past_aux")
# Verbs whose date is that of what they plan: "scheduled a meeting Thursday", "postponed until Tuesday".
INTENT = word_class("intent_verb")
# Words between a date and its verb that put the date ahead: "effective Feb. 1", "starting Monday".
AHEAD = word_class("ahead_word")
# Reporting verbs in the present ("says Monday") tell of the past; other presents of what is scheduled.
REPORTING = word_class("reporting_verb")


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` (itself included) in the dependency tree."""
    current = token
    for _ in range(len(token.doc)):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def verb_direction(verb: Token, depth: int = 0) -> int:
    """The direction of one verb from its tag, its auxiliaries and, for infinitives, its governor."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.lemma_.lower() in INTENT and "had" not in words:
        return 1
    if words & PERFECT and verb.tag_ == "VBN":
        return -1
    if words & FUTURE_AUX or words & MODALS:
        return 1
    if verb.tag_ == "VBD" or words & PAST_AUX or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if "to" in words and verb.tag_ == "VB":
        return _infinitive_direction(verb, depth)
    if verb.tag_ == "VBG" and words & PRESENT_BE:
        return 1
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in REPORTING and verb.lemma_ != "be":
        return 1
    return 0


def _infinitive_direction(verb: Token, depth: int) -> int:
    """A to-infinitive is ahead of an intention, a noun or "be" ("plans to", "a program to", "is to")."""
    head = verb.head
    if (
        head.i == verb.i
        or head.lemma_.lower() in INTENT
        or head.lemma_ == "be"
        or head.pos_ in ("NOUN", "PROPN")
    ):
        return 1
    governor = governing_verb(head)
    if governor is None or governor.i == verb.i or depth > 3:
        return 1
    return verb_direction(governor, depth + 1)


def clause_direction(doc: Doc, start: int, end: int) -> int:
    """The direction of the clause holding the characters start..end of `doc`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    root = span.root
    if root.dep_ in ("poss", "compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        return 0  # "Wednesday's ruling", "a June agreement": the day of a thing, not of the clause
    current = root
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
        if current.lower_ in AHEAD:
            return 1
    verb = governing_verb(root)
    return verb_direction(verb) if verb is not None else 0
