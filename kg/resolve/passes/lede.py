"""The lede tells the headline again: an unnamed person described in the first sentences is the person
the story is about; the lede's indefinite group is the headline's group of the same nationality; the
lede's subject (object) of the headline's verb is the headline's."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import text_of
from kg.extract.nominals import noun_lemma
from kg.lexicon.known import lookup_demonym
from kg.lexicon.names import normalize_name
from kg.resolve.passes.base import merge_pass
from kg.resolve.state import Cluster, State, compatible
from kg.resolve.words import words

LEDE_SENTENCES = 3  # the headline, the dateline and the first sentence of the story


def lede_description(s: State) -> None:
    """ "A defector from the group was arrested. John Doe, 19, ...": an unnamed person described without
    "the" in the first sentences is the one person the story is about, spoken of twice as often as
    anyone else."""
    named = sorted((c for c in s.clusters if c.named and c.type == "Person"), key=lambda c: -len(c.mentions))
    if not named or len(named[0].mentions) < 3:
        return
    if len(named) > 1 and len(named[0].mentions) < 2 * len(named[1].mentions):
        return  # no one person the story is about
    for cluster in list(s.clusters):
        if _lede_person(s, cluster) and (not named[0].roles or named[0].heads & cluster.heads):
            s.merge(named[0], cluster)  # not the detective of "A man was charged. Detective Jane Doe said"


def _lede_person(s: State, cluster: Cluster) -> bool:
    if cluster.named or cluster.plural or cluster.type != "Person" or not cluster.mentions:
        return False
    first = cluster.mentions[0]
    if first.kind != "nominal" or any(m.kind == "name" for m in cluster.mentions):
        return False
    opening = s.doc[first.first]
    if first.sentence > LEDE_SENTENCES or first.det in words("definite"):
        return False
    if opening.tag_ == "PRP$" or first.det in words("indefinite") - {"a", "an"}:
        return False  # "his lawyer", "some officials"
    bare = not any(t.dep_ in ("det", "poss") for t in s.doc[first.head].lefts)
    return not (bare and s.sents[opening.i] > 0)  # a bare noun describes only in the headline


def lede_group(s: State) -> None:
    """ "A team of Kenyan students won ..." is the team the headline spoke of ("Kenyan squad
    triumphs"): both unnamed, the same nationality."""
    headline = [c for c in s.clusters if not c.named and _nationality(s, c, 0)]
    if len(headline) != 1:
        return
    for cluster in list(s.clusters):
        first = cluster.mentions[0] if cluster.mentions and not cluster.named else None
        if first is None or first.kind != "nominal" or cluster is headline[0]:
            continue
        if first.det not in ("a", "an") or not 0 < first.sentence <= LEDE_SENTENCES:
            continue
        nation = _nationality(s, cluster, first.sentence)
        if nation and nation == _nationality(s, headline[0], 0):
            s.merge(headline[0], cluster)
            return


def _nationality(s: State, cluster: Cluster, sentence: int) -> str | None:
    """The country of a group's first mention in the given sentence, when its words name one."""
    first = cluster.mentions[0] if cluster.mentions else None
    if first is None or first.kind != "nominal" or first.sentence != sentence:
        return None
    token = s.doc[first.head]
    if not (cluster.plural or noun_lemma(token) in words("collective")):
        return None
    for t in token.subtree:
        found = lookup_demonym(t.text) if t.text[:1].isupper() and t.i != token.i else None
        if found is not None and found.type == "Country":
            return found.id
    return None


def lede_subject(s: State) -> None:
    """ "Scientists analyse effects of warming" then "A research team has analysed effects of warming":
    the lede's described subject (object) of the headline's verb is the headline's."""
    roots = [sentence.root for sentence in s.sentences]
    if not roots or roots[0].pos_ != "VERB":
        return
    tokens = [t for t in s.sentences[0] if not t.is_space]
    after = tokens[-1].idx + len(tokens[-1].text) if tokens else 0
    if "\n" not in text_of(s.doc)[after : after + 3]:
        return  # the first sentence is no headline on a line of its own
    lede = next((r for r in roots[1 : LEDE_SENTENCES + 1] if r.pos_ in ("VERB", "AUX")), None)
    if lede is None or lede.lemma_ != roots[0].lemma_:
        return
    for deps in (("nsubj",), ("nsubjpass",), ("dobj",)):  # the same voice: not "US gives firms time"
        headline, story = (_argument(s, r, deps) for r in (roots[0], lede))
        if headline is None or story is None or headline is story or story.named:
            continue
        if compatible(headline.type, story.type) or {headline.type, story.type} <= {"Person", "Organization"}:
            s.merge(headline, story)


def _argument(s: State, verb: Token, deps: tuple[str, ...]) -> Cluster | None:
    found = next((c for c in verb.children if c.dep_ in deps), None)
    return s.at(found.i) if found is not None else None


def one_name_one_actor(s: State) -> None:
    """A one-word name the model typed a person in one place and a body in another: one body, when no
    full name makes it a person's."""
    bodies: dict[tuple[str, ...], Cluster] = {}
    for cluster in s.clusters:
        if cluster.type == "Organization":
            for w in cluster.words:
                if len(w) == 1:
                    bodies.setdefault(w, cluster)
    for cluster in list(s.clusters):
        if cluster.type != "Person" or any(len(w) > 1 for w in cluster.words):
            continue
        said = {m.span.text for m in cluster.mentions if m.kind != "pronoun"}
        names = cluster.words or [(normalize_name(t),) for t in said if t[:1].isupper() and " " not in t]
        if not cluster.words and len(names) != len(said):
            continue
        body = next((bodies[w] for w in names if w in bodies), None)
        if body is not None and body is not cluster and cluster.gender is None and not cluster.roles:
            s.merge(body, cluster)


PASSES = [
    merge_pass("lede", lede_description),
    merge_pass("lede", lede_group),
    merge_pass("lede", lede_subject),
    merge_pass("one_name_one_actor", one_name_one_actor),
]
