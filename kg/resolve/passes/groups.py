"""Groups of people: a plural described again in the same words ("pregnant women", "children born in
this country"), a bare generic plural said again in its sentence ("users"), the authors of a study
(its researchers), what "every team" ranges over; each "someone" is a person of their own."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.nominals import INDEFINITE_PEOPLE, noun_lemma
from kg.resolve.features import Features
from kg.resolve.passes.base import NOMINAL, link_pass
from kg.resolve.passes.roles import phrase
from kg.resolve.state import Cluster, State
from kg.resolve.words import words

RESTRICTING = ("relcl", "acl", "prep")


def someone(s: State, f: Features) -> Cluster | None:
    """Each "someone" or "anyone" is a person of their own."""
    return s.new("Person") if f.lemma in INDEFINITE_PEOPLE else None


def same_phrase(s: State, f: Features) -> Cluster | None:
    """A plural noun phrase repeated word for word ("pregnant women", "IE6 users"): the same group."""
    if not f.plural or f.det in words("indefinite"):
        return None
    said = phrase(s.tokens(f))
    if len(said) < 2:  # "people" twice is seldom the same people
        return None
    return next((c for c in reversed(s.clusters) if c.plural and said in c.phrases), None)


def same_description(s: State, f: Features) -> Cluster | None:
    """A bare plural described again in the same words ("children born in this country"), one of the two
    descriptions running on where the parser hung more words on it: the same group."""
    said = phrase(described(s.doc[f.head]))
    if not f.plural or not said:
        return None
    for cluster in reversed(s.clusters):
        if cluster.plural and any(
            min(len(p), len(said)) >= 4 and p[: len(said)] == said[: len(p)] for p in cluster.phrases
        ):
            return cluster
    return None


def generic(f: Features) -> bool:
    """A bare generic plural: "people", "users", "children"."""
    return f.plural and f.det not in words("definite") and f.lemma in words("generic_plural")


def generic_again(s: State, f: Features) -> Cluster | None:
    """The group a bare generic plural is when its sentence names what set that group apart ("IE6 users
    ... persuade users to stop using IE6"), or the same plural said again in its sentence ("allows users
    to record video, and will allow users to control the phone"; not "people who vote and people who
    do not")."""
    if not generic(f):
        return None
    token = s.doc[f.head]
    sentence = {t.lower_ for t in token.sent if t.i != token.i}
    for _, cluster in reversed(s.resolved):
        group = cluster.type == "Person" and cluster.plural and f.lemma in cluster.heads
        if group and cluster.modifiers and cluster.modifiers <= sentence:
            return cluster
    if f.modifiers or any(c.dep_ in RESTRICTING for c in token.rights):
        return None
    for m, cluster in reversed(s.resolved):
        if m.sentence != f.sentence:
            break
        head = s.doc[m.head]
        if m.kind == "nominal" and noun_lemma(head) == f.lemma and cluster.plural and not cluster.modifiers:
            return None if any(c.dep_ in RESTRICTING for c in head.rights) else cluster
    return None


def researchers(s: State, f: Features) -> Cluster | None:
    """ "The report's authors" after "researchers say": the latest unnamed group of researchers."""
    if f.lemma not in words("author") or not f.plural or not _of_research(s.doc[f.head]):
        return None
    for _, cluster in reversed(s.resolved):
        if (
            cluster.type == "Person"
            and cluster.plural
            and not cluster.named
            and cluster.heads & words("researcher")
        ):
            return cluster
    return None


def _of_research(token: Token) -> bool:
    """Whether a noun belongs to a study or report: "the study's authors", "the authors of the report"."""
    owners = [c for c in token.lefts if c.dep_ == "poss"]
    owners += [g for c in token.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(noun_lemma(owner) in words("research_work") for owner in owners)


def every_member(s: State, f: Features) -> Cluster | None:
    """ "Every team", "each officer": the unnamed group of teams or officers described most often."""
    if f.det not in ("every", "each") or f.plural:
        return None
    groups: list[Cluster] = []
    for _, cluster in reversed(s.resolved):
        fits = cluster.plural and not cluster.named and f.lemma in cluster.heads and cluster.type == f.type
        if fits and cluster not in groups:
            groups.append(cluster)
    return max(groups, key=lambda group: sum(m.kind != "pronoun" for m in group.mentions), default=None)


def described(token: Token) -> list[Token]:
    """A bare plural with what describes it after it, when that is a clause or a phrase of several words
    ("children born in this country"), else nothing."""
    if any(t.dep_ == "det" for t in token.lefts):
        return []
    after = [t for c in token.rights if c.dep_ in RESTRICTING for t in c.subtree]
    return [token, *after] if len(after) >= 3 else []


FIRST_PASSES = [link_pass("someone", {NOMINAL}, someone)]
PASSES = [
    link_pass("same_description", {NOMINAL}, same_phrase),
    link_pass("same_description", {NOMINAL}, same_description),
    link_pass("generic_groups", {NOMINAL}, generic_again),
    link_pass("generic_groups", {NOMINAL}, researchers),
    link_pass("generic_groups", {NOMINAL}, every_member),
]
