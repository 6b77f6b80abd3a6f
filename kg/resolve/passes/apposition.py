"""Apposition and predicate nominal: a name or description set beside another ("Jane Doe, the press
secretary", "the Union of Atheists (UAA)", "a group called X", "she is the chairman")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.nominals import noun_lemma
from kg.lexicon.titles import is_title_word
from kg.lexicon.words import corporate_words
from kg.records import EntityType
from kg.resolve.features import Features
from kg.resolve.links import linked
from kg.resolve.passes.base import NAME, NOMINAL, link_pass
from kg.resolve.state import ORG_TYPES, Cluster, State, compatible
from kg.resolve.words import words


def tie_name(s: State, f: Features) -> Cluster | None:
    """The entity syntax sets a name beside: an apposition, a predicate, the description right before
    it, the body before its bracketed other name, the group "called" so."""
    token = s.doc[f.head]
    found = linked(s, token)
    before = s.at(f.first - 1) if f.first > 0 else None
    if found is None and before is not None and before.type == "Person" and f.type == "Person":
        found = before  # "the coach Maria Lopez" parsed as two subjects
    if found is not None and found.type in ("Person", "Organization") and _known_as(token):
        s.retype = found.type  # the other name of a person is a person's, whatever the model guessed
    elif found is not None and (found.named or found.plural):
        found = None  # two names side by side ("Belgium 3 Panama 0"), one of "critics like X"
    if found is None:
        found = _described_by(s, token, f.type) or _titled(s, token)
    members = members_of(s, token, f) if found is None else None
    found = _bracketed(s, f) or found
    if found is None:
        found = _called(s, f)
        if found is not None:  # "a militant group called Boko Haram": the name of that group
            s.retype = found.type
    entity_type = s.retype or f.type
    if found is not None and compatible(found.type, entity_type or found.type):
        return found
    return members  # "a team of Kenyan students": the team


def _known_as(token: Token) -> bool:
    """Whether a name is the other name something is known by: "Jane Roe, known as the Duchess", "he was
    called Little Joe" ("as" after a verb of naming or knowing)."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token.head
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (lemma == "know" or lemma in words("naming_verb"))


def members_of(s: State, token: Token, f: Features) -> Cluster | None:
    """The group a plural is the members of: "a team of Kenyan students", "a delegation of farmers"."""
    prep = token.head
    if not f.plural or token.dep_ != "pobj" or prep.lower_ != "of":
        return None
    group = prep.head
    if noun_lemma(group) not in words("collective") or not any(t.lower_ in ("a", "an") for t in group.lefts):
        return None
    return s.at(group.i)


def _bracketed(s: State, f: Features) -> Cluster | None:
    """The organization named right before a name in brackets: "the Union of Atheists (UAA)", "CEI
    (Italian Episcopal Conference)": two names of one body, whatever their initials."""
    first, last = f.first, f.last
    if first < 2 or last + 1 >= len(s.doc):
        return None
    if s.doc[first - 1].text != "(" or s.doc[last + 1].text != ")":
        return None
    end = s.doc[first - 2].idx + len(s.doc[first - 2])
    named = next((c for m, c in reversed(s.resolved) if m.kind == "name" and m.span.end == end), None)
    if named is None or named.type not in ORG_TYPES or f.type not in (None, *ORG_TYPES):
        return None
    return named


def _called(s: State, f: Features) -> Cluster | None:
    """The unnamed group or body a name is given to: "a group called X", "a company named X"."""
    if f.first < 2:
        return None
    verb = s.doc[f.first - 1]
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in words("naming_verb"):
        return None
    head = s.doc[verb.i - 1]
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.i not in s.by_token:
        head = head.head.head  # "the group within Scientology called ...": the group
    if head.dep_ == "pobj" and head.i in s.by_token and head.head.head.i in s.by_token:
        head = head.head.head
    found = s.at(head.i)
    if found is None or found.named or found.plural or found.type not in ORG_TYPES:
        return None
    return found


def _described_by(s: State, token: Token, entity_type: EntityType | None) -> Cluster | None:
    """The noun phrase a name is put beside when the parser hangs the name on the phrase's last noun:
    "Co-founder of Google, Jane Doe," (the co-founder, not Google)."""
    head = token.head
    if token.dep_ != "appos" or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    described = s.at(head.head.head.i)
    if described is None or described.named or described.plural:
        return None
    return described if compatible(described.type, entity_type or described.type) else None


def _titled(s: State, token: Token) -> Cluster | None:
    """What the title before a name is said of: "his counterpart, Minister of Defense Jane Doe" (the
    parser hangs the name on the title's "of")."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or not is_title_word(token.head.head.text):
        return None
    described = linked(s, token.head.head)
    return described if described is not None and not described.named and not described.plural else None


def nominal_apposition(s: State, f: Features) -> Cluster | None:
    """The entity a description is set beside or said to be: "Smith, the press secretary"; the type the
    description gives wins over a type the model guessed for a one-mention name."""
    token = s.doc[f.head]
    _one_of(s, f, token)
    found = linked(s, token)
    if found is not None and f.type == "Organization" and mistyped_person(found):
        found.type = "Organization"  # "Instituto Gonzaga, a catholic school": the model said a person
    if found is not None and f.type == "Person" and not f.plural and mistyped_body(found):
        found.type = "Person"  # "Hale, the ministry's press secretary": the model said a body
    return found


def group_members(s: State, f: Features) -> Cluster | None:
    """People and the group they make up are one actor: "a delegation of farmers"."""
    return members_of(s, s.doc[f.head], f)


def _one_of(s: State, f: Features, token: Token) -> None:
    """A name said to be one of a kind of body is a body ("Glenmorangie, one of Scotland's whisky
    firms"), one of a kind of person a person."""
    one = token.head.head if f.plural and token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if one is None or one.lower_ != "one" or one.dep_ != "appos":
        return
    member = s.at(one.head.i)
    if member is not None and f.type == "Organization" and mistyped_person(member):
        member.type = "Organization"
    elif member is not None and f.type == "Person" and mistyped_body(member):
        member.type = "Person"


def mistyped_person(cluster: Cluster) -> bool:
    """A name the model typed a person with nothing else saying so: one mention, no title, no gender."""
    return (
        cluster.type == "Person"
        and cluster.named
        and len(cluster.mentions) == 1
        and not cluster.roles
        and cluster.gender is None
    )


def mistyped_body(cluster: Cluster) -> bool:
    """A name the model typed a body with nothing else saying so: one mention, no curated entry, no word
    of a company's name."""
    names = {w.lower() for name in cluster.names for w in name.split()}
    return (
        cluster.type == "Organization"
        and cluster.known is None
        and len(cluster.names) == 1
        and len(cluster.mentions) == 1
        and not names & corporate_words()
    )


PASSES = [
    link_pass("apposition", {NAME}, tie_name, tie=True),
    link_pass("apposition", {NOMINAL}, nominal_apposition, agree=True),
]
