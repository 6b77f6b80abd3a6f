"""A description right before the name it describes ("the match referee Jane Doe", "The former chief
operating officer, Jane Doe, ..."): resolved with the name, right after it."""

from __future__ import annotations

from kg.extract.base import text_of
from kg.extract.nominals import noun_lemma
from kg.resolve.features import Features
from kg.resolve.passes.base import NOMINAL, link_pass
from kg.resolve.passes.names import known
from kg.resolve.passes.relations import same_relation
from kg.resolve.state import Cluster, State
from kg.resolve.words import words

CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "—", "–"})


def described_names(s: State, mentions: list[Features]) -> dict[int, Features]:
    """The name each description stands right before, by the description's head token."""
    names = {f.span.start: f for f in mentions if f.kind == "name" and f.type is not None}
    heads = {f.head: f for f in names.values()}
    out: dict[int, Features] = {}
    for f in mentions:
        named = _described_name(s, f, names, heads)
        if named is not None:
            out[f.head] = named
    return out


def _described_name(
    s: State, f: Features, names: dict[int, Features], heads: dict[int, Features]
) -> Features | None:
    if f.kind != "nominal" or f.type not in ("Person", "Organization") or f.plural:
        return None  # "four companies, Gazprom, ...": a list, not one name
    token = s.doc[f.head]
    named = names.get(f.span.end + 1)
    if named is None:
        named = next((heads[c.i] for c in token.children if c.dep_ == "appos" and c.i in heads), None)
    if named is None and s.doc[f.first].is_sent_start and text_of(s.doc)[f.span.end : f.span.end + 2] == ", ":
        named = names.get(f.span.end + 2)  # "The former chief operating officer, Jane Doe will ..."
    if named is None and f.type == "Person":
        named = _name_ending_description(s, f, names)
    if named is None:
        return None
    if named.type == f.type:
        return named
    trade = f.type == "Person" and noun_lemma(token) in words("business_agent")
    return named if trade and named.type == "Organization" and known(named.span.text) else None


def _name_ending_description(s: State, f: Features, names: dict[int, Features]) -> Features | None:
    """A person's name closing a long description the parser ran into one phrase: "said the deputy
    head and treasurer of the club Jane Doe"."""
    token = s.doc[f.head]
    edge = token.right_edge
    span = s.doc[token.i : edge.i + 1]
    if edge.i <= token.i or any(t.pos_ in ("VERB", "AUX") or t.text in CLAUSE_MARKS for t in span):
        return None
    word_ends = {t.idx + len(t.text) for t in span}
    for named in names.values():
        closes = named.span.end == edge.idx + len(edge.text)
        if named.type == "Person" and closes and named.span.start - 1 in word_ends:
            return named if named.span.start > token.idx else None
    return None


def name_described(s: State, f: Features) -> Cluster | None:
    """The entity of the name a description stands before; "Her father John Doe" after "Jane and her
    father" makes the earlier father that entity too."""
    named = s.described.get(f.head)
    cluster = s.at(named.head) if named is not None else None
    if cluster is None:
        return None
    earlier = same_relation(s, f)
    if earlier is not None and not earlier.named:
        cluster = s.merge(cluster, earlier)
    return cluster


PASSES = [link_pass("described_name", {NOMINAL}, name_described, agree=True)]
