"""Actor resolution within an article as a multi-pass sieve (Lee et al. 2013): mention features computed
once, then the ordered passes of kg.resolve.passes, then whole-entity merges."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from kg.lexicon.known import lookup, lookup_demonym
from kg.lexicon.titles import name_gender, role_words
from kg.lexicon.words import person_org_nouns
from kg.records import EntityType, Event, Mention, Statement
from kg.resolve.affiliations import country_of_body, tie_affiliations
from kg.resolve.features import Features, features_of, speaker_mentions
from kg.resolve.links import affiliation, owner, quote_speaker_token
from kg.resolve.passes import PASSES
from kg.resolve.passes.base import CATAPHOR, FIRST_PERSON, NAME, NOMINAL, SELF_DESCRIBED, Pass
from kg.resolve.passes.described import described_names
from kg.resolve.passes.groups import described
from kg.resolve.passes.names import known
from kg.resolve.passes.quotation import mention_class
from kg.resolve.passes.roles import age_of, phrase, stated_age
from kg.resolve.result import Resolution, result
from kg.resolve.state import ORG_TYPES, Cluster, State, compatible
from kg.resolve.words import words

SKIP_ENV = "KG_RESOLVE_SKIP"
STAGES = {CATAPHOR: 1, FIRST_PERSON: 2, SELF_DESCRIBED: 3}
PERSON_OR_BODY: tuple[EntityType, EntityType] = ("Person", "Organization")


def active_passes() -> list[Pass]:
    """The passes in order, less those `KG_RESOLVE_SKIP` names."""
    skip = {name.strip() for name in os.environ.get(SKIP_ENV, "").split(",") if name.strip()}
    return [p for p in PASSES if p.name not in skip]


def pass_names() -> list[str]:
    """The names of the passes, in order, each once."""
    return list(dict.fromkeys(p.name for p in PASSES))


def resolve(
    doc: Doc,
    mentions: list[Mention],
    *,
    statements: Sequence[Statement] = (),
    events: Sequence[Event] = (),
) -> Resolution:
    """Actors from the mentions of one parsed article (and the speaker spans of its statements)."""
    s = State(doc, list(statements))
    every = list(mentions) + speaker_mentions(doc, list(mentions), s.statements)
    found = [features_of(doc, m, s.sents, s.quotes) for m in every]
    found.sort(key=lambda f: (doc[f.head].idx, f.span.start))
    s.mentions = found
    s.people = {f.head for f in found if f.type == "Person" and f.kind != "pronoun"}
    s.feature_at = {f.head: f for f in found}
    s.described = described_names(s, found)
    passes = active_passes()
    offered: dict[str, list[Pass]] = {}  # the passes that link a class of mention, in order
    for f, kind in _in_order(s, found):
        if kind not in offered:
            offered[kind] = [p for p in passes if kind in p.takes and p.link is not None]
        _resolve_one(s, f, kind, offered[kind])
    for step in passes:
        if step.merge is not None:
            step.merge(s)
    tie_affiliations(s)
    return result(s)


def _in_order(s: State, found: list[Features]) -> Iterable[tuple[Features, str]]:
    """Names, nominals and pronouns in text order, a mention waiting for another right after it (a
    description for the name it stands before, a pronoun in a quotation for the quotation's speaker
    named after it), then possessives pointing ahead, first person, and descriptions of "I"."""
    waiting: dict[int, list[Features]] = {}
    for f in found:
        anchor = _waits_for(s, f)
        if anchor is not None:
            waiting.setdefault(anchor, []).append(f)
    deferred = {id(f) for group in waiting.values() for f in group}
    staged: list[tuple[int, int, Features, str]] = []

    def stage(f: Features, number: int) -> None:
        kind = mention_class(f, s) or f.kind
        staged.append((STAGES.get(kind, 0), number, f, kind))
        for later in waiting.get(f.head, []):
            stage(replace(later, type=f.type) if later.kind == NOMINAL else later, number)

    for number, f in enumerate(found):
        if id(f) not in deferred:
            stage(f, number)
    for _, _, f, kind in sorted(staged, key=lambda item: (item[0], item[1])):
        yield f, kind


def _waits_for(s: State, f: Features) -> int | None:
    """The head token of the mention `f` is resolved after, if any."""
    named = s.described.get(f.head)
    if named is not None:
        return named.head
    if f.kind != "pronoun" or f.quote is None or f.word not in words("third_person"):
        return None
    speaker = quote_speaker_token(s, f.span)
    return speaker if speaker is not None and speaker > f.head and speaker in s.feature_at else None


def _resolve_one(s: State, f: Features, kind: str, offered: list[Pass]) -> None:
    if kind == NAME and not f.names:
        return  # nothing of a name left once normalized ("--")
    s.tie, s.retype = None, None
    for step in offered:
        if step.tie and step.link is not None:
            s.tie = s.tie or step.link(s, f)
    if s.retype is not None:
        f = replace(f, type=s.retype)
    hit = None
    for step in offered:
        if not step.tie and step.link is not None:
            hit = step.link(s, f)
            if hit is not None and (not step.agree or hit is s.nobody or _agrees(f, hit)):
                break
            hit = None
    if kind == NAME:
        _finish_name(s, f, hit)
    elif kind == NOMINAL:
        _finish_nominal(s, f, hit)
    elif hit is not None and hit is not s.nobody:
        record(s, f, hit)


def _agrees(f: Features, cluster: Cluster) -> bool:
    """A description joins an entity of a compatible type; a plural never a named person."""
    if not compatible(cluster.type, f.type or cluster.type):
        return False
    return not (cluster.type == "Person" and cluster.named and f.plural)


def _finish_name(s: State, f: Features, match: Cluster | None) -> None:
    words_ = f.names
    if not words_:
        return
    if match is not None and _one_word_body(f, match):
        match.type = "Organization"  # "Chelsea" typed a person before, a body here: a body
    if f.type is None and match is None and s.tie is None:
        return
    cluster = s.tie
    if cluster is not None and match is not None:
        cluster = s.merge(match, cluster) if match.named else s.merge(cluster, match)
    cluster = cluster or match
    if cluster is not None and cluster.type == "Place" and f.type in ORG_TYPES:
        cluster.type = f.type
    if cluster is None:
        cluster = _new_named(s, f)
    _vote(cluster, f)
    if words_ not in cluster.words and f.type is not None:
        cluster.words.append(words_)
        cluster.names.append(f.span.text)
    if cluster.type == "Person" and cluster.gender is None and len(words_) > 1:
        cluster.gender = name_gender(words_[0])
    if cluster.type in ORG_TYPES:
        nouns = person_org_nouns()
        cluster.heads.update(w for w in words_ if w in nouns)
    record(s, f, cluster)


def _vote(cluster: Cluster, f: Features) -> None:
    """A name typed a person more often than a body (or the other way) is of that type: the model's
    guess for one mention ("[Jane Roe]ORG" in a headline) gives way to the rest of the article's."""
    if f.type not in PERSON_OR_BODY or cluster.type not in PERSON_OR_BODY or cluster.known is not None:
        return
    cluster.votes[f.type] = cluster.votes.get(f.type, 0) + 1
    other = next(t for t in PERSON_OR_BODY if t != cluster.type)
    if cluster.votes.get(other, 0) > cluster.votes.get(cluster.type, 0) + 1:
        cluster.type = other


def _one_word_body(f: Features, match: Cluster) -> bool:
    return (
        f.type == "Organization"
        and match.type == "Person"
        and len(f.names) == 1
        and all(len(w) == 1 for w in match.words)
        and not match.roles
        and name_gender(f.names[0]) is None
    )


def _new_named(s: State, f: Features) -> Cluster:
    entity_type = f.type or "Person"
    curated = known(f.span.text) if entity_type in ORG_TYPES else None
    if curated is not None:
        entity_type = curated.type
    cluster = s.new(entity_type, curated)
    if entity_type == "Organization" and curated is None:
        countries = _country_of(s, f)
        nouns = person_org_nouns()
        if any(nouns.get(w, ("",))[0] == "Organization" for w in f.names):  # "China's Ministry of ..."
            cluster.modifiers = frozenset(countries)  # a generic body: the country's own
            cluster.country = country_of_body(cluster.modifiers)
        country = lookup(countries[0]) if countries else None
        cluster.nationality = country.id if country is not None else None  # "India's ONGC"
    return cluster


def _country_of(s: State, f: Features) -> list[str]:
    """The country label that owns a generic body named after it: "China's Ministry of Foreign Affairs"
    (not "U.S. Northern Command", whose name holds its country)."""
    for child in s.doc[f.root].lefts:
        if child.dep_ in ("poss", "amod", "compound") and child.idx < f.span.start:
            country = lookup(child.text) or lookup_demonym(child.text)
            if country is not None and country.type == "Country":
                return [country.label]
    return []


def _finish_nominal(s: State, f: Features, hit: Cluster | None) -> None:
    if hit is s.nobody:
        return
    cluster = hit
    if cluster is None:
        cluster = s.new(f.type or "Person")
        cluster.plural = f.plural
        cluster.modifiers = f.modifiers
        cluster.quantified = f.det in words("quantifier")
    token = s.doc[f.head]
    cluster.heads.add(f.lemma)
    cluster.heads.update(role_words(f.lemma))
    cluster.phrases.add(phrase(s.tokens(f)))
    if f.plural and described(token):
        cluster.phrases.add(phrase(described(token)))
    held = owner(s, token)
    if held is not None:
        cluster.relations.append((f.lemma, held))
    record(s, f, cluster)


def record(s: State, f: Features, cluster: Cluster) -> None:
    """Attach a mention to its entity, and learn what the mention says of it (body, age)."""
    s.attach(f, cluster)
    if cluster.type != "Person":
        return
    if cluster.affiliation is None:
        tie = affiliation(s, f)
        if tie is not None and tie[0] is not cluster:
            cluster.affiliation, cluster.evidence = tie
    if cluster.age is None:
        tokens = s.tokens(f)
        cluster.age = age_of(tokens) if f.word in words("age_noun") else stated_age(tokens)
