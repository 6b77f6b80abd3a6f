"""Relational nouns and owned bodies: "his father" again (the same father), "his son" of someone's
father (that someone), "the Chinese government" (China), "her party" (the party she speaks for)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon.known import lookup, lookup_demonym
from kg.resolve.features import Features
from kg.resolve.links import owner
from kg.resolve.passes.base import NOMINAL, link_pass
from kg.resolve.state import ORG_TYPES, Cluster, State
from kg.resolve.words import words

INVERSE_CLASSES = {"parent": "child", "child": "parent", "spouse": "spouse"}


def same_relation(s: State, f: Features) -> Cluster | None:
    """ "his father" again, with "his" the same person: the same father."""
    held = owner(s, s.doc[f.head])
    if held is None:
        return None
    for cluster in reversed(s.clusters):
        if any(word == f.lemma and other is held for word, other in cluster.relations):
            return cluster
    return None


def inverse_relation(s: State, f: Features) -> Cluster | None:
    """ "his son", with "his" someone's father: that someone ("Jane's father said his daughter ...")."""
    held = owner(s, s.doc[f.head])
    inverse: frozenset[str] = frozenset()
    for kind, other in INVERSE_CLASSES.items():
        if f.lemma in words(kind):
            inverse |= words(other)
    if held is None or not inverse:
        return None
    found = [other for word, other in held.relations if word in inverse and other.type == "Person"]
    return found[-1] if found and not found[-1].plural else None


def owned_body(s: State, f: Features) -> Cluster | None:
    """ "the Chinese government" -> China; "the Scientology organization" -> Scientology; "her party" ->
    the party she speaks for."""
    if f.type not in ORG_TYPES:
        return None
    for child in s.doc[f.head].lefts:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            found = _owned_by(s, f.lemma, child)
            if found is not None:
                return found
    return None


def _owned_by(s: State, lemma: str, child: Token) -> Cluster | None:
    held = s.at(child.i)
    body = held.affiliation if held is not None and held.type == "Person" else None
    if body is not None and lemma in name_words(body):
        return body
    if lemma in words("government"):
        country = lookup(child.text) or lookup_demonym(child.text)
        if country is not None and country.type == "Country":
            same = next((c for c in s.clusters if c.known is not None and c.known.id == country.id), None)
            return same or s.new("Country", country)
        if held is not None and held.type == "Country":
            return held
    if held is None or held.type != "Organization":
        return None
    if lemma in words("generic_body") | words("named_body") and child.dep_ != "poss":
        return held  # not "its elite group", a part of it
    if lemma in words("team") and child.dep_ == "compound":
        return held  # "the Chelsea side" (not "the US team Cloud9")
    return None


def name_words(cluster: Cluster) -> set[str]:
    """The words of an entity's names and head nouns, in lower case."""
    names = cluster.names + ([cluster.known.label, *cluster.known.names] if cluster.known else [])
    return {w.lower() for name in names for w in name.split()} | cluster.heads


PASSES = [
    link_pass("relations", {NOMINAL}, owned_body),
    link_pass("relations", {NOMINAL}, same_relation),
    link_pass("relations", {NOMINAL}, inverse_relation),
]
