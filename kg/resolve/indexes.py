"""Indexes over a resolution in progress, kept up to date as it grows, so that a pass asks about the
mentions near a token or the entities with a head noun without scanning the whole article: resolution
stays near-linear on texts of thousands of mentions, and answers exactly as the scans did.

Each index is cached on the State and extended with what was attached since; a list the State
replaced (a merge rewrites `resolved`) is indexed again from the start.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from spacy.tokens import Token

from kg.resolve.pronouns import Candidate
from kg.resolve.state import Cluster, State


@dataclass
class _Index:
    resolved: list = field(default_factory=list)  # the `s.resolved` list indexed (by identity)
    seen_resolved: int = 0
    latest: dict[int, tuple[int, Cluster]] = field(default_factory=dict)  # cluster id -> (position, it)
    seen_candidates: int = 0
    by_sentence: dict[int, list[tuple[int, Candidate[Cluster]]]] = field(default_factory=dict)
    taken: set[int] = field(default_factory=set)  # tokens inside a resolved mention
    roots: list[int] | None = None  # the root token of each noun chunk, in order


_INDEXES: WeakKeyDictionary[State, _Index] = WeakKeyDictionary()


def _index(s: State) -> _Index:
    index = _INDEXES.get(s)
    if index is None:
        index = _INDEXES[s] = _Index()
    if index.resolved is not s.resolved:
        index.resolved, index.seen_resolved, index.latest = s.resolved, 0, {}
    for position in range(index.seen_resolved, len(s.resolved)):
        mention, cluster = s.resolved[position]
        if mention.kind != "pronoun":
            index.latest[id(cluster)] = (position, cluster)
    index.seen_resolved = len(s.resolved)
    for number in range(index.seen_candidates, len(s.candidates)):  # candidates are only appended
        cand = s.candidates[number]
        index.by_sentence.setdefault(s.sents[cand.head.i], []).append((number, cand))
        index.taken.update(range(cand.start, cand.end))
    index.seen_candidates = len(s.candidates)
    return index


def latest_named_by(s: State, lemma: str) -> list[Cluster]:
    """The entities an earlier mention other than a pronoun gave a head noun `lemma`, the latest first
    (as `reversed(s.resolved)` meets them, each once)."""
    found = [(p, c) for p, c in _index(s).latest.values() if lemma in c.heads]
    return [c for _, c in sorted(found, key=lambda item: item[0], reverse=True)]


def candidates_near(s: State, first: int, last: int) -> list[Candidate[Cluster]]:
    """The candidates whose head lies in sentences `first` to `last`, in the order they came."""
    by_sentence = _index(s).by_sentence
    found = [item for n in range(first, last + 1) for item in by_sentence.get(n, ())]
    return [cand for _, cand in sorted(found, key=lambda item: item[0])]


def taken_tokens(s: State) -> set[int]:
    """The tokens inside a mention already resolved."""
    return _index(s).taken


def chunks_between(s: State, first_token: int, before: Token) -> list[tuple[Token, int, int]]:
    """The noun chunks whose root lies from token `first_token` up to (not at) `before`."""
    if s.chunks is None:
        s.chunks = [(c.root, c.start, c.end) for c in s.doc.noun_chunks]
    index = _index(s)
    if index.roots is None or len(index.roots) != len(s.chunks):
        index.roots = [root.i for root, _, _ in s.chunks]
    return s.chunks[bisect_left(index.roots, first_token) : bisect_left(index.roots, before.i)]
