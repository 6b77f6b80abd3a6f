"""The type of a name the recognizer found: a person, a body, a country, a place or equipment, where
the model's label is wrong ("Rupert Adams of [William Hill]PERSON", "Liverpool beat Chelsea")."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.base import as_gender, to_span
from kg.extract.cues import cue_lemmas
from kg.extract.name_words import (
    NER_TYPES,
    ends_in_title,
    head_of,
    is_acronym,
    named_as_place,
    names_a_body,
    office_mention,
    trimmed,
    used_as_place,
)
from kg.extract.nominals import noun_lemma, person_org_nouns
from kg.extract.people import person_mention
from kg.lexicon.known import is_nationality_noun, lookup, lookup_demonym
from kg.lexicon.titles import (
    is_honorific,
    name_gender,
)
from kg.lexicon.words import corporate_words, nouns_of, word_class
from kg.records import EntityType, Mention


def entity_mention(doc: Doc, ent: SpacySpan, people: set[tuple[str, ...]]) -> Mention | None:
    """The mention an entity of the recognizer makes, its type repaired where the label is wrong;
    `people` holds the words of the article's full names of people."""
    person = _person_by_form(doc, ent, people)
    return person if person is not None else _typed_name(doc, ent)


def _person_by_form(doc: Doc, ent: SpacySpan, people: set[tuple[str, ...]]) -> Mention | None:
    """A person (or an office) whatever the label, by the name's form: a nationality noun, a known full
    name or part of one, a given name and surname, a form of address, a title."""
    national = _national(doc, ent) if ent.label_ in ("NORP", "ORG", "PERSON") else None
    if national is not None:
        return national
    words = [t.lower_ for t in ent]
    for size in range(len(words) - 1, 1, -1):  # "Defense John Smith" (ORG) ending in a person's name
        if ent.label_ != "PERSON" and tuple(words[-size:]) in people:
            return person_mention(doc, ent[-size:], role_from=ent.start)
    if (
        ent.label_ != "PERSON"
        and len(ent) > 2
        and ent[1].text == "the"
        and words[0] in {n[-1] for n in people}
    ):
        return person_mention(
            doc, ent[:1]
        )  # "According to [Smith the Acme]ORG board": the person named before
    bare = tuple(w for w in words if w not in ("'", "’", "'s", "’s"))
    hyphenated = "-" in bare and any(len(n) > len(bare) and n[-len(bare) :] == bare for n in people)
    if (
        (hyphenated or (len(words) == 1 and words[0] in {part for n in people for part in (n[0], n[-1])}))
        and ent.label_ in ("GPE", "NORP", "LOC", "PERSON", "ORG")
        and not (ent.label_ == "ORG" and lookup(ent.text) is not None)
        and not used_as_place(ent)
    ):
        return person_mention(
            doc, ent
        )  # "Wellington said" after "Bob Wellington"; "[Ferguson]ORG", "[Wright-Phillips]ORG"
    if ent.label_ in PLACE_OR_BODY_LABELS and _given_and_surname(ent):
        return person_mention(
            doc, ent
        )  # "[Jane Roe's]ORG performance", "[Jane Roe]FAC": a given name and a surname
    core = trimmed(ent)
    addressed = core is not None and len(core) > 1 and is_honorific(core[0].text)
    if ent.label_ == "ORG" and addressed and lookup(ent.text) is None:
        return person_mention(doc, ent)  # "[Ms Hughes']ORG": a form of address, then a surname
    if ent.label_ in ("PERSON", "ORG") and ends_in_title(ent) and lookup(ent.text) is None:
        return office_mention(doc, ent)  # "[Apple's C.E.O.]ORG", "[Chief Operating Officer]PERSON"
    return None


def _typed_name(doc: Doc, ent: SpacySpan) -> Mention | None:
    """A name typed by the alias table, or by the recognizer's label repaired by how the text uses it."""
    kind = NER_TYPES[ent.label_]
    known = lookup(ent.text)
    said = _type_said_before(ent) if known is None else None
    if said == "Person":
        return person_mention(doc, ent)  # "midfielder [Kanu]ORG"
    if said is not None:  # "consultancy group [Initech]GPE"
        core = trimmed(ent)
        return (
            None
            if core is None
            else Mention(to_span(core), "name", said, head=head_of(core), number="singular")
        )
    if named_as_place(ent):  # "talks in Beijing", "towns including Alden and Brisco": the places
        core = trimmed(ent)
        return (
            None
            if core is None
            else Mention(to_span(core), "name", "Place", head=head_of(core), number="singular")
        )
    if known is not None and ent.label_ != "NORP":
        core = trimmed(ent)
        if core is None:
            return None
        return Mention(to_span(core), "name", known.type, head=head_of(core), number="singular")
    if ent.label_ == "PERSON" and (
        _employer_of_a_person(ent) or _collective(ent) or _company_form(ent) or _owns_a_firms_thing(ent)
    ):
        kind = "Organization"  # "Rupert Adams of [William Hill]PERSON": the bookmaker
    elif ent.label_ == "PERSON" and not (len(ent) == 1 and is_acronym(ent[0])):  # "BAA" is no person
        return person_mention(doc, ent)
    elif ent.label_ == "PERSON":
        kind = "Organization"
    if ent.label_ == "NORP":
        return _group(ent)
    if ent.label_ == "GPE" and lookup(ent.text) is None:
        kind = "Organization" if _acting(ent) else "Place"  # "Liverpool beat Chelsea": the club
    if ent.label_ in ("LOC", "FAC") and lookup(ent.text) is not None:
        kind = lookup(ent.text).type  # type: ignore[union-attr]
    elif ent.label_ in ("LOC", "FAC") and names_a_body(ent):
        kind = "Organization"  # "the Sea Org", "St Mary's Hospital": a place-like name of a body
    core = trimmed(ent)
    if core is None:
        return None
    return Mention(to_span(core), "name", kind, head=head_of(core), number="singular")


def _national(doc: Doc, ent: SpacySpan) -> Mention | None:
    """One person named by nationality, whatever the recognizer made of it: "the Dutchman", "a Spaniard"."""
    word = ent[0].text
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (
        len(ent) != 1
        or before is None
        or before.lower_ not in ("the", "a", "an")
        or not is_nationality_noun(word)
    ):
        return None
    if ent[0].pos_ == "ADJ" or ent[0].dep_ in ("amod", "compound"):
        return None  # "the British public"
    if before.text == "The" and not before.is_sent_start:
        return None  # "of The Scotsman": a name
    gender = "female" if word.endswith("woman") else "male" if word.endswith("man") else None
    span = doc[before.i : ent.end]
    return Mention(
        to_span(span), "nominal", "Person", head=head_of(ent), number="singular", gender=as_gender(gender)
    )


def _company_form(ent: SpacySpan) -> bool:
    """A name ending in a company's legal form, which no person's name does: "[Saturn Corporation]PERSON"."""
    return len(ent) > 1 and ent[-1].lower_.strip(".") in corporate_words("legal")


def _collective(ent: SpacySpan) -> bool:
    """A one-word name with a plural verb, as a team or a firm takes in British English and a person
    never does: "Chelsea have not played Barcelona", "Rangers are top"."""
    if len(ent) != 1 or ent.root.dep_ != "nsubj" or name_gender(ent.text):
        return False
    verb = ent.root.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)


def _employer_of_a_person(ent: SpacySpan) -> bool:
    """Whether a name the model took for a person hangs by "of", "at" or "from" on a person's name, as
    only a body's name does: "Rupert Adams of William Hill", "Jane Doe at Morgan Stanley"."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "at", "from") or prep.i != ent.start - 1:
        return False
    return prep.head.ent_type_ == "PERSON" and prep.head.i < prep.i


def _owns_a_firms_thing(ent: SpacySpan) -> bool:
    """Whether a name the model took for a person owns what only a body has, and starts with no known
    given name: "Diageo's profits", "Pernod Ricard's chief executive"."""
    root = ent.root
    if root.dep_ != "poss" or name_gender(ent[0].text) is not None:
        return False
    owned = root.head
    words = {owned.lemma_.lower(), *(c.lower_ for c in owned.lefts if c.dep_ in ("amod", "compound"))}
    return owned.lemma_.lower() in word_class("firm_thing") or {"chief", "executive"} <= words


def _acting(ent: SpacySpan) -> bool:
    """Whether a place's name is the subject of something only people or bodies do: "Liverpool beat
    Chelsea", "Texas sued the government" (not "Texas has 30 million people"), or names the body
    someone works for: "Liverpool manager Rafael Benitez"."""
    root = ent.root
    verb = root.head
    if root.dep_ == "compound" and verb.lemma_.lower() in nouns_of("employee_role") and verb.i >= ent.end:
        return True
    return (
        root.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and (verb.lemma_.lower() in cue_lemmas() or verb.lemma_.lower() in word_class("body_act"))
    )


def _group(ent: SpacySpan) -> Mention | None:
    """A nationality, religious or political group used as a noun ("the Belgians", "Muslims")."""
    core = trimmed(ent)
    if core is None:
        return None
    root = core.root
    if root.pos_ == "ADJ" or root.dep_ in ("amod", "compound"):
        return None
    plural = root.tag_ in ("NNS", "NNPS") or root.lower_.endswith("s")
    country = lookup_demonym(core.text)
    definite = core.start > 0 and core.doc[core.start - 1].lower_ == "the"
    if country is not None and plural and not definite:
        country = None  # "four Britons were freed": people of the country, not its state or team
    kind: EntityType = "Country" if country is not None else ("Person" if plural else "Organization")
    start = core.start - 1 if definite else core.start
    span = core.doc[start : core.end]
    return Mention(
        to_span(span),
        "name" if country or not plural else "nominal",
        kind,
        head=head_of(core),
        number="plural" if plural else "singular",
    )


PLACE_OR_BODY_LABELS = ("ORG", "FAC", "LOC", "PRODUCT")


def _type_said_before(ent: SpacySpan) -> EntityType | None:
    """The type a common noun of people or bodies right before a name gives it, as the noun it
    modifies: "striker [Kanu]ORG" is a person, "consultancy group [Initech]FAC" a body."""
    if ent.start == 0:
        return None
    before = ent.doc[ent.start - 1]
    if before.pos_ != "NOUN" or not before.is_lower or not ent.start <= before.head.i < ent.end:
        return None
    return person_org_nouns().get(noun_lemma(before), (None,))[0]


def _given_and_surname(ent: SpacySpan) -> bool:
    """Two capitalized words, the first a known given name, not a curated or corporate name."""
    words = [t for t in ent if t.text not in ("'s", "’s", "'", "’")]
    return (
        len(words) == 2
        and name_gender(words[0].text) is not None
        and words[1].text[:1].isupper()
        and words[1].is_alpha
        and words[1].lower_ not in corporate_words()
        and lookup(ent.text) is None
    )
