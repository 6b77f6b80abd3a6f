"""The state a sieve pass sees: the article, the entities built so far (clusters) and the resolved
mentions, with the two operations that change them (attach a mention, merge two clusters)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.base import text_of
from kg.extract.quotes import find_quotes
from kg.lexicon.known import Known
from kg.lexicon.titles import role_words
from kg.records import EntityType, Span, Statement
from kg.resolve.features import Features
from kg.resolve.pronouns import Candidate, sentence_index
from kg.resolve.words import words

ORG_TYPES = frozenset({"Organization", "Country"})


@dataclass(eq=False)
class Cluster:
    """One entity being built: its names, head words, roles and mentions."""

    type: EntityType
    known: Known | None = None
    names: list[str] = field(default_factory=list)
    words: list[tuple[str, ...]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: bool = False
    mentions: list[Features] = field(default_factory=list)
    affiliation: Cluster | None = None
    evidence: Span | None = None  # the words that tie the person to `affiliation`
    modifiers: frozenset[str] = frozenset()
    phrases: set[tuple[str, ...]] = field(default_factory=set)
    relations: list[tuple[str, Cluster]] = field(default_factory=list)
    group_of: Cluster | None = None  # the person whose "we" this group is
    writer: bool = False  # the article's own "I", outside any quotation
    reader: bool = False  # the article's own "you", outside any quotation
    addressed_by: Cluster | None = None  # the speaker whose unnamed "you" this audience is
    quantified: bool = False  # "every team", "each officer": no one team or officer spoken of again
    age: int | None = None  # "Daniel Doe, 19,": what "the 19-year-old" and "the teenager" are said of
    nationality: str | None = None  # the country an epithet gave a person ("the Dutchman"), a body's
    country: str | None = None  # the country a body belongs to ("China's Ministry of Foreign Affairs")
    implied: bool = False  # a body no mention names, made for the role of a person who heads it
    votes: dict[str, int] = field(default_factory=dict)  # how often its names were typed a person, a body

    @property
    def named(self) -> bool:
        return bool(self.names) or self.known is not None


def compatible(a: EntityType, b: EntityType) -> bool:
    return a == b or (a in ORG_TYPES and b in ORG_TYPES)


def quote_regions(text: str) -> list[Span]:
    """The stretches of text inside quotation marks, one per paragraph a quotation spans."""
    return [Span(a, b, text[a:b]) for quote in find_quotes(text) for a, b in quote.pieces]


class State:
    """One article's resolution in progress."""

    def __init__(self, doc: Doc, statements: list[Statement]) -> None:
        self.doc = doc
        self.statements = statements
        self.sents = sentence_index(doc)
        self.sentences = list(doc.sents)
        self.quotes = quote_regions(text_of(doc))
        self.clusters: list[Cluster] = []
        self.by_token: dict[int, Cluster] = {}
        self.resolved: list[tuple[Features, Cluster]] = []
        self.thing = Cluster("Equipment")  # what "it" refers to when that is no actor (never an actor)
        self.chunks: list[tuple[Token, int, int]] | None = None  # the noun phrases, found once
        self.candidates: list[Candidate[Cluster]] = []
        self.mentions: list[Features] = []
        self.people: set[int] = set()
        self.described: dict[int, Features] = {}  # the name each description stands before
        self.feature_at: dict[int, Features] = {}  # each mention by its head token
        self.nobody = Cluster("Person")  # a pass's answer that a mention is to stay unresolved
        self.tie: Cluster | None = None  # the entity syntax tied the name in hand to
        self.retype: EntityType | None = None  # the type syntax gave the name in hand ("a group called X")
        self.speaker_heads: set[int] | None = None  # the head tokens of the statements' speakers

    def at(self, token: int | None) -> Cluster | None:
        """The cluster of the mention headed by a token."""
        return self.by_token.get(token) if token is not None else None

    def tokens(self, f: Features) -> list[Token]:
        return list(self.doc[f.first : f.last + 1])

    def attach(self, f: Features, cluster: Cluster) -> None:
        token = self.doc[f.head]
        cluster.mentions.append(f)
        self.by_token[f.head] = cluster
        self.resolved.append((f, cluster))
        self.candidates.append(Candidate(token, f.first, f.head + 1, cluster))
        # "his"/"her" are weaker evidence of sex than "he"/"she"
        subject = token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in words("personal_he_she")
        said = f.kind != "pronoun" or (cluster.type == "Person" and subject)
        if f.gender in ("male", "female") and cluster.gender is None and said:
            cluster.gender = f.gender
        if f.role:
            if f.kind == "name" and f.role not in cluster.roles:
                cluster.roles.append(f.role)
            cluster.heads.update(role_words(f.role))

    def move(self, f: Features, to: Cluster) -> None:
        """Take a resolved mention from its entity to another."""
        was = self.by_token.get(f.head)
        if was is None or was is to:
            return
        was.mentions = [m for m in was.mentions if m is not f]
        to.mentions.append(f)
        self.by_token[f.head] = to
        self.resolved = [(m, to if m is f else c) for m, c in self.resolved]
        for cand in self.candidates:
            if cand.head.i == f.head:
                cand.entity = to

    def new(self, entity_type: EntityType, known: Known | None = None) -> Cluster:
        cluster = Cluster(entity_type, known)
        self.clusters.append(cluster)
        return cluster

    def merge(self, keep: Cluster, gone: Cluster) -> Cluster:
        if keep is gone:
            return keep
        keep.mentions += gone.mentions
        keep.names += [n for n in gone.names if n not in keep.names]
        keep.words += [w for w in gone.words if w not in keep.words]
        keep.heads |= gone.heads
        keep.phrases |= gone.phrases
        keep.relations += gone.relations
        keep.roles += [r for r in gone.roles if r not in keep.roles]
        keep.known = keep.known or gone.known
        keep.gender = keep.gender or gone.gender
        if keep.affiliation is None:
            keep.affiliation, keep.evidence = gone.affiliation, gone.evidence
        keep.nationality = keep.nationality or gone.nationality
        keep.country = keep.country or gone.country
        keep.age = keep.age or gone.age
        for kind, count in gone.votes.items():
            keep.votes[kind] = keep.votes.get(kind, 0) + count
        for index, cluster in self.by_token.items():
            if cluster is gone:
                self.by_token[index] = keep
        for cand in self.candidates:
            if cand.entity is gone:
                cand.entity = keep
        self.resolved = [(m, keep if c is gone else c) for m, c in self.resolved]
        for cluster in self.clusters:
            if cluster.affiliation is gone:
                cluster.affiliation = keep if cluster is not keep else None
            if cluster.group_of is gone:
                cluster.group_of = keep
            if cluster.addressed_by is gone:
                cluster.addressed_by = keep
            cluster.relations = [(w, keep if o is gone else o) for w, o in cluster.relations]
        self.clusters.remove(gone)
        return keep
