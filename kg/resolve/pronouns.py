"""Pronoun antecedents by agreement, syntax and recency: candidates in the same sentence before the
pronoun (subjects first, then the nearest), then in the previous sentences (main-clause subjects first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

T = TypeVar("T")
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Candidate(Generic[T]):
    """A mention already resolved: its head token, its span's token range and its entity."""

    head: Token
    start: int
    end: int
    entity: T


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token of a Doc."""
    out: list[int] = []
    for number, sent in enumerate(doc.sents):
        out += [number] * len(sent)
    return out


def rank(candidate: Candidate[T], pronoun: Token, sents: list[int]) -> tuple[int, int, int]:
    """Smaller is better: sentence distance, then syntactic prominence, then nearness."""
    head = candidate.head
    subject = head.dep_ in SUBJECT_DEPS
    main = subject and head.head.dep_ == "ROOT"
    distance = sents[pronoun.i] - sents[head.i]
    if distance == 0:
        return (0, 0 if subject else 1, pronoun.i - head.i)
    return (distance, 0 if main else (1 if subject else 2), head.i)


def antecedent(
    pronoun: Token,
    candidates: Sequence[Candidate[T]],
    agrees: Callable[[T], bool],
    sents: list[int],
    *,
    window: int = 2,
) -> T | None:
    """The entity a third-person pronoun refers to, or None when no candidate agrees nearby."""
    reflexive = pronoun.lower_ in REFLEXIVE
    best: tuple[tuple[int, int, int], T] | None = None
    for cand in candidates:
        head = cand.head
        if (
            head.i >= pronoun.i
            or sents[pronoun.i] - sents[head.i] > window
            or cand.start <= pronoun.i < cand.end
        ):
            continue
        if not agrees(cand.entity):
            continue
        same_clause = head.head == pronoun.head and head.dep_ in SUBJECT_DEPS
        if reflexive and not same_clause:
            continue
        if not reflexive and same_clause and pronoun.dep_ in ("dobj", "iobj"):
            continue  # binding: "Smith praised him" is not Smith
        key = rank(cand, pronoun, sents)
        if best is None or key < best[0]:
            best = (key, cand.entity)
    return best[1] if best else None
