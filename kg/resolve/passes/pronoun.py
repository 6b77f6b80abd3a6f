"""Pronoun by salience with agreement: "who" and "which" for the noun their clause hangs on; "he" and
"she" for a person of that sex, "it" for a body or a thing, by syntax and recency (kg.resolve.pronouns);
inside a quotation, never the quotation's own speaker (who would say "I")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.base import RELATIVE_PRONOUNS
from kg.extract.cues import cue_lemmas
from kg.extract.nominals import noun_lemma
from kg.lexicon.titles import is_title_word
from kg.lexicon.words import person_org_nouns
from kg.resolve.features import Features
from kg.resolve.indexes import candidates_near, chunks_between, taken_tokens
from kg.resolve.links import quote_speaker_token
from kg.resolve.passes.base import CATAPHOR, PRONOUN, link_pass
from kg.resolve.passes.names import exact_name, surname
from kg.resolve.pronouns import Candidate, antecedent, best_candidate
from kg.resolve.state import Cluster, State
from kg.resolve.words import words

UNCOUNTED = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
SUBJECTS = ("nsubj", "nsubjpass")


def relative(s: State, f: Features) -> Cluster | None:
    """ "Jane Doe, who said ...": the noun the relative clause hangs on ("which" never a person)."""
    if f.word not in RELATIVE_PRONOUNS:
        return None
    found = s.at(s.doc[f.head].head.head.i)
    if f.word == "which" and found is not None and found.type == "Person":
        found = _body_before(s, f)  # "Jane Doe, head of Initech, which ...": the body named last
    return s.nobody if found is None else found


def _body_before(s: State, f: Features) -> Cluster | None:
    """The entity named right before a relative pronoun and its comma, when it is no person."""
    i = f.head - 1
    while i > 0 and s.doc[i].is_punct:
        i -= 1
    found = s.at(i)
    return found if found is not None and found.type != "Person" else None


def quote_speaker(s: State, f: Features) -> Cluster | None:
    """The entity whose quotation holds the mention: resolved already, or the named entity its name
    will join when it is named after the quotation ('"He was shot," Doe said')."""
    token = quote_speaker_token(s, f.span)
    if token is None:
        return None
    found = s.at(token)
    if found is not None:
        return found
    later = s.feature_at.get(token)
    if later is None or later.kind != "name":
        return None
    return exact_name(s, later) or surname(s, later)


POOL_SENTENCES = 3  # the widest window a pronoun's antecedent is looked for in (sentences back)


def pool(s: State, f: Features) -> list[Candidate[Cluster]]:
    """The candidates for a pronoun, from its sentence and the `POOL_SENTENCES` before: outside a
    quotation, not those quoted in its own sentence ("'... hitting the party over the head,' he said":
    not the head)."""
    near = candidates_near(s, f.sentence - POOL_SENTENCES, f.sentence)
    if f.quote is not None:
        return near

    def quoted(cand: Candidate[Cluster]) -> bool:
        return s.sents[cand.head.i] == f.sentence and any(q.start < cand.head.idx < q.end for q in s.quotes)

    return [c for c in near if not quoted(c)]


def follows_unresolved_subject(s: State, f: Features) -> Cluster | None:
    """A subject pronoun whose last sentence's subject was the same pronoun, left unresolved ("they wait
    for praise ... Indeed, they don't understand"): whoever the first was, unresolved too."""
    if f.dep not in SUBJECTS or f.sentence == 0:
        return None
    sentence = s.sentences[f.sentence - 1]
    same = [t for t in sentence if t.dep_ in SUBJECTS and t.lower_ == f.word]
    return s.nobody if same and same[-1].i not in s.by_token else None


def he_she(s: State, f: Features) -> Cluster | None:
    """ "he", "she" and their forms: the nearest salient person of no other sex."""
    if f.word not in words("personal_he_she"):
        return None
    token = s.doc[f.head]
    speaker = quote_speaker(s, f)

    def agrees(c: Cluster) -> bool:
        return c.type == "Person" and not c.plural and c.gender in (None, f.gender) and c is not speaker

    found = _object_of_verb(s, token, agrees) or antecedent(token, pool(s, f), agrees, s.sents, window=3)
    found = _more_salient(s, f, token, found, agrees)
    if found is None:
        found = _topic(s, f, agrees)
    if found is not None and found.gender is None and f.gender is not None:
        # "Jane Roe said the praise for John Doe helped his case": his sex is known of Doe only
        sure = antecedent(token, pool(s, f), lambda c: agrees(c) and c.gender == f.gender, s.sents, window=0)
        found = sure or found
    return found


TOPIC_MENTIONS = 3  # how often a person must be spoken of to be what an article is about
TOPIC_SENTENCES = 20  # how lately (sentences back)


def _topic(s: State, f: Features, agrees: Callable[[Cluster], bool]) -> Cluster | None:
    """The person an article is about, for a "he" or "she" outside quotations with no one near: the
    named person of that sex spoken of most, and lately, when no other is spoken of half as often."""
    if f.quote is not None:
        return None
    people = sorted(
        (
            c
            for c in s.clusters
            if c.named
            and agrees(c)
            and c.gender == f.gender
            and len(c.mentions) >= TOPIC_MENTIONS
            and any(0 <= f.sentence - m.sentence <= TOPIC_SENTENCES for m in c.mentions if m.head < f.head)
        ),
        key=lambda c: -len(c.mentions),
    )
    if len(people) > 1 and len(people[1].mentions) * 2 > len(people[0].mentions):
        return None  # two people much spoken of: neither is sure
    return people[0] if people else None


def _salience(s: State, cluster: Cluster, f: Features) -> float:
    """How prominent an entity is just before a pronoun (Lappin and Leass 1994): each of its mentions in
    the pronoun's sentence and the `POOL_SENTENCES` before weighs more as a subject, an object, outside
    a prepositional phrase, and halves with each sentence back."""
    total = 0.0
    speakers = speaker_heads(s)
    for m in cluster.mentions:
        back = f.sentence - m.sentence
        if m.head >= f.head or not 0 <= back <= POOL_SENTENCES:
            continue
        subject = m.dep in SUBJECTS or m.head in speakers  # "according to X": X says the sentence
        weight = 100 + (80 if subject else 50 if m.dep in ("dobj", "attr") else 0)
        weight += 50 if m.dep not in ("pobj", "poss") or subject else 0
        total += weight / 2**back
    return total


def speaker_heads(s: State) -> set[int]:
    """The head tokens of the article's speakers ("said Jane Roe", "according to Jane Roe"), found once."""
    if s.speaker_heads is None:
        spans = [st.speaker_mention for st in s.statements if st.speaker_mention is not None]
        chars = [s.doc.char_span(sp.start, sp.end, alignment_mode="expand") for sp in spans]
        s.speaker_heads = {c.root.i for c in chars if c is not None and len(c)}
    return s.speaker_heads


def _more_salient(
    s: State, f: Features, token: Token, found: Cluster | None, agrees: Callable[[Cluster], bool]
) -> Cluster | None:
    """The entity found by position, unless it was found outside subject position and another that
    agrees is more prominent in the sentences before (the one a biography is about, spoken of as subject
    sentence after sentence, over a name in passing: "After Jane Roe, she was the next to ...")."""
    if found is None:
        return None
    candidates = pool(s, f)
    chosen = best_candidate(token, candidates, lambda c: c is found, s.sents, window=POOL_SENTENCES)
    if chosen is None or chosen.head.dep_ in SUBJECTS:
        return found
    rivals: dict[int, Cluster] = {}
    for cand in candidates:
        entity = cand.entity
        if id(entity) in rivals or entity is found or not agrees(entity):
            continue
        if best_candidate(token, [cand], agrees, s.sents, window=POOL_SENTENCES) is not None:
            rivals[id(entity)] = entity  # a candidate binding allows
    best = max(rivals.values(), key=lambda c: _salience(s, c, f), default=None)
    return best if best is not None and _salience(s, best, f) > _salience(s, found, f) else found


def it(s: State, f: Features) -> Cluster | None:
    """ "it", "its": a body, a country or a piece of equipment near, competing with things that are no
    actor ("the film ... its opening week": no actor)."""
    if f.word not in words("personal_it"):
        return None
    token = s.doc[f.head]
    speaker = quote_speaker(s, f)

    def agrees(c: Cluster) -> bool:
        return c is s.thing or (
            c.type in ("Organization", "Country", "Equipment") and not c.plural and c is not speaker
        )

    # "its chairman", "its spokesman": only a body has people of its own, never a thing
    staff = token.dep_ == "poss" and person_org_nouns().get(noun_lemma(token.head), ("",))[0] == "Person"
    things = [] if staff else _things_before(s, token)
    found = antecedent(token, pool(s, f) + things, agrees, s.sents, window=1)
    return s.nobody if found is s.thing else found


def _object_of_verb(s: State, token: Token, agrees: Callable[[Cluster], bool]) -> Cluster | None:
    """A possessive in the verb's phrase after its object is the object's: "thanked the nurse for her
    care"."""
    if token.dep_ != "poss" or token.head.dep_ != "pobj" or token.head.head.dep_ != "prep":
        return None
    verb = token.head.head.head
    if verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i), None)
    cluster = s.at(obj.i) if obj is not None else None
    return cluster if cluster is not None and agrees(cluster) else None


def _things_before(s: State, token: Token) -> list[Candidate[Cluster]]:
    """Singular noun phrases near an "it" that are no actor ("the film", "the bill"), to compete with the
    actors for it; none for an "it" that speaks ("it said"), as only actors do."""
    verb = token.head
    if token.dep_ in SUBJECTS and (verb.lemma_.lower() in cue_lemmas() or verb.lemma_ in words("thinking")):
        return []
    sentence = s.sents[token.i]
    taken = taken_tokens(s)
    return [
        Candidate(root, start, end, s.thing)
        for root, start, end in chunks_between(s, bisect_left(s.sents, sentence - 1), token)
        if root.i not in taken and _a_thing(root, token)
    ]


def _a_thing(root: Token, token: Token) -> bool:
    if root.tag_ not in ("NN", "NNP") or root.pos_ not in ("NOUN", "PROPN") or root.ent_type_ in UNCOUNTED:
        return False
    if root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or noun_lemma(root) in person_org_nouns():
        return False  # an actor's word, resolved or not
    if is_title_word(root.text):
        return False
    if token.dep_ == "poss" and root.dep_ not in SUBJECTS:
        return False  # "filed for protection from its creditors": only a subject vies for "its"
    return not root.left_edge.i <= token.i <= root.right_edge.i  # "the announcement that it had filed"


PASSES = [
    link_pass("pronoun", {PRONOUN, CATAPHOR}, relative),
    link_pass("pronoun", {PRONOUN, CATAPHOR}, follows_unresolved_subject),
    link_pass("pronoun", {PRONOUN, CATAPHOR}, he_she),
    link_pass("pronoun", {PRONOUN, CATAPHOR}, it),
]
