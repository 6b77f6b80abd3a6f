"""Event arguments from the dependency parse: agent, target, instrument, means and place of a trigger."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.extract.base import text_of
from kg.extract.event_lexicon import Entry, lexicon
from kg.lexicon.known import lookup
from kg.lexicon.tables import load_table
from kg.lexicon.words import place_nouns, word_class
from kg.records import Argument, Span

SUBJECTS = ("nsubj", "nsubjpass")
NP_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "predet", "case"})
PLACE_PREPS = word_class("event_place_preposition")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSON = frozenset({"Person"})
PERSONAL_PRONOUNS = word_class("argument_pronoun")
RELATIVE = word_class("relative_subject")
THING_RELATIVES = word_class("thing_relative")
INSTRUMENT_VERBS = word_class("instrument_verb")
CAUSATIVE = word_class("event_causative")
OBJECT_CONTROL = word_class("object_control_verb")
MILITARY_ROOTS = frozenset({"FIGHT", "ASSAULT", "EXHIBIT_FORCE_POSTURE", "USE_UNCONVENTIONAL_MASS_VIOLENCE"})
VALUE_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
NOT_PARTICIPANTS = frozenset({"DATE", "TIME"})
DIRECTIONS = word_class("compass_direction")
DEMONSTRATIVES = word_class("demonstrative_pronoun")
FINITE = frozenset({"VBD", "VBZ", "VBP"})
NOUNS = ("NOUN", "PROPN")


@dataclass
class Roles:
    """The tokens heading each argument of one trigger."""

    agent: Token | None = None
    target: Token | None = None
    instrument: Token | None = None
    means: Token | None = None
    place: Token | None = None


@cache
def non_participants() -> frozenset[str]:
    return frozenset(row["noun"] for row in load_table("event_non_participants"))


@cache
def patient_nouns() -> dict[str, str]:
    """Event nouns whose owner is what the event is done to ("the suspect's arrest"), each with what that
    is: "someone" or "thing"."""
    return {row["noun"]: row["patient"] for row in load_table("event_patient_nouns")}


@cache
def fixed_phrases() -> frozenset[tuple[str, str, str]]:
    """(preposition, noun, word after) of the phrases that work as one preposition; "*" is any noun."""
    rows = (row["phrase"].split() for row in load_table("event_fixed_phrases"))
    return frozenset((words[0], words[-2], words[-1]) for words in rows if len(words) >= 3)


def in_fixed_phrase(noun: Token) -> bool:
    """Is the noun the middle of a phrase that works as one preposition ("in aid of", "in order to")?"""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is None or noun.i not in (nxt.head.i, nxt.head.head.i):  # "in aid of X": "of" hangs from "aid"
        return False
    if any(c.dep_ != "det" for c in noun.lefts):
        return False  # "in the only film to win": a described noun is no part of a fixed phrase
    prep, after = noun.head.lower_, nxt.lower_
    phrases = fixed_phrases()
    return (prep, noun.lower_, after) in phrases or (prep, "*", after) in phrases


@cache
def _optional_nouns(table: str, column: str, values: frozenset[str] | None = None) -> frozenset[str]:
    """Nouns of another stage's table, when it is there (entities own them)."""
    try:
        rows = load_table(table)
    except Exception:
        return frozenset()
    return frozenset(r["noun"] for r in rows if values is None or r.get(column, "") in values)


def is_actor(tok: Token) -> bool:
    """Does the token name a person, group, organization or country?"""
    if tok.ent_type_ in ACTOR_ENTS or tok.lower_ in PERSONAL_PRONOUNS:
        return True
    return tok.lemma_.lower() in _optional_nouns("nominals", "type", frozenset({"Person", "Organization"}))


def is_entity(tok: Token) -> bool:
    """Does the token name an entity the graph can hold: an actor, equipment, a place, a name?"""
    if antecedent(tok) != tok:
        return True  # "an application that limits ...": the clause's subject
    if tok.ent_type_ and tok.ent_type_ not in VALUE_ENTS:
        return True
    if tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS | {"it"}):
        return True
    return is_actor(tok) or is_equipment(tok) or is_place(tok)


def is_equipment(tok: Token) -> bool:
    """Does the token name equipment: an aircraft, a weapon, a vehicle?"""
    return tok.ent_type_ == "PRODUCT" or tok.lemma_.lower() in _optional_nouns("equipment", "class")


def is_place(tok: Token) -> bool:
    return tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in place_nouns()


def can_act(tok: Token) -> bool:
    """A place acts only where it names a government or a team: a country, state or city (GPE), or a
    place the curated tables know as a body ("the Pentagon", "the Kremlin"); "the Gulf" does nothing."""
    if tok.ent_type_ not in ("LOC", "FAC"):
        return True
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and lookup(ent.text) is not None


def antecedent(tok: Token) -> Token:
    """A relative pronoun's antecedent ("the drone that ..."); any other token itself."""
    if tok.lower_ in RELATIVE and tok.tag_ in ("WDT", "WP", "IN", "DT"):
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if clause is not None and in_fixed_phrase(clause.head):  # "in aid of the clubs, which ...": the clubs
            return next((t for t in reversed(tok.doc[clause.head.i + 1 : tok.i]) if t.pos_ in NOUNS), tok)
        if clause is not None:
            return _thing_before(tok, clause.head) if tok.lower_ in THING_RELATIVES else clause.head
    return tok


def _thing_before(pronoun: Token, head: Token) -> Token:
    """A "which" stands for no person: "the head of the bank, which ..." is about the bank."""
    if head.ent_type_ != "PERSON" and head.lemma_.lower() not in _optional_nouns("nominals", "type", PERSON):
        return head
    for tok in reversed(pronoun.doc[head.i + 1 : pronoun.i]):
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != "PERSON" and not tok.is_punct:
            return tok
    return head


def np_span(tok: Token) -> Span:
    """The tightest noun phrase headed by the token: its left modifiers, the head, its named entity.

    A relative pronoun right after its antecedent keeps both: "the device, which".
    """
    doc = tok.doc
    pronoun = tok
    tok = antecedent(tok)
    if pronoun != tok and 0 < pronoun.i - tok.i <= 2 and all(t.is_punct for t in doc[tok.i + 1 : pronoun.i]):
        head = np_span(tok)
        return Span(
            head.start,
            pronoun.idx + len(pronoun.text),
            text_of(doc)[head.start : pronoun.idx + len(pronoun.text)],
        )
    owned = not is_entity(tok)  # "his retirement", "its flights": the owner is not the argument
    lefts = [c for c in tok.lefts if c.dep_ in NP_LEFT and not (owned and c.dep_ == "poss")]
    start = min([c.left_edge.i for c in lefts if c.i > _owner_end(tok, owned)] + [tok.i])
    end = tok.i + 1
    if tok.ent_iob_ in ("B", "I"):  # the entity holding it, from the tags around it (not a scan of doc.ents)
        first, last = tok.i, tok.i + 1
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        start, end = min(start, first), max(end, last)
    while start < end - 1 and doc[start].is_punct:
        start += 1
    words = doc[start:end]
    return Span(words.start_char, words.end_char, words.text)


def _owner_end(tok: Token, owned: bool) -> int:
    """The last token of the noun's owner ("the minister's" in "the minister's car"), when it is left out."""
    owner = next((c for c in tok.lefts if c.dep_ == "poss"), None) if owned else None
    return owner.right_edge.i if owner is not None else -1


def reflexive(span: Span) -> bool:
    """A reflexive pronoun ("himself", "themselves"): the one argument an event's agent may also be."""
    word = span.text.lower()
    return " " not in word and word.endswith(("self", "selves"))


def argument(tok: Token | None) -> Argument | None:
    """The argument headed by the token; dates and times are not participants."""
    if tok is None or antecedent(tok).ent_type_ in NOT_PARTICIPANTS:
        return None
    head = antecedent(tok)
    if head.pos_ == "PRON" and head.lower_ in DEMONSTRATIVES or in_fixed_phrase(head):
        return None
    if head.lemma_.lower() in non_participants() and head.ent_type_ == "" and head.is_lower:
        return None  # "cut 500 jobs"; a capitalized word may be a name ("Jobs")
    return Argument(np_span(tok))


def child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def pobj_of(prep: Token) -> Token | None:
    return child(prep, "pobj", "pcomp")


def is_passive(verb: Token) -> bool:
    """A passive verb: its subject is what the event happens to."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    bare = child(verb, "nsubj") is not None and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ == "VBD" and bare and child(verb, "dobj") is None and in_headline(verb):
        return True  # headlines tell the past in the present: "Chief executive appointed as chairman"
    if verb.tag_ != "VBN":
        return False
    if bare:
        return True  # a headline's reduced passive, however it is set
    if verb.dep_ == "acl" or any(c.dep_ == "agent" for c in verb.children):
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_ in CAUSATIVE:  # "have them analyzed"
        return True
    has_aux = any(c.dep_ == "aux" for c in verb.children)
    return verb.dep_ == "conj" and not has_aux and is_passive(verb.head)


def in_headline(tok: Token) -> bool:
    """Is the token on the article's first line, a headline: no full stop before the blank line after it?"""
    doc = tok.doc
    for t in doc[: tok.i]:
        if t.text in (".", "!", "?") or (t.is_space and "\n" in t.text):
            return False
    for t in doc[tok.i : tok.i + 40]:
        if t.is_space and "\n" in t.text:
            return True
        if t.text in (".", "!", "?"):
            return False
    return False


def entry_of(verb: Token) -> Entry | None:
    """The lexicon entry of a verb, multi-word first."""
    lex = lexicon()
    for lemma in lemmas(verb):
        for c in verb.children:
            if c.dep_ in ("prt", "prep") and (lemma, c.lower_) in lex.phrasal:
                return lex.phrasal[(lemma, c.lower_)]
        if lemma in lex.verbs:
            return lex.verbs[lemma]
    return None


def lemmas(verb: Token) -> list[str]:
    """The verb's lemma, then guesses from its form for when the model's lemma is wrong ("fined")."""
    out = [verb.lemma_.lower()]
    word = verb.lower_
    for suffix in ("ed", "ing", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem + "e", stem] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return out


def subject(verb: Token) -> Token | None:
    """The verb's grammatical subject, shared through conjunctions, control and relative clauses."""
    own = _own_subject(verb)
    if own is not None:
        return own
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject(head)
    if imperative(verb):
        return None  # '"Stop me," she said': whoever is told, not the speaker
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_ == "be":
            return None  # "the purpose was to increase": no agent
        if head.lemma_.lower() in INSTRUMENT_VERBS and is_passive(head):
            return None  # "the drone was used to attack": the drone is the means, its user untold
        obj = child(head, "dobj")
        if obj is not None and _object_controls(verb, head, obj):
            return obj
        return subject(head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "after launching", "its role in selling"
        return subject(head.head) if head.head.pos_ in ("VERB", "AUX") else child(head.head, "poss")
    owner = _noun_owner(head) if verb.dep_ == "xcomp" and head.pos_ == "NOUN" else None
    if owner is not None and child(verb, "aux") is not None:
        return owner  # a headline's "Acme plans to close shops", read with "plans" a noun
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        if verb.dep_ == "acl" and head.dep_ == "pobj" and head.ent_type_ in PLACE_ENTS:
            return None  # "is in Panama meeting ministers": a place where one is, not who acts
        if verb.dep_ == "acl" and child(verb, "aux") is not None:
            return child(head, "poss")  # "Ford's decision to name", "a plan to attack"
        if head.dep_ == "appos" and head.head.pos_ == "PROPN":
            return head.head  # "Jane Roe, an executive overseeing sales": the name, not its description
        return head
    return None


def _own_subject(verb: Token) -> Token | None:
    """The subject the parse gives the verb itself, or a name it took for an adverbial; no "there"."""
    own = child(verb, *SUBJECTS)
    if own is not None and own.pos_ == "VERB":
        return _first_clause_subject(own, verb) or own
    if own is not None and own.dep_ != "expl":
        return own
    return _stray_name(verb)


def _first_clause_subject(clause: Token, verb: Token) -> Token | None:
    """Clauses listed without "and" ("Acme opens a shop, hires staff"), parsed with the first as the
    second's subject: the first clause's own subject."""
    if clause.i > verb.i or child(clause, "dobj") is None:
        return None
    own = child(clause, "nsubj")
    return own if own is not None and own.pos_ in NOUNS and own.lower_ not in RELATIVE else None


def _stray_name(verb: Token) -> Token | None:
    """A person's or a body's name right before a finite verb that has no subject, parsed as an adverbial
    ("Acme unveiled a phone" read with "Acme" as a noun): the verb's subject."""
    if verb.tag_ not in FINITE or verb.dep_ in ("xcomp", "relcl", "acl", "pcomp"):
        return None
    name = child(verb, "npadvmod")
    if name is None or name.i != verb.i - 1 or name.ent_type_ not in ("PERSON", "ORG", "NORP"):
        return None
    return name


def _noun_owner(noun: Token) -> Token | None:
    """Who owns a noun: its possessive ("Ford's decision"), else a name compounded before it ("the Acme
    plan")."""
    owner = child(noun, "poss")
    if owner is not None:
        return owner
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and is_actor(c)]
    return names[-1] if names else None


def imperative(verb: Token) -> bool:
    """A bare verb opening a quotation or a sentence, with no subject and no "to": '"Stop me," she said'."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    return verb.is_sent_start or (verb.i > 0 and verb.doc[verb.i - 1].tag_ == "``")


def _object_controls(verb: Token, head: Token, obj: Token) -> bool:
    """Is the head's object the subject of its to-infinitive? "asked the bank to pay", "expected it to grow";
    not for "beat the champions to win" (a purpose), "announced plans to close" (no one acts) or a verb
    the lexicon marks otherwise."""
    entry = entry_of(head)
    if entry is not None and any(f.startswith("ctrl=") for f in entry.flags):
        return "ctrl=object" in entry.flags
    return verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL and is_entity(obj)


def roles_of(verb: Token, entry: Entry | None) -> Roles:
    """Agent, target, instrument, means and place of a verb trigger."""
    roles = Roles()
    passive = is_passive(verb)
    subj = subject(verb)
    flags = entry.flags if entry is not None else frozenset()
    unaccusative = "patient" in flags or ("unacc" in flags and child(verb, "dobj") is None)
    if subj is not None and subj.dep_ != "expl":
        if passive or unaccusative:
            roles.target = subj
        elif can_act(antecedent(subj)):
            roles.agent = subj
    if passive:
        by = child(verb, "agent")
        roles.agent = pobj_of(by) if by is not None else None
    frame = entry.roles if entry is not None else {}
    obj = child(verb, "dobj") or _predicate_actor(verb)
    if entry is not None and len(entry.words) > 1:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == entry.words[1]), None)
        if prep is not None and pobj_of(prep) is not None:
            obj = pobj_of(prep)
    if obj is not None and not passive and "patient" not in flags:
        if frame.get("dobj") == "instrument" and not is_actor(obj):
            roles.instrument = obj
        else:
            roles.target = obj
    if roles.target is None and not passive:
        roles.target = child(verb, "dative") or _gapped_object(verb)
    _prepositions(verb, frame, roles)
    _means(verb, roles)
    if roles.instrument is None:
        roles.instrument = roles.means
    military = entry is not None and entry.root in MILITARY_ROOTS
    if military and roles.agent is not None and roles.means is None and is_equipment(antecedent(roles.agent)):
        roles.means = roles.agent  # "a helicopter fired ...": the platform
    return roles


def _predicate_actor(verb: Token) -> Token | None:
    """A person parsed as the object's predicate with no object: "named Jane Roe as chief" (not the name
    given in "journals called Daily Notes")."""
    pred = child(verb, "oprd")
    return pred if pred is not None and pred.ent_type_ == "PERSON" else None


def _gapped_object(verb: Token) -> Token | None:
    """The noun a relative clause with its own subject is about is its object: "the music it sells"."""
    own = child(verb, *SUBJECTS)
    if verb.dep_ != "relcl" or own is None or own.tag_ in ("WDT", "WP") or own.lower_ in RELATIVE:
        return None  # "the strip that wraps": the noun is the clause's subject
    if verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.tag_ == "WRB" or c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None  # "the city where it sells", "the shops it plans to close": not this verb's object
    return verb.head


def _prepositions(verb: Token, frame: dict[str, str], roles: Roles) -> None:
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        obj = pobj_of(prep)
        if obj is None or prep.dep_ == "agent":
            continue
        word = prep.lower_
        role = frame.get(word)
        if role == "target" and roles.target is None:
            roles.target = obj
        elif role == "instrument" and roles.instrument is None:
            roles.instrument = obj
        elif role == "place" and roles.place is None and is_place(obj):
            roles.place = obj
        elif role is None and word in ("with", "via") and roles.instrument is None and not is_actor(obj):
            if not is_place(obj):
                roles.instrument = obj
        elif role is None and word == "from" and is_equipment(obj) and roles.means is None:
            roles.means = obj
        elif role is None and word in PLACE_PREPS and roles.place is None and is_place(obj):
            roles.place = obj
    _place_beside(verb, roles)


def _place_beside(verb: Token, roles: Roles) -> None:
    """A place named on the target ("bombed the airport in Kabul") or by a direction ("north of X")."""
    if roles.place is None and roles.target is not None:
        for prep in (c for c in roles.target.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
            obj = pobj_of(prep)
            if obj is not None and is_place(obj) and obj.ent_type_ in PLACE_ENTS:
                roles.place = obj
                break
    if roles.place is None:
        for mod in (c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in DIRECTIONS):
            of = child(mod, "prep")
            obj = pobj_of(of) if of is not None else None
            if obj is not None and is_place(obj):
                roles.place = obj


def _means(verb: Token, roles: Roles) -> None:
    """'used Y to V' gives V its means Y; 'V using Y' gives V its instrument Y."""
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in INSTRUMENT_VERBS:
        obj = child(head, "dobj")
        if obj is not None:
            roles.means = obj
    obj = child(verb, "dobj")
    users = [*verb.children, *(obj.children if obj is not None else ())]  # "dispersed the crowd using gas"
    for c in users:
        if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in INSTRUMENT_VERBS and c.tag_ == "VBG":
            obj = child(c, "dobj")
            if obj is not None and roles.instrument is None:
                roles.instrument = obj


def noun_roles(noun: Token, entry: Entry) -> Roles:
    """Agent and target of an event noun: "the union's rejection of the offer", "the drone shootdown"."""
    roles = Roles()
    located = noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS  # "in Panama meeting ministers"
    located = located or child(noun, "poss") is not None  # "the firm's US launch": where, beside who
    contest = "contest" in entry.flags  # "a High Court battle": where it is fought, not a side
    for c in noun.children:
        if (located or contest) and c.dep_ == "compound" and c.ent_type_ in PLACE_ENTS:
            roles.place = roles.place or c  # the place it happens in, not who acts
        elif contest and c.dep_ == "compound" and c.pos_ == "PROPN" and not _paired(c):
            continue
        elif c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN"):
            _owner(noun, c, roles)
        elif c.dep_ == "compound" and roles.target is None and entry.roles.get("of") == "target":
            if not is_actor(c):
                roles.target = c  # "the drone shootdown", "plant closures": what "of" would give
        elif c.dep_ == "prep":
            _noun_preposition(c, entry, roles)
    return roles


def _paired(name: Token) -> bool:
    """Two sides joined by a hyphen before a contest noun: "the Iran-Iraq war"."""
    return any(c.tag_ == "HYPH" for c in name.children)


def _owner(noun: Token, owner: Token, roles: Roles) -> None:
    """The owner of an event noun: its patient where a "by" phrase names the agent ("the bank's takeover by
    a rival") or for a noun done to someone ("the suspect's arrest") unless an "of" phrase or a compound
    names the patient ("the police's arrest of the suspect", "its phone launch"), else its agent."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep" and _names_participant(c)}
    patient = patient_nouns().get(noun.lemma_.lower())
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    named = "of" in preps or (patient == "thing" and any(_is_thing(c) for c in compounds))
    done_to = "by" in preps or (patient is not None and not named)
    if is_actor(owner) and done_to and roles.target is None:
        roles.target = owner
    elif is_actor(owner) and roles.agent is None:
        roles.agent = owner
    elif roles.target is None and not is_actor(owner):
        roles.target = owner


def _is_thing(tok: Token) -> bool:
    """A common noun naming a thing, not an actor nor a time ("the product launch", not "five-year")."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not is_actor(tok)


def _names_participant(prep: Token) -> bool:
    """Does the preposition's object name a participant, not a time ("by Friday")?"""
    obj = pobj_of(prep)
    return obj is not None and obj.ent_type_ not in NOT_PARTICIPANTS


def _noun_preposition(prep: Token, entry: Entry, roles: Roles) -> None:
    obj = pobj_of(prep)
    if obj is None:
        return
    word = prep.lower_
    role = entry.roles.get(word, "target" if word == "of" else None)
    if (word == "by" or _of_agent(prep, obj, entry)) and roles.agent is None:
        roles.agent = obj
    elif word == "between" and roles.agent is None:  # "talks between X and Y"
        roles.agent = obj
        roles.target = roles.target or child(obj, "conj")
    elif role == "target" and roles.target is None:
        roles.target = obj
    elif role == "instrument" and roles.instrument is None:
        roles.instrument = obj
    elif word in PLACE_PREPS and roles.place is None and is_place(obj):
        roles.place = obj


def _of_agent(prep: Token, obj: Token, entry: Entry) -> bool:
    """A named person or body after "of" does the event when the noun's frame gives "of" no role and the
    noun is not done to someone: "the visit of the minister", "the offer of the bank", not "the arrest of"."""
    if prep.lower_ != "of" or "of" in entry.roles or prep.head.lemma_.lower() in patient_nouns():
        return False
    return obj.ent_type_ in ("PERSON", "ORG", "NORP")
