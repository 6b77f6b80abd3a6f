"""The resolver's answer: one Actor per entity built, with a key that meets across articles, and which
span resolves to which actor."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.extract.base import text_of
from kg.lexicon.known import spellings
from kg.lexicon.names import normalize_name
from kg.records import Actor, Affiliation, Span
from kg.resolve.keys import TYPE_PREFIX, body_key, canonical_id, label_of, slug
from kg.resolve.state import Cluster, State
from kg.resolve.words import words


@dataclass
class Resolution:
    """The actors of one article and which span resolves to which actor."""

    actors: list[Actor] = field(default_factory=list)
    by_span: dict[tuple[int, int], str] = field(default_factory=dict)
    by_head: dict[tuple[int, int], str] = field(default_factory=dict)
    sides: dict[str, str] = field(default_factory=dict)  # an actor's side: its body, or a body's country
    doc: Doc | None = field(default=None, repr=False)
    _index: list[tuple[int, int, int, str]] = field(default_factory=list, repr=False, compare=False)

    def side_of(self, actor_id: str | None) -> str | None:
        """The side a speaker speaks for: a person's body, a body's country."""
        return self.sides.get(actor_id) if actor_id is not None else None

    def actor_of(self, span: Span) -> str | None:
        """The actor a span resolves to: the same span, else the mention headed by the span's syntactic
        head, else the mention inside it that ends last."""
        exact = self.by_span.get((span.start, span.end))
        if exact is not None:
            return exact
        if self.doc is not None:
            chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if chars is not None and len(chars):
                root = chars.root
                found = self.by_head.get((root.idx, root.idx + len(root.text)))
                if found is not None:
                    return found
        best: tuple[int, int, str] | None = None
        for _start, end, order, actor_id in self._inside(span):
            if best is None or (end, -order) > best[:2]:
                best = (end, -order, actor_id)
        return best[2] if best else None

    def actors_within(self, span: Span) -> set[str]:
        """The actors with a mention inside `span`."""
        return {a for _s, _e, _o, a in self._inside(span)}

    def _inside(self, span: Span) -> Iterator[tuple[int, int, int, str]]:
        """(start, end, order written, actor) of the mentions inside `span`, through an index sorted by
        start (built once), so that linking a long article stays near-linear."""
        if len(self._index) != len(self.by_span):
            self._index = sorted((s, e, n, a) for n, ((s, e), a) in enumerate(self.by_span.items()))
        at = bisect_left(self._index, (span.start,))
        while at < len(self._index) and self._index[at][0] <= span.end:
            if self._index[at][1] <= span.end:
                yield self._index[at]
            at += 1


def result(s: State) -> Resolution:
    """The Resolution of a finished sieve."""
    out = Resolution(doc=s.doc)
    digest = hashlib.sha1(text_of(s.doc).encode("utf-8")).hexdigest()[:8]
    by_id: dict[str, Actor] = {}
    ids: dict[int, str] = {}
    for cluster in s.clusters:
        if not cluster.mentions and not cluster.implied:
            continue
        actor_id, label = identity(cluster, digest)
        ids[id(cluster)] = actor_id
        actor = by_id.get(actor_id)
        if actor is None:
            wikidata = cluster.known.wikidata if cluster.known else None
            actor = by_id[actor_id] = Actor(actor_id, label, cluster.type, wikidata=wikidata)
            actor.audience = cluster.reader or cluster.addressed_by is not None
            out.actors.append(actor)
        actor.aliases += [n for n in cluster.names if n != actor.label and n not in actor.aliases]
        actor.roles += [r for r in cluster.roles if r not in actor.roles]
        for m in cluster.mentions:
            actor.mentions.append(m.span)
            out.by_span[(m.span.start, m.span.end)] = actor_id
            head = m.mention.head or m.span
            out.by_head[(head.start, head.end)] = actor_id
        actor.mentions += described_names(text_of(s.doc), cluster)
    for actor in out.actors:
        actor.mentions = sorted(set(actor.mentions))
    _affiliations(s, out, by_id, ids)
    return out


def _affiliations(s: State, out: Resolution, by_id: dict[str, Actor], ids: dict[int, str]) -> None:
    """Each person's body (with the words that tie them) and each government body's country."""
    for cluster in s.clusters:
        member = ids.get(id(cluster))
        if member is None:
            continue
        if cluster.type == "Person" and cluster.affiliation is not None:
            body, evidence = ids.get(id(cluster.affiliation)), cluster.evidence
        elif cluster.type == "Organization" and cluster.country is not None:
            named = next((m.span for m in cluster.mentions if m.kind == "name"), None)
            body, evidence = cluster.country, named or cluster.evidence
        else:
            continue
        if body is None or body == member or body not in by_id:
            continue
        if all(a.body != body for a in by_id[member].member_of):
            by_id[member].member_of.append(Affiliation(body, evidence))
        out.sides.setdefault(member, body)


def described_names(text: str, cluster: Cluster) -> list[Span]:
    """The whole noun phrase of a name and the description set beside it, both of one entity: before
    it ("U.S. automaker Globex", "Initech CEO Jane Doe") or in apposition either way ("Jane Doe, the
    firm's founder", "the carmaker, Globex"): a mention of that entity as well as its two parts."""
    starts = {m.span.start: m for m in cluster.mentions if m.kind in ("name", "nominal")}
    out: list[Span] = []
    for m in cluster.mentions:
        for gap in (" ", ", "):
            after = starts.get(m.span.end + len(gap))
            if after is None or text[m.span.end : after.span.start] != gap or {m.kind, after.kind} != PAIR:
                continue
            if gap == " " and m.kind != "nominal":
                continue  # "Globex the carmaker": no phrase of the language
            out.append(Span(m.span.start, after.span.end, text[m.span.start : after.span.end]))
    return out


PAIR = frozenset({"name", "nominal"})


def identity(cluster: Cluster, digest: str) -> tuple[str, str]:
    """An entity's id and label: a named entity's key is its canonical name (the same in every article);
    a description's is local to the article (its digest and offset)."""
    if cluster.known is not None:
        return cluster.known.id, cluster.known.label
    if cluster.names:
        return _named_identity(cluster)
    prefix = TYPE_PREFIX[cluster.type]
    first = cluster.mentions[0]
    if cluster.writer:
        return f"{prefix}/writer-{digest}", "the writer"
    if cluster.reader:
        return f"{prefix}/reader-{digest}", "the reader"
    if cluster.addressed_by is not None:
        return f"{prefix}/audience-{digest}-{first.span.start}", "the audience"
    if cluster.group_of is not None and cluster.group_of.writer:
        return f"{prefix}/writers-{digest}", "the writers"
    if cluster.group_of is not None and cluster.group_of.names:
        person = max(cluster.group_of.names, key=lambda n: len(n.split()))
        return f"{prefix}/group-of-{slug(person)}-{digest}", f"{person}'s group"
    if cluster.type == "Equipment":
        lemmas = [m.role for m in cluster.mentions if m.role]
        lemma = max(lemmas, key=lambda w: (lemmas.count(w), -lemmas.index(w))) if lemmas else "equipment"
        return f"{prefix}/{slug(lemma)}", lemma
    said = first.span.text.split()
    if said and said[0].lower() in words("definite") | {"a", "an"}:
        said = said[1:]
    text = " ".join(said) or first.span.text
    return f"{prefix}/{slug(text)}-{digest}-{first.span.start}", text


def _named_identity(cluster: Cluster) -> tuple[str, str]:
    best = max(cluster.names, key=lambda n: (len(normalize_name(n).split()), -cluster.names.index(n)))
    if cluster.type == "Person" and cluster.words:  # without letters after the name ("Jane Doe FRS")
        longest: tuple[str, ...] = max(cluster.words, key=len)
        best = " ".join(longest)
    if cluster.type == "Organization":
        best = body_key(best)
    if cluster.type == "Organization" and cluster.modifiers:
        best = " ".join(sorted(cluster.modifiers)) + " " + best
    actor_id = canonical_id(best, cluster.type)
    if cluster.type == "Equipment":  # "equipment/black-hawk" -> "Black Hawk"
        return actor_id, re.sub(r"\b([A-Z]) (\d+)\b", r"\1-\2", label_of(actor_id))
    curated = spellings() if cluster.type != "Person" else None
    return actor_id, label_of(actor_id, curated, cluster.names)
