"""The recognizer's entity spans repaired before they become mentions: names it cut in two joined,
names it ran together split, bodies named after their place, and full names defined before an acronym."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.name_words import (
    is_acronym,
    is_body_noun,
    is_common_noun,
    is_designator,
    is_name_word,
    is_street_name,
    names_a_body,
)
from kg.lexicon.known import lookup, lookup_demonym
from kg.lexicon.titles import is_title_word, name_gender, title_prefix
from kg.lexicon.words import state_abbreviations, street_words, word_class


def join_split_names(doc: Doc) -> list[SpacySpan]:
    """The entities, with a person's name that the recognizer cut in two joined again: a given name
    taken for a company or product right before the lone surname it labelled a person ("[Jane]ORG
    [Doe]PERSON"); then every other use of a full name found so, however it was labelled."""
    out: list[SpacySpan] = []
    for whole in doc.ents:
        ent = _town_then_state(doc, _without_preposition(doc, whole), out)
        cut = next((t.i for t in ent[:-1] if t.text in state_abbreviations()), None)
        if cut is not None:  # "[Okla. Officers]GPE said ...": the name ends with the state
            ent = SpacySpan(doc, ent.start, cut + 1, label=ent.label_)
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and len(ent) == 1 and is_designator(ent[0]):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="ORG")  # "[Chrysler]ORG [LLC]ORG"
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if (
            after is not None
            and ent.label_ in ("ORG", "PERSON", "GPE")
            and is_designator(after)
            and not after.ent_type_
        ):
            ent = SpacySpan(doc, ent.start, ent.end + 1, label="ORG")  # "[Chrysler]ORG LLC"
        if (
            prev is not None
            and ent.label_ == "PERSON"
            and prev.label_ in ("ORG", "PRODUCT", "WORK_OF_ART")
            and prev.end == ent.start
            and len(prev) == 1
            and len(ent) == 1
            and not (prev.start > 0 and doc[prev.start - 1].lower_ == "of")
            and prev[0].text.istitle()
            and lookup(prev.text) is None
        ):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="PERSON")
            continue
        if (
            prev is not None
            and prev.label_ in ("ORG", "GPE")
            and ent.start == prev.end + 1
            and doc[prev.end].lower_ in ("and", "&")
            and lookup(doc[prev.start : ent.end].text) is not None
        ):  # "[the Department for Education]ORG and [Skills]ORG": one curated name
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="ORG")
            continue
        if ent.label_ == "PERSON" and len(ent) == 1 and _given_name_before(doc, ent.start):
            ent = SpacySpan(doc, ent.start - 1, ent.end, label="PERSON")  # "Jane [Doe]PERSON"
        person_of = _person_of_body(doc, ent)
        if person_of is not None:  # "[Lydia Buchtmann for Food Standards Australia]ORG"
            out.append(person_of[0])
            ent = person_of[1]
        arm = _national_arm(doc, ent, prev)
        if arm is not None:
            if prev is not None and prev.end == ent.start:
                out.pop()
            ent = arm
        out.append(ent)
    named = _titled_names(doc, _known_full_names(doc, _described_at_start(doc, out)))
    return _streets(doc, _bodies_of_places(doc, _bracket_defined_names(doc, named)))


NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


def _described_at_start(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A sentence's first word, capitalized as such, that is a noun of people or bodies taken into the
    name after it, when the article uses that name alone with the same label: "[Carmaker Initech]ORG to
    cut jobs ... Initech said" (the noun is a description of the body, the nominals' to find)."""
    alone = {(e.text, e.label_) for e in ents}
    out: list[SpacySpan] = []
    for ent in ents:
        first = ent[0]
        if (
            len(ent) > 1
            and first.is_sent_start
            and first.text[1:].islower()
            and is_common_noun(first)
            and (ent[1:].text, ent.label_) in alone
            and lookup(ent.text) is None
        ):
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=ent.label_)
        out.append(ent)
    return out


def _without_preposition(doc: Doc, ent: SpacySpan) -> SpacySpan:
    """A name without the preposition the recognizer took in at a sentence's start: "[Across Ruritania]"."""
    first = ent[0]
    at_start = first.pos_ == "ADP" or first.is_sent_start
    if (
        len(ent) > 1
        and ent.label_ in NAME_LABELS
        and first.lower_ in word_class("place_preposition")
        and at_start
    ):
        return SpacySpan(doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _town_then_state(doc: Doc, ent: SpacySpan, out: list[SpacySpan]) -> SpacySpan:
    """ "[Bozeman, Mont]ORG": a town and a US state's abbreviation after its comma are two places; the
    town goes to `out`, the state is returned."""
    comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
    if comma is None:
        return ent
    state = doc[comma + 1]
    if state.text not in state_abbreviations() and state.text + "." not in state_abbreviations():
        return ent
    out.append(SpacySpan(doc, ent.start, comma, label="GPE"))
    return SpacySpan(doc, comma + 1, comma + 2, label="GPE")


def _titled_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Titles before a person's name are a person, whatever the recognizer called them: a title and the
    surname of a person named in full elsewhere ("[Supt Roe]WORK_OF_ART" after "Superintendent Jane
    Roe"), a title and a known given name ("[Superintendent Ravi Roe]ORG"), and titles the recognizer
    cut from the name after them ("[Det Supt]PERSON [Jane Roe]PERSON")."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out: list[SpacySpan] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and ent.label_ == "PERSON" and _titles_only(prev):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="PERSON")
            continue
        if ent.label_ != "PERSON" and _titled_person(ent, surnames):
            ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _titles_only(ent: SpacySpan) -> bool:
    """An entity of title words alone ("[Det Supt]PERSON")."""
    words = [t.text for t in ent]
    return title_prefix([*words, "Name"]) == len(words)


def _titled_person(ent: SpacySpan, surnames: set[str]) -> bool:
    """Titles, then a known surname or a known given name and its surname, and no curated body's name."""
    words = [t.text for t in ent]
    skip = title_prefix(words)
    rest = words[skip:]
    if not skip or not rest or len(rest) > 3 or lookup(ent.text) is not None:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest):
        return False
    return (len(rest) == 1 and rest[0] in surnames) or (len(rest) > 1 and name_gender(rest[0]) is not None)


def _streets(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Street names labelled facilities, whatever the recognizer made of them, with the street word it
    left out taken in: "[Joe Farrington]PERSON Road" -> "[Joe Farrington Road]FAC"."""
    out: list[SpacySpan] = []
    for ent in ents:
        end = ent.end
        if end < len(doc) and not doc[end].ent_type_ and doc[end].text.rstrip(".") in street_words():
            end += 1
        street = SpacySpan(doc, ent.start, end, label="FAC")
        out.append(street if is_street_name(street) else ent)
    return out


def _person_of_body(doc: Doc, ent: SpacySpan) -> tuple[SpacySpan, SpacySpan] | None:
    """A person's name and the body they speak for, run together by the recognizer into one body:
    "[Lydia Buchtmann for Food Standards Australia]ORG"."""
    if ent.label_ != "ORG" or len(ent) < 4 or name_gender(ent[0].text) is None:
        return None
    joint = next((t.i for t in ent[2:-1] if t.lower_ in ("for", "at")), None)
    if (
        joint is None
        or not all(t.text[:1].isupper() for t in doc[ent.start : joint])
        or joint - ent.start > 3
    ):
        return None
    return SpacySpan(doc, ent.start, joint, label="PERSON"), SpacySpan(doc, joint + 1, ent.end, label="ORG")


def _national_arm(doc: Doc, ent: SpacySpan, prev: SpacySpan | None) -> SpacySpan | None:
    """A company's arm in a country, named by the company's name before the country's: "Hitwise
    [UK]GPE's figures", "[Google]ORG [India]GPE said"."""
    known = lookup(ent.text) if ent.label_ == "GPE" else None
    if known is None or known.type != "Country" or ent.start == 0:
        return None
    if ent.root.dep_ in ("compound", "amod", "nmod") or ent.end < len(doc) and doc[ent.end].pos_ == "PROPN":
        return None  # "UK Lifestyle", a country naming what follows
    word = doc[ent.start - 1]
    if not (word.pos_ == "PROPN" and word.dep_ == "compound" and ent.start <= word.head.i < ent.end):
        return None
    if not word.text[:1].isupper() or is_title_word(word.text) or lookup(word.text) is not None:
        return None  # "President Obama", "Air France" is the table's
    if word.ent_type_ and not (
        prev is not None and prev.end == ent.start and prev.label_ == "ORG" and len(prev) == 1
    ):
        return None  # a person's or place's name before the country
    return SpacySpan(doc, word.i, ent.end, label="ORG")


def _bodies_of_places(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A body named after its place, where the recognizer took only the place or called all of it a
    place: "the Municipality of [Livorno]GPE", "[the Council of Europe]LOC"."""
    out: list[SpacySpan] = []
    for ent in ents:
        start = ent.start
        if ent.label_ in ("GPE", "LOC"):
            first = next((t for t in ent if t.lower_ != "the"), ent[0])
            if first.i + 1 < ent.end and doc[first.i + 1].lower_ == "of" and is_body_noun(first):
                out.append(SpacySpan(doc, ent.start, ent.end, label="ORG"))
                continue
            if start >= 2 and doc[start - 1].lower_ == "of" and is_body_noun(doc[start - 2]):
                begin = start - 3 if start >= 3 and doc[start - 3].lower_ == "the" else start - 2
                if not (out and out[-1].end > begin):
                    out.append(SpacySpan(doc, begin, ent.end, label="ORG"))
                    continue
        out.append(ent)
    return out


def _bracket_defined_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """An organization's full name before the acronym the article defines for it, where the recognizer
    cut the name or labelled it otherwise: "Movimento 5 Stelle (M5S)" (the initials match), "The League
    of Independent Cheese Makers and Farmers (LICMF)" (a name the recognizer called an organization runs on
    to the bracket)."""
    found: list[SpacySpan] = []
    for token in doc:
        if token.text != "(" or token.i < 2 or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1]
        if not is_acronym(acronym):
            continue
        first = token.i
        while first > 0 and is_name_word(doc[first - 1]):
            first -= 1
        for start in range(first, token.i - 1):
            words = [t for t in doc[start : token.i] if t.lower_ not in word_class("name_joiner")]
            if doc[start].lower_ in word_class("name_joiner") or len(words) < 2:
                continue
            org = next((e for e in ents if e.label_ == "ORG" and e.start <= start < e.end), None)
            initials = "".join(t.text[0] for t in words).upper()
            if initials == acronym.text.upper() or (org is not None and org.start >= first):
                found.append(SpacySpan(doc, org.start if org is not None else start, token.i, label="ORG"))
                break
    if not found:
        return ents
    kept = [e for e in ents if not any(f.start < e.end and e.start < f.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


def _known_full_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Each use of a person's full name relabelled a person, where the recognizer labelled it otherwise
    or labelled only a part of it ("[Dries]ORG Mertens", "[Dries Mertens]PRODUCT")."""
    names = {
        tuple(t.text for t in e) for e in ents if e.label_ == "PERSON" and len(e) == 2 and not names_a_body(e)
    }
    if not names:
        return ents
    found: list[SpacySpan] = []
    for i in range(len(doc) - 1):
        pair = (doc[i].text, doc[i + 1].text)
        if pair in names and not (found and found[-1].end > i):
            found.append(SpacySpan(doc, i, i + 2, label="PERSON"))
    out = []
    for ent in ents:
        clash = [f for f in found if f.start < ent.end and ent.start < f.end]
        if not clash:
            out.append(ent)
        elif ent.label_ != "PERSON" or len(ent) < 2:
            if all(f.start <= ent.start and ent.end <= f.end for f in clash):
                continue  # the name replaces the part it covers
            out.append(ent)
            found = [f for f in found if f not in clash]
        else:
            found = [f for f in found if f not in clash]
            out.append(ent)
    return sorted(out + found, key=lambda e: e.start)


def _given_name_before(doc: Doc, start: int) -> bool:
    """An unlabelled capitalized proper noun right before a lone surname, no title and no known name."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (
        prev.ent_iob_ == "O"
        and prev.pos_ == "PROPN"
        and prev.text.istitle()
        and not is_title_word(prev.text)
        and lookup(prev.text) is None
        and lookup_demonym(prev.text) is None
    )


def split_acronym(ent: SpacySpan) -> tuple[SpacySpan, SpacySpan | None]:
    """A name and the acronym in brackets the recognizer ran into it: "the World Health Organisation
    (WHO" -> ("the World Health Organisation", "WHO")."""
    doc = ent.doc
    for token in ent:
        if token.text != "(" or token.i == ent.start:
            continue
        after = token.i + 1
        if after < len(doc) and is_acronym(doc[after]):
            return SpacySpan(doc, ent.start, token.i, label=ent.label_), doc[after : after + 1]
        return SpacySpan(doc, ent.start, token.i, label=ent.label_), None
    after = ent.end + 1
    if (  # "the World Health Organisation (WHO)"
        after + 1 < len(doc)
        and doc[ent.end].text == "("
        and is_acronym(doc[after])
        and doc[after + 1].text == ")"
    ):
        return ent, doc[after : after + 1]
    return ent, None
