"""Factuality of an event: asserted, negated, modal, future, intended, requested or conditional.

The value comes from the scope of negation and modality over the parse, with the cue words of
data/tables/factuality.tsv: the event's own negator, modal auxiliary or conditional conjunction first
("did not attack", "would accept", "if they attack"), else what the verb or noun embedding it says
("refused to pay", "hoping to promote", "asked that he refrain from", "called for talks", "a plan to
attack"), passed on to coordinated verbs ("to promote democracy and isolate ..."). An event told inside
a statement is "reported" where nothing stronger applies; the statement stage links that later.

`negated` is the polarity of the event's own clause, as TimeML writes it: "did not agree to lift"
negates the agreeing; the lifting is then not asserted (factuality "negated", cue "did not agree to")
though its own clause is positive. `modality` is the event's own modal auxiliary, or else the words of
the verb that embeds it ("refused to", "plans to").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from kg.extract.cues import cue_of
from kg.extract.event_args import lemmas
from kg.lexicon.tables import load_table

VALUES = ("asserted", "negated", "modal", "future", "intended", "requested", "conditional", "reported")
NOT_FACT = frozenset(VALUES) - {"asserted", "reported"}  # values whose event the graph draws as no fact
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
FUTURE_LIKE = frozenset({"future", "modal", "intended", "requested", "conditional"})  # not yet, if ever
SHARING_CC = frozenset({"or", "nor"})  # "never robbed or killed": the negator covers both
OBJECT_PREPS = frozenset({"for", "of"})  # "called for talks", "accused of ..."
EMBED_LIMIT = 4  # governing verbs climbed at most


@dataclass(frozen=True)
class Factuality:
    """An event's factuality value, the words that give it, and its own polarity and modality."""

    value: str = "asserted"
    cue: str | None = None
    negated: bool = False
    modality: str | None = None


@dataclass(frozen=True)
class Cue:
    value: str
    scope: frozenset[str] = frozenset()


@dataclass
class CueTable:
    """The factuality cues by kind: NEG, AUX, VERB, ADJ, NOUN, MOD, MARK."""

    kinds: dict[str, dict[str, Cue]] = field(default_factory=dict)

    def get(self, kind: str, tok: Token) -> Cue | None:
        """The cue of this kind the word is, by its form or lemma (or a verb's guessed lemmas: "hoping")."""
        words = self.kinds.get(kind, {})
        found = words.get(tok.lower_) or words.get(tok.lemma_.lower())
        if found is None and kind == "VERB":
            found = next((words[lemma] for lemma in lemmas(tok) if lemma in words), None)
        return found

    def negator(self, tok: Token) -> bool:
        return self.get("NEG", tok) is not None


@cache
def cue_table() -> CueTable:
    table = CueTable()
    for row in load_table("factuality"):
        scope = frozenset(row.get("scope", "").split())
        table.kinds.setdefault(row["kind"], {})[row["word"].lower()] = Cue(row["value"], scope)
    return table


def _words(tokens: list[Token]) -> str:
    return " ".join(t.text for t in sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i))


def _own_negators(verb: Token) -> list[Token]:
    """Negators in the verb's own clause: on the verb, or on its subject or object ("no one came")."""
    table = cue_table()
    found = [
        c
        for c in verb.children
        if (c.dep_ == "neg" or (c.dep_ in ("advmod", "preconj") and table.negator(c))) and not _only(c)
    ]
    found += [
        d for c in verb.children if c.dep_ == "advmod" for d in c.children if d.lower_ == "no"
    ]  # "no longer"
    for arg in (c for c in verb.children if c.dep_ in ARGUMENT_DEPS):
        if arg.lower_ in ("nothing", "nobody", "none", "neither") or (
            arg.lower_ == "one" and any(d.lower_ == "no" for d in arg.children)
        ):
            found.append(arg)
        found += [d for d in arg.children if d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")]
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        found.append(verb.head)
    return found


def _only(neg: Token) -> bool:
    """'not only ... but': no negation."""
    return neg.i + 1 < len(neg.doc) and neg.nbor(1).lower_ == "only"


def _modals(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.tag_ == "MD" and c.dep_ in ("aux", "auxpass")]


def _semi_modal(verb: Token) -> Token | None:
    """The semi-modal whose to-infinitive the verb is: "going" in "is not going to attack", "have to pay"."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or not any(c.lower_ == "to" for c in verb.children):
        return None
    return head if cue_table().get("SEMI", head) is not None else None


def _shared(verb: Token) -> tuple[list[Token], list[Token]]:
    """Negators and modals a coordinated verb shares with its head: "may buy or sell", "never hit or shot"."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return [], []
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return [], []
    head = verb.head
    cc = next((c for c in head.children if c.dep_ == "cc"), None)
    negs = _own_negators(head) + _shared(head)[0] if cc is not None and cc.lower_ in SHARING_CC else []
    return negs, _modals(head) + _shared(head)[1]


def _local(verb: Token) -> Factuality:
    """The value the verb's own clause gives it: conditional, modal, negated, future or asserted."""
    table = cue_table()
    shared_negs, shared_modals = _shared(verb)
    semi = _semi_modal(verb)
    if semi is not None:  # "should not have to pay" is "should not pay"
        shared_negs, shared_modals = _own_negators(semi) or shared_negs, _modals(semi) or shared_modals
    negs = _own_negators(verb) or shared_negs
    modals = _modals(verb) or shared_modals
    kinds = {m: table.get("AUX", m) for m in modals}
    modal = [m for m, cue in kinds.items() if cue is not None and cue.value == "modal"]
    future = [m for m, cue in kinds.items() if cue is not None and cue.value == "future"]
    modality = " ".join(m.lemma_.lower() for m in sorted(modals, key=lambda m: m.i)) if modals else None
    marks = {c: table.get("MARK", c) for c in verb.children if c.dep_ == "mark"}
    mark = next((c for c, cue in marks.items() if cue is not None and cue.value != "temporal"), None)
    if mark is not None and verb.dep_ == "advcl" and marks[mark] == Cue("conditional"):
        return Factuality("conditional", mark.text, bool(negs), modality)
    if mark is not None and verb.dep_ in ("ccomp", "advcl", "csubj"):  # "whether they attack", "asked if ..."
        return Factuality("modal", mark.text, bool(negs), modality)
    if modal:
        return Factuality("modal", _words(modal + negs), bool(negs), modality)
    if negs:
        return Factuality("negated", _words(negs + modals), True, modality)
    if future:
        return Factuality("future", _words(future), False, modality)
    if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return Factuality("future", "to", False, modality)  # a headline's "Acme to cut 500 jobs"
    if semi is not None and table.get("SEMI", semi) == Cue("future"):  # "is going to attack"
        return Factuality("future", f"{semi.text} to", False, modality)
    return Factuality(negated=False, modality=modality)


def _governor(tok: Token) -> tuple[Token, str] | None:
    """The word that embeds the event and how: 'inf', 'clause', 'object', 'conj', 'noun' or 'purpose'."""
    head, dep = tok.head, tok.dep_
    if head is tok:
        return None
    if dep == "xcomp" or (dep == "pcomp" and head.dep_ == "prep" and head.lower_ in ("from", "of")):
        return (head if dep == "xcomp" else head.head), "inf"
    if dep == "ccomp" and head.pos_ in ("VERB", "AUX"):  # "allow the UK to deport": an infinitive
        return head, "inf" if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) else "clause"
    if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and any(c.dep_ == "mark" for c in tok.children):
        return head, "content"  # "denied claims that he threatened ..."
    if dep == "conj" and head.pos_ == tok.pos_:
        return head, "conj"
    if dep == "acl" and head.pos_ == "NOUN" and any(c.lower_ == "to" for c in tok.children):
        return head, "noun"
    if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return head, "purpose"
    if dep == "advcl" and any(cue_table().get("MARK", c) == Cue("temporal") for c in tok.children):
        return head, "temporal"  # "will leave when they arrive"
    if dep == "dobj" or (dep == "pobj" and head.dep_ == "prep" and head.lower_ in OBJECT_PREPS):
        return (head if dep == "dobj" else head.head), "object"
    return None


def _embedded(tok: Token, depth: int) -> Factuality | None:
    """The value the word embedding the event passes on to it, if any."""
    found = _governor(tok)
    if found is None or depth >= EMBED_LIMIT:
        return None
    gov, how = found
    table = cue_table()
    if how == "purpose":
        return Factuality("intended", "to", modality="to")
    if how == "noun":
        cue = table.get("NOUN", gov)
        return Factuality(cue.value, f"{gov.text} to", modality=f"{gov.text} to") if cue is not None else None
    if how == "object" and depth == 0 and cue_of(tok) is not None:
        return None  # "denied the accusations": they were made; what they say is denied
    upper = _upper(gov, depth)
    if how == "content":  # what a denied claim says is negated, what a planned deal says is intended
        passed = upper.value != "asserted"
    elif how == "temporal":  # "will withdraw when the monitors arrive"; "withdrew when they arrived" is done
        passed = upper.value in FUTURE_LIKE and tok.tag_ != "VBD"
    elif how == "conj":  # "did not attack but fled": the negator stays with its verb
        passed = upper.value != "asserted" and not (upper.value == "negated" and upper.negated)
    if how in (
        "content",
        "temporal",
        "conj",
    ):  # a temporal clause has no modal of its own: "will" is the main verb's
        modality = None if how == "temporal" else upper.modality
        return Factuality(upper.value, upper.cue, modality=modality) if passed else None
    cue = table.get("ADJ", gov) if gov.pos_ == "ADJ" else table.get("VERB", gov)
    scoped = cue is not None and (how in cue.scope or (gov.pos_ == "ADJ" and how == "inf"))
    words = [*(a for a in gov.children if a.dep_ in ("aux", "auxpass", "neg") and a.tag_ != "MD"), gov]
    phrase = _words(words) + (f" {tok.head.lower_}" if tok.dep_ == "pcomp" else " to" if how == "inf" else "")
    if scoped and cue is not None and upper.value != "negated":
        return Factuality(cue.value, phrase, modality=phrase)
    if upper.value != "asserted" and (scoped or how == "inf"):  # "did not agree to lift", "would continue to"
        return Factuality(upper.value, _words_of(upper.cue, phrase), modality=phrase)
    return None


def _upper(gov: Token, depth: int) -> Factuality:
    """The governing word's own factuality; an adjective's is its copula's ("are not willing to")."""
    if gov.pos_ == "ADJ":
        return _local(gov.head) if gov.dep_ == "acomp" and gov.head.pos_ in ("VERB", "AUX") else Factuality()
    return factuality_of(gov, depth + 1)


def _words_of(cue: str | None, phrase: str) -> str:
    if not cue:
        return phrase
    return phrase if cue in phrase.split() else f"{cue} {phrase}"


def factuality_of(tok: Token, depth: int = 0) -> Factuality:
    """The factuality of the event whose trigger heads at `tok` (a verb or an event noun)."""
    local = _local(tok) if tok.pos_ in ("VERB", "AUX") else _noun_local(tok)
    if local.value != "asserted":
        return local
    inherited = _embedded(tok, depth)
    if inherited is None:
        return local
    return Factuality(inherited.value, inherited.cue, local.negated, local.modality or inherited.modality)


def _noun_local(noun: Token) -> Factuality:
    """An event noun's own value: "no agreement", "the planned merger", "a possible strike"."""
    table = cue_table()
    neg = next((c for c in noun.children if c.dep_ in ("det", "preconj") and table.negator(c)), None)
    if neg is None and noun.dep_ == "conj":  # "no gains or losses"
        neg = next((c for c in noun.head.children if c.dep_ in ("det", "preconj") and table.negator(c)), None)
    if neg is None and noun.dep_ == "pobj" and table.negator(noun.head):  # "without approval"
        neg = noun.head
    if neg is not None:
        return Factuality("negated", neg.text, True)
    for mod in (c for c in noun.children if c.dep_ == "amod"):
        cue = table.get("MOD", mod)
        if cue is not None:
            return Factuality(cue.value, mod.text)
    return Factuality()
