"""Events: who did what to whom, with what, where; typed through the event lexicon.

Triggers are verbs, multi-word verbs ("bring down"), light-verb phrases ("hold talks") and event nouns
("the rejection"). A verb outside the lexicon that links an agent and a target is an event of root
OTHER; speech and cognition verbs that introduce a clause are statements, not events.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.event_args import (
    Roles,
    argument,
    child,
    entry_of,
    in_fixed_phrase,
    is_entity,
    is_passive,
    noun_roles,
    roles_of,
)
from kg.extract.event_dates import attach_dates
from kg.extract.event_factuality import factuality_of
from kg.extract.event_lexicon import BARE_VERBS, Entry, label_of, lexicon, statement_verbs, type_name
from kg.lexicon.words import word_class
from kg.records import Argument, Event, Span

__all__ = ["attach_dates", "find_events"]

CLAUSAL = ("ccomp", "parataxis")
NAME_ENTS = frozenset({"ORG", "GPE", "PERSON", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT", "NORP"})
MODIFIER_DEPS = frozenset({"amod", "prep", "compound"})  # "the owned firms", "following", "including"
LIGHT_PREPS = word_class("light_preposition")
REQUEST_ROOTS = frozenset({"APPEAL", "DEMAND"})


def find_events(doc: Doc) -> list[Event]:
    """The events of a parsed article, in text order."""
    found: dict[int, Event] = {}  # trigger head index -> event
    claimed: set[int] = set()  # nouns already part of a light-verb trigger
    for tok in doc:
        verbal = tok.pos_ == "VERB" and tok.tag_ != "MD" and tok.dep_ not in MODIFIER_DEPS
        if verbal and not _misread_noun(tok):
            light = _light_event(tok)
            if light is not None:
                found[tok.i], noun = light
                claimed.add(noun.i)
                continue
            verb_event = _verb_event(tok)
            if verb_event is not None:
                found[tok.i] = verb_event
    for tok in doc:
        nominal = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower) or _misread_noun(tok)
        if nominal and tok.i not in claimed and tok.i not in found and tok.dep_ != "amod":
            noun_event = _noun_event(tok)
            if noun_event is not None:
                found[tok.i] = noun_event
    _link_requests(doc, found)
    _targets_through_events(doc, found)
    return [found[i] for i in sorted(found)]


def _misread_noun(tok: Token) -> bool:
    """An event noun read as a plural verb after a singular name: "the Champions League clash with X" (a
    verb in "-s" would agree; the name with its "the" is the noun's modifier, not a subject)."""
    if tok.tag_ != "VBP" or tok.i == 0 or tok.lemma_.lower() not in lexicon().nouns:
        return False
    name = tok.doc[tok.i - 1]
    subject = name.head.i == tok.i and name.dep_ == "nsubj"
    return subject and name.tag_ == "NNP" and child(name, "det") is not None


def _verb_event(verb: Token) -> Event | None:
    entry = entry_of(verb)
    lemma = verb.lemma_.lower()
    if _is_statement(verb, entry):
        return None
    roles = roles_of(verb, entry)
    if entry is None:
        if lemma in BARE_VERBS or lemma in lexicon().cues or not lemma.isalpha():
            return None
        if roles.agent is None or roles.target is None or not is_entity(roles.agent):
            return None  # outside the lexicon, only interactions of an entity are events
    particle = child(verb, "prt")
    trigger = _trigger_span(verb, particle if entry is None or len(entry.words) > 1 else None)
    if entry is None:
        name = f"{lemma} {particle.lower_}" if particle is not None else lemma
        fine, root, label = type_name(name), "OTHER", label_of(verb, particle)
    else:
        fine, root, label = entry.type, entry.root, entry.label
    return _event(verb, fine, root, label, trigger, roles)


def _is_statement(verb: Token, entry: Entry | None) -> bool:
    """A speech or cognition verb that introduces a clause: a statement, not an event."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon().cues:
        return True
    cue = lemma in statement_verbs() or (entry is not None and "cue" in entry.flags)
    if not cue:
        return False
    if any(c.dep_ in CLAUSAL for c in verb.children):
        return True
    return entry is not None and "cue" in entry.flags and child(verb, "dobj", "nsubjpass") is None


def _light_event(verb: Token) -> tuple[Event, Token] | None:
    """'launch an attack', 'hold talks', 'talks were held': the noun's type, the verb's arguments."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    particle = child(verb, "prt")
    is_light = lemma in lex.light or (particle is not None and (lemma, particle.lower_) in lex.light_phrasal)
    if not is_light:
        return None
    noun = child(verb, "dobj") if not is_passive(verb) else child(verb, "nsubjpass")
    if noun is None:  # "filed for bankruptcy", "went on strike"
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in LIGHT_PREPS), None)
        noun = child(prep, "pobj") if prep is not None else None
    if noun is None or noun.pos_ != "NOUN":
        return None
    entry = lex.nouns.get(noun.lemma_.lower())
    if entry is None or "thing" in entry.flags:
        return None  # "gave aid": the aid is given, the verb is the event
    roles = roles_of(verb, entry)
    inner = noun_roles(noun, entry)
    roles.target = inner.target or _frame_target(verb, entry)
    roles.agent = roles.agent or inner.agent
    roles.place = roles.place or inner.place
    start, end = min(verb.i, noun.i), max(verb.i, noun.i) + 1
    words = verb.doc[start:end]
    trigger = Span(words.start_char, words.end_char, words.text)
    return _event(verb, entry.type, entry.root, entry.label, trigger, roles), noun


def _frame_target(verb: Token, entry: Entry) -> Token | None:
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if entry.roles.get(prep.lower_) == "target":
            return child(prep, "pobj")
    return None


def _noun_event(noun: Token) -> Event | None:
    lex = lexicon()
    if noun.ent_type_ in NAME_ENTS or in_fixed_phrase(noun) or _speaks(noun):
        return None
    entry, start, end = _noun_phrase(noun)
    if entry is None and noun.dep_ != "compound":
        entry = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)
    if entry is None:
        return None
    roles = noun_roles(noun, entry)
    words = noun.doc[start:end]
    trigger = Span(words.start_char, words.end_char, words.text)
    fact = factuality_of(noun)
    return Event(
        id="",
        type=entry.type,
        root=entry.root,
        label=entry.label,
        trigger=trigger,
        agent=argument(roles.agent),
        target=argument(roles.target),
        instrument=argument(roles.instrument),
        place=argument(roles.place),
        negated=fact.negated,
        modality=fact.modality,
        factuality=fact.value,
        factuality_cue=fact.cue,
    )


def _speaks(noun: Token) -> bool:
    """A document that says something ("a complaint said ..."): its issuer's statement, not an event."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() in statement_verbs() and any(c.dep_ in CLAUSAL for c in verb.children)


@cache
def _phrase_words() -> frozenset[str]:
    """Every word of the lexicon's multi-word event nouns."""
    return frozenset(w for words in lexicon().noun_phrases for w in words)


def _noun_phrase(noun: Token) -> tuple[Entry | None, int, int]:
    """A multi-word event noun headed by this token: "use of force", "hunger strike"."""
    doc = noun.doc
    if noun.lemma_.lower() not in _phrase_words() and noun.lower_ not in _phrase_words():
        return None, noun.i, noun.i + 1  # no phrase has this word, so none holds this token
    for words, entry in lexicon().noun_phrases.items():
        n = len(words)
        for start in range(max(0, noun.i - n + 1), noun.i + 1):
            if start + n > len(doc):
                continue
            if all(
                doc[start + k].lemma_.lower() == w or doc[start + k].lower_ == w for k, w in enumerate(words)
            ):
                span = doc[start : start + n]
                if span.root.i == noun.i:
                    return entry, start, start + n
    return None, noun.i, noun.i + 1


def _trigger_span(verb: Token, particle: Token | None) -> Span:
    doc = verb.doc
    end = particle.i + 1 if particle is not None and particle.i == verb.i + 1 else verb.i + 1
    words = doc[verb.i : end]
    return Span(words.start_char, words.end_char, words.text)


def _event(verb: Token, fine: str, root: str, label: str, trigger: Span, roles: Roles) -> Event:
    fact = factuality_of(verb)
    return Event(
        id="",
        type=fine,
        root=root,
        label=label,
        trigger=trigger,
        agent=argument(roles.agent),
        target=argument(roles.target),
        instrument=argument(roles.instrument),
        place=argument(roles.place),
        means=argument(roles.means),
        negated=fact.negated,
        modality=fact.modality,
        factuality=fact.value,
        factuality_cue=fact.cue,
    )


def _link_requests(doc: Doc, found: dict[int, Event]) -> None:
    """A declined request: the one who declined is the one the request was made to."""
    for event in found.values():
        if event.root != "REJECT" or event.agent is None or event.target is None:
            continue
        span = doc.char_span(event.target.mention.start, event.target.mention.end, alignment_mode="expand")
        request = found.get(span.root.i) if span is not None else None
        if request is not None and request.root in REQUEST_ROOTS and request.target is None:
            request.target = replace(event.agent)  # a copy: each event resolves its own arguments


def _targets_through_events(doc: Doc, found: dict[int, Event]) -> None:
    """An interaction with an event is one with that event's agent: "condemned the rebels' attack" targets the
    rebels, "declined Germany's request" the requester. Otherwise an event names no participant: "announced
    the launch", "received criticism", "studied the bank's offer" (not the bank) have no target."""
    for event in found.values():
        named = _event_named(doc, found, event.target, _tells(doc, event))
        if named is None or named[0] is event:
            continue
        inner, noun = named
        cameo = event.root != "OTHER" and noun.dep_ != "nsubj"  # "the firm's sales fell": no one is done to
        event.target = replace(inner.agent) if inner.agent is not None and cameo else None


def _tells(doc: Doc, event: Event) -> bool:
    """Is the event's verb one of telling ("announced")? What it tells is no participant, thing or not."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    entry = entry_of(span.root) if span is not None and span.root.pos_ == "VERB" else None
    return entry is not None and "cue" in entry.flags


def _event_named(
    doc: Doc, found: dict[int, Event], arg: Argument | None, told: bool = False
) -> tuple[Event, Token] | None:
    """The event an argument's noun names, unless the noun also names a thing ("signed a deal") and the
    verb does not only tell of it ("announced a deal")."""
    if arg is None:
        return None
    span = doc.char_span(arg.mention.start, arg.mention.end, alignment_mode="expand")
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    entry = lexicon().nouns.get(span.root.lemma_.lower())
    if entry is not None and "thing" in entry.flags and not told:
        return None
    inner = found.get(span.root.i)
    return (inner, span.root) if inner is not None else None
