"""Pronoun antecedents by agreement, syntax and recency: candidates in the same sentence before the
pronoun (subjects first, then the nearest), then in the previous sentences (main-clause subjects first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

from kg.lexicon.words import pronoun_words, word_class

T = TypeVar("T")
REFLEXIVE = pronoun_words(kind="reflexive", person=3)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CAUSATIVE = word_class("causative_verb")
INHERITS_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
# prepositions whose verb is done by the clause's subject ("by selling it"); not "for" ("blamed the firm
# for firing them": the firm fires)
SUBJECT_ADJUNCTS = word_class("subject_adjunct")
SUBJECT_CONTROL = word_class("subject_control")  # "promised voters to cut taxes"


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, or the one it shares through coordination, control or a preposition
    ("divers are working to retrieve ... and have ...": the subject of "have" is "divers")."""
    for _ in range(6):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ in SUBJECT_ADJUNCTS
            and verb.head.head.pos_ in ("VERB", "AUX")
        ):
            verb = verb.head.head  # "divesting itself of the unit by selling it": the one divesting sells
            continue
        if verb.dep_ == "acl" and verb.head.lower_ == "order" and verb.head.dep_ == "pobj":
            verb = verb.head.head.head  # "accept a freeze in order to keep their jobs"
            continue
        if verb.dep_ not in INHERITS_SUBJECT or verb.head == verb:
            return None
        if verb.dep_ == "xcomp" and verb.head.lemma_ not in SUBJECT_CONTROL:
            controller = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if controller is not None:
                return controller  # "forced Apple to lower its prices": Apple lowers them
        verb = verb.head
    return None


def bound_subject(pronoun: Token) -> set[int]:
    """The tokens a non-reflexive pronoun cannot refer to (binding): the subject of the verb it is
    the object of, or of a causative verb whose small clause it is the subject of ("X had them
    analyzed": them is not X); a possessor inside that subject is free ("Jane's aide praised her")."""
    verb = pronoun.head
    if pronoun.dep_ in SUBJECT_DEPS and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in CAUSATIVE:
        verb = verb.head
    elif pronoun.dep_ not in ("dobj", "iobj"):
        return set()
    subject = clause_subject(verb)
    if subject is None or subject == pronoun:
        return set()
    free = {t.i for c in subject.children if c.dep_ == "poss" for t in c.subtree}
    return {t.i for t in subject.subtree} - free  # "Navy divers": neither the divers nor the Navy


PHRASE_DEPS = frozenset({"poss", "pobj", "prep", "appos", "compound", "nmod", "amod"})


def within_phrase_of(pronoun: Token, head: Token) -> bool:
    """Whether the pronoun sits inside the noun phrase headed by `head`, which it cannot refer to:
    "Herat, their home" (their is not Herat), "the director of his company"."""
    below = pronoun
    for above in pronoun.ancestors:
        if below.dep_ not in PHRASE_DEPS:
            return False
        if above.i == head.i:
            return True
        below = above
    return False


@dataclass
class Candidate(Generic[T]):
    """A mention already resolved: its head token, its span's token range and its entity."""

    head: Token
    start: int
    end: int
    entity: T


def _controls(subject: Token, reflexive: Token) -> bool:
    """Whether `subject` is the subject a reflexive's verb shares ("Teams had trouble getting
    themselves across": the teams)."""
    verb = reflexive.head
    for _ in range(4):
        found = clause_subject(verb)
        if found is not None and found.i == subject.i:
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token of a Doc."""
    out: list[int] = []
    for number, sent in enumerate(doc.sents):
        out += [number] * len(sent)
    return out


QUANTITIES = word_class("quantity")


def governing(head: Token) -> Token:
    """The token that carries a noun's role in its clause: "thousands" for "fans" in "thousands of fans
    donned costumes"."""
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in QUANTITIES:
        return of.head
    return head


def rank(candidate: Candidate[T], pronoun: Token, sents: list[int]) -> tuple[int, int, int]:
    """Smaller is better: sentence distance, then syntactic prominence (not a relative clause's subject
    from outside it), then nearness; a possessive's own clause subject first ("The Commission forced
    Apple to lower its prices": Apple)."""
    if pronoun.dep_ == "poss" and candidate.head.i == _own_subject(pronoun):
        return (0, -1, 0)
    head = governing(candidate.head)
    subject = head.dep_ in SUBJECT_DEPS
    main = subject and head.head.dep_ == "ROOT"
    distance = sents[pronoun.i] - sents[candidate.head.i]
    if subject and head.head.dep_ == "relcl" and not any(a.i == head.head.i for a in pronoun.ancestors):
        subject = (
            False  # "Fiat bought a stake in Chrysler, which had exited bankruptcy, and raised its holding"
        )
    if distance == 0:
        return (0, 0 if subject else 1, pronoun.i - candidate.head.i)
    return (distance, 0 if main else (1 if subject else 2), candidate.head.i)


def _own_subject(pronoun: Token) -> int | None:
    """The subject of the clause a pronoun is in, when another verb controls it (an object's)."""
    verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "xcomp":
        return None
    subject = clause_subject(verb)
    return subject.i if subject is not None and subject.dep_ == "dobj" else None


def antecedent(
    pronoun: Token,
    candidates: Sequence[Candidate[T]],
    agrees: Callable[[T], bool],
    sents: list[int],
    *,
    window: int = 2,
) -> T | None:
    """The entity a third-person pronoun refers to, or None when no candidate agrees nearby."""
    found = best_candidate(pronoun, candidates, agrees, sents, window=window)
    return found.entity if found is not None else None


def best_candidate(
    pronoun: Token,
    candidates: Sequence[Candidate[T]],
    agrees: Callable[[T], bool],
    sents: list[int],
    *,
    window: int = 2,
) -> Candidate[T] | None:
    """The mention a third-person pronoun points back to, or None when no candidate agrees nearby."""
    reflexive = pronoun.lower_ in REFLEXIVE
    bound = set() if reflexive else bound_subject(pronoun)
    best: tuple[tuple[int, int, int], Candidate[T]] | None = None
    bound_entities = {id(c.entity) for c in candidates if c.head.i in bound}  # "he would assist him"
    for cand in candidates:
        head = cand.head
        if (
            head.i >= pronoun.i
            or sents[pronoun.i] - sents[head.i] > window
            or cand.start <= pronoun.i < cand.end
            or within_phrase_of(pronoun, head)
        ):
            continue
        if not agrees(cand.entity):
            continue
        same_clause = head.head == pronoun.head and head.dep_ in SUBJECT_DEPS
        if reflexive and not same_clause and not _controls(head, pronoun):
            continue
        if not reflexive and same_clause and pronoun.dep_ in ("dobj", "iobj"):
            continue  # binding: "Smith praised him" is not Smith
        if head.i in bound or id(cand.entity) in bound_entities:
            continue  # binding through shared subjects and causatives
        key = rank(cand, pronoun, sents)
        if best is None or key < best[0]:
            best = (key, cand)
    return best[1] if best else None


def coordinated(head: Token) -> bool:
    """Whether a noun is one conjunct of "X and Y" (a plural pronoun after it is both of them)."""
    nouns = ("NOUN", "PROPN")
    if head.dep_ == "conj" and head.head.pos_ in nouns:
        return True
    return any(c.dep_ == "conj" and c.pos_ in nouns for c in head.children)
