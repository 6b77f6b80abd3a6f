"""Plural and singular "they": the one person of no stated sex its clause is about ("each applicant must
sign their form"), a group near, a body its clause or its speaker speaks of ("A spokesman for the firm
said they were looking into it"), else the subject of the sentence before."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.cues import cue_lemmas
from kg.extract.nominals import INDEFINITE_PEOPLE
from kg.resolve.features import Features
from kg.resolve.passes.base import CATAPHOR, PRONOUN, link_pass
from kg.resolve.passes.pronoun import pool, quote_speaker
from kg.resolve.pronouns import REFLEXIVE, antecedent, best_candidate, clause_subject, coordinated
from kg.resolve.state import Cluster, State
from kg.resolve.words import words

SUBJECTS = ("nsubj", "nsubjpass")


def they(s: State, f: Features) -> Cluster | None:
    """ "they", "them", "their": in order, singular "they", a group in the sentence, a body its clause is
    about, a group in the sentence before, a body near, the subject of the sentence before."""
    if f.word in words("personal_he_she") | words("personal_it"):
        return None
    token = s.doc[f.head]
    speaker = quote_speaker(s, f)
    candidates = pool(s, f)

    def agrees(c: Cluster) -> bool:
        return c.plural and c is not speaker

    found = _someone_of_clause(s, token) or _someone_before(s, token)
    if found is None and token.dep_ == "poss":  # "insisted the union bring their pay in line"
        found = _collective_subject(s, token)
    found = found or antecedent(token, candidates, agrees, s.sents, window=0)
    if found is None and f.word in REFLEXIVE:
        return s.nobody
    found = found or _collective_subject(s, token) or _subjects_owner(s, token)
    found = found or _body_called_they(s, token) or _speakers_body(s, token)
    found = found or antecedent(token, candidates, agrees, s.sents, window=1)
    if found is None:
        found = _a_body(s, token, candidates, speaker)
    if found is None and token.dep_ in SUBJECTS:
        found = _group_across_a_sentence(s, token)
    return found if found is not speaker else None


def _a_body(s: State, token: Token, candidates: list, speaker: Cluster | None) -> Cluster | None:
    """ "they" for a team, a company: in its sentence, or the last one's subject."""

    def organization(c: Cluster) -> bool:  # a body, or a country's team ("The team ... they")
        body = c.type == "Organization" or (c.type == "Country" and bool(c.heads & words("team")))
        return body and not c.plural and c is not speaker

    body = best_candidate(token, candidates, organization, s.sents, window=0)
    if body is not None and coordinated(body.head):
        return s.nobody  # "the district and the police said they ...": both, not one of them
    return body.entity if body is not None else _previous_subject(s, token, organization)


def _previous_subject(s: State, token: Token, agrees: Callable[[Cluster], bool]) -> Cluster | None:
    """The main-clause subject of the sentence before the token's, when it agrees."""
    for cand in s.candidates:
        head = cand.head
        if (
            s.sents[head.i] == s.sents[token.i] - 1
            and head.dep_ in SUBJECTS
            and head.head.dep_ == "ROOT"
            and agrees(cand.entity)
        ):
            return None if coordinated(head) else cand.entity
    return None


def _group_across_a_sentence(s: State, token: Token) -> Cluster | None:
    """Subject "they" after a sentence that names no one: the first subject of the sentence before that,
    when it is a group ("The scientists found ... Several scenarios were considered. They estimated")."""
    here = s.sents[token.i]
    if here < 2 or any(s.sents[c.head.i] == here - 1 for c in s.candidates):
        return None
    first = next((t for t in s.sentences[here - 2] if t.dep_ in SUBJECTS), None)
    group = s.at(first.i) if first is not None else None
    if group is None or first is None or coordinated(first):
        return None  # "The results revealed that children ...": the results, no group
    return group if group.plural and group.type == "Person" else None


def _speakers_body(s: State, token: Token) -> Cluster | None:
    """ "they" told by a body's spokesperson of that body: "A spokesman for the grocer said they were
    looking into it"."""
    if token.dep_ not in SUBJECTS:
        return None
    verb = token.head
    while verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in cue_lemmas():
        return None
    subject = clause_subject(verb.head)
    person = s.at(subject.i) if subject is not None else None
    if person is None or person.type != "Person" or person.plural:
        return None
    body = person.affiliation
    return body if body is not None and body.type == "Organization" else None


def _someone_of_clause(s: State, token: Token) -> Cluster | None:
    """Singular "they" for the one person of no stated sex its clause is about: "one driver was seen
    with their helmet off", "each applicant must sign their form"."""
    if token.dep_ in SUBJECTS:
        return None
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = clause_subject(verb) if verb is not None else None
    if subject is None or subject.i >= token.i or subject.pos_ != "NOUN":
        return None
    if subject.tag_ != "NN" or any(c.dep_ == "prep" for c in subject.children):
        return None  # "one of the teams"
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in words("one_of_many") for c in subject.lefts):
        return None
    cluster = s.at(subject.i)
    if cluster is None or cluster.type != "Person" or cluster.named or cluster.gender is not None:
        return None
    return cluster


def _someone_before(s: State, token: Token) -> Cluster | None:
    """Singular "they" for "someone" or "anyone" earlier in its sentence, no group spoken of between: "if
    someone arrives illegally, they will not stay"."""
    for cand in reversed(s.candidates):
        if cand.head.i >= token.i:
            continue
        if s.sents[cand.head.i] != s.sents[token.i] or cand.entity.plural:
            return None
        if cand.head.lower_ in INDEFINITE_PEOPLE:
            return cand.entity
    return None


def _collective_subject(s: State, token: Token) -> Cluster | None:
    """The organization its clause is about, for "they"/"their" with no group before it in the sentence:
    "The team rebuilt their robot", "The company said they would appeal"."""
    if token.dep_ not in ("poss", *SUBJECTS):
        return None  # an object is never its own clause's subject (binding)
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = clause_subject(verb) if verb is not None else None
    if subject is not None and subject.i == token.i and verb is not None and verb.dep_ == "ccomp":
        subject = clause_subject(verb.head)
    if subject is None or subject.i >= token.i or coordinated(subject):
        return None  # "Apple and Google said they ...": both (left unresolved)
    cluster = s.at(subject.i)
    if cluster is None or cluster.type != "Organization" or cluster.plural:
        return None
    return cluster


def _body_called_they(s: State, token: Token) -> Cluster | None:
    """The body an earlier "they" of the same sentence is: "leaving them two weeks to assemble their
    robot" (a plural group in the sentence comes first)."""
    for before in reversed(token.sent[: token.i - token.sent.start]):
        cluster = s.at(before.i)
        if before.lower_ in words("personal_they") and cluster is not None:
            return cluster if cluster.type == "Organization" else None
    return None


def _subjects_owner(s: State, token: Token) -> Cluster | None:
    """A group whose possession its clause is about, for an object "them": "The team's supplies were
    delayed, leaving them two weeks" (binding keeps the subject itself out, not its possessor)."""
    if token.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = clause_subject(verb) if verb is not None else None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
    cluster = s.at(owner.i) if owner is not None else None
    if cluster is None or cluster.type != "Organization" or cluster.plural:
        return None
    return cluster if cluster.heads & words("collective") else None


PASSES = [link_pass("plural_pronoun", {PRONOUN, CATAPHOR}, they)]
