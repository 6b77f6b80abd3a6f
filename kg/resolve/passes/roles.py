"""Role holders: a description that stands for a person or body named before by what was said of them:
"the executive" (the body whose name ends so), "the 19-year-old" and "the teenager" (the one person of
that age), "the Dutchman" and "the former champion" (the person just named), "the Craiova-based car
maker" (the body whose name holds Craiova); a title spoken of before its holder is named."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from kg.lexicon.known import is_nationality_noun, lookup_demonym
from kg.lexicon.titles import title_length
from kg.resolve.features import Features
from kg.resolve.passes.base import NOMINAL, link_pass, merge_pass
from kg.resolve.pronouns import antecedent
from kg.resolve.state import Cluster, State
from kg.resolve.words import words

ADULT_AGE = 20


def body_person(s: State, f: Features) -> Cluster | None:
    """ "the executive" after "the Scottish Executive": the body, not a manager."""
    if f.lemma not in words("body_person") or f.det not in words("definite") or f.plural or f.modifiers:
        return None
    for cand in reversed(s.candidates):
        body = cand.entity
        if body.type == "Organization" and body.named and any(w[-1:] == (f.lemma,) for w in body.words):
            return body
    return None


def of_age(s: State, f: Features) -> Cluster | None:
    """The one named person said to be an age, gender agreeing: "Daniel Doe, 19, ... a 19 year old"."""
    if f.word not in words("age_noun"):
        return None
    age = age_of(s.tokens(f))
    return None if age is None else _one_person(s, lambda a: a == age, f.gender)


def young(s: State, f: Features) -> Cluster | None:
    """ "the kid", "the teenager": the one named person said to be under 20."""
    if f.lemma not in words("young") or f.det not in words("definite") or f.plural or f.modifiers:
        return None
    return _one_person(s, lambda a: a < ADULT_AGE, f.gender)


def _one_person(s: State, fits: Callable[[int], bool], gender: str | None) -> Cluster | None:
    found = {
        id(c): c
        for _, c in s.resolved
        if c.type == "Person"
        and c.named
        and not c.plural
        and c.age is not None
        and fits(c.age)
        and c.gender in (None, gender or c.gender)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def epithet(s: State, f: Features) -> Cluster | None:
    """The named person an epithet stands for ("the Dutchman", "the 29-year-old said", "the former
    champion said"), found as "he" is, in the sentences before; one nationality each."""
    token = s.doc[f.head]
    described = f.word in words("age_noun") or any(t.lower_ in words("former") for t in token.lefts)
    is_epithet = is_nationality_noun(token.text) or (described and f.dep in ("nsubj", "nsubjpass"))
    if not is_epithet or f.det != "the" or f.plural or f.type != "Person":
        return None
    nation = lookup_demonym(token.text[:-3] if token.text.endswith("man") else token.text)
    if token.text.endswith("woman"):
        nation = lookup_demonym(token.text[:-5])
    earlier = [c for c in s.candidates if s.sents[c.head.i] < f.sentence]

    def agrees(c: Cluster) -> bool:
        if nation is not None and c.nationality not in (None, nation.id):
            return False
        return c.type == "Person" and c.named and not c.plural and c.gender in (None, f.gender or c.gender)

    found = antecedent(token, earlier, agrees, s.sents, window=1)
    if found is not None and nation is not None:
        found.nationality = nation.id
    return found


def based_in(s: State, f: Features) -> Cluster | None:
    """The body whose name holds the place a description says it is based in: "the Craiova-based car
    maker" after "Automobile Craiova"."""
    if f.type != "Organization" or f.plural:
        return None
    token = s.doc[f.head]
    places = {c.lower_ for m in token.lefts if m.lower_ == "based" for c in m.children if c.pos_ == "PROPN"}
    if not places:
        return None
    for _, cluster in reversed(s.resolved):
        named_there = any(places & {w.lower() for w in name.split()} for name in cluster.names)
        if cluster.type == "Organization" and named_there:
            return cluster
    return None


def titles_named_later(s: State) -> None:
    """A title spoken of before its holder is named ("The home secretary said ... Home Secretary Jane Doe
    told ..."): the one person given that title, when the title was never another's."""
    for cluster in list(s.clusters):
        if cluster.named or cluster.plural or cluster.type != "Person" or not cluster.mentions:
            continue
        if any(m.kind != "pronoun" and not m.role for m in cluster.mentions):
            continue
        titles = {phrase(s.tokens(m)) for m in cluster.mentions if m.kind == "nominal"}
        titles = {t for t in titles if len(t) > 1 and title_length(list(t)) == len(t)}
        if len(titles) != 1:
            continue
        title = next(iter(titles))
        holders = [c for c in s.clusters if c.named and c.type == "Person" and _after_title(s, c, title)]
        if len(holders) == 1 and holders[0].mentions[0].span.start > cluster.mentions[0].span.start:
            s.merge(holders[0], cluster)


def _after_title(s: State, person: Cluster, title: tuple[str, ...]) -> bool:
    """Whether a person's name follows the title's words somewhere ("Home Secretary Jane Doe")."""
    for m in person.mentions:
        if (
            m.kind == "name"
            and tuple(t.lower_ for t in s.doc[max(0, m.first - len(title)) : m.first]) == title
        ):
            return True
    return False


def phrase(tokens: Sequence[Token]) -> tuple[str, ...]:
    """A noun phrase's words in lower case, without a leading article or demonstrative."""
    out = [t.lower_ for t in tokens if not t.is_punct]
    if out and out[0] in words("definite"):
        out = out[1:]
    return tuple(out)


def age_of(tokens: Sequence[Token]) -> int | None:
    """The age in "a 19 year old", "the 29-year-old"."""
    number = next((t for t in tokens if t.like_num), None)
    return as_age(number.text) if number is not None else None


def stated_age(tokens: Sequence[Token]) -> int | None:
    """The age set beside a name between commas: "Daniel Doe, 19, a member of ..."."""
    if not tokens:
        return None
    doc, end = tokens[-1].doc, tokens[-1].i
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 3].text not in (",", ".", ";"):
        return None
    return as_age(doc[end + 2].text) if doc[end + 2].like_num else None


def as_age(text: str) -> int | None:
    return int(text) if text.isdigit() and 0 < int(text) < 120 else None


PASSES = [
    link_pass("role_holder", {NOMINAL}, body_person),
    link_pass("role_holder", {NOMINAL}, of_age, agree=True),
    link_pass("role_holder", {NOMINAL}, epithet, agree=True),
    link_pass("role_holder", {NOMINAL}, based_in),
]
LATE_PASSES = [link_pass("role_holder", {NOMINAL}, young)]
DOCUMENT_PASSES = [merge_pass("titles_named_later", titles_named_later)]
