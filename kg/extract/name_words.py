"""Tests on the tokens and spans of names, shared by the name finders: a name's head and trimmed
words, organization nouns, titles, acronyms, legal forms, and a place's name used as a place."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.base import to_span
from kg.extract.nominals import noun_lemma, person_org_nouns
from kg.lexicon.known import capital_of, lookup
from kg.lexicon.titles import (
    office_abbreviations,
    title_length,
)
from kg.lexicon.words import corporate_words, nouns_of, place_nouns, street_words, word_class
from kg.records import EntityType, Mention, Span

NER_TYPES: dict[str, EntityType] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Country",
    "NORP": "Organization",
    "LOC": "Place",
    "FAC": "Place",
    "PRODUCT": "Equipment",
}


def head_of(span: SpacySpan) -> Span:
    """The syntactic head of a name as a record span ("Department" of "Department of Defense")."""
    root = span.root
    return to_span(span.doc[root.i : root.i + 1])


def trimmed(span: SpacySpan) -> SpacySpan | None:
    """The span without a leading quotation mark, line break or indefinite article ("a World Health
    Organisation report"), or a trailing possessive marker, punctuation, line break or function word."""
    start, end = span.start, span.end
    while end - start > 1 and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1  # '[" Mr de Vabres]ORG': the quotation mark before the name
    if end - start > 1 and span.doc[start].lower_ in ("a", "an"):
        start += 1
    elif end - start > 1 and span.doc[start].lower_ == "the" and _modifies_a_noun(span):
        start += 1  # "the [United Nations] headquarters": "the" is the headquarters'

    while end > start and (
        span.doc[end - 1].tag_ == "POS"
        or span.doc[end - 1].is_punct
        or span.doc[end - 1].is_space  # "[Jane Roe\n\n]ORG": a heading's line break
        or (
            end - start > 1 and span.doc[end - 1].lower_ in word_class("dangling")
        )  # "[Whitbread Novel of]ORG"
    ):
        end -= 1
    tail = [t.text for t in span.doc[max(start, end - 3) : end]]
    if (
        end - start > 3
        and len(tail) == 3
        and tail[0].isdigit()
        and tail[1] in ("-", "–")
        and tail[2].isdigit()
    ):
        end -= 3  # "[Chelsea 2-1]ORG": the score is no part of the name
    return span.doc[start:end] if end > start else None


def _modifies_a_noun(span: SpacySpan) -> bool:
    """Whether a name stands before a noun it modifies, that noun taking the article before the name."""
    root = span[1:].root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        root.dep_ == "compound"
        and after is not None
        and root.head.i >= span.end
        and after.pos_ in ("NOUN", "PROPN")
        and span[0].head.i >= span.end  # the article hangs on the noun after the name
    )


def is_body_noun(token: Token) -> bool:
    """A capitalized organization noun ("Municipality", "Council", "Ministry")."""
    return token.text[:1].isupper() and person_org_nouns().get(noun_lemma(token), ("",))[0] == "Organization"


def names_a_body(ent: SpacySpan) -> bool:
    """A name whose last word or head is an organization noun ("... Council", "... Hospital", "the Royal
    Courts of Justice")."""
    return any(
        word.text[:1].isupper() and person_org_nouns().get(noun_lemma(word), ("",))[0] == "Organization"
        for word in (ent[-1], ent.root)
    )


def is_common_noun(token: Token) -> bool:
    """A person or organization noun written with a capital ("the Government"): a nominal, not a name."""
    return lookup(token.text) is None and noun_lemma(token) in person_org_nouns()


def ends_in_title(span: SpacySpan) -> bool:
    """Whether a capitalized run ends in an office ("Chief Operating Officer", "Apple's C.E.O."): a
    description, since names do not end so."""
    last = span[-1]
    return last.text.replace(".", "").upper() in office_abbreviations() or last.lower_ in nouns_of("office")


def is_acronym(token: Token) -> bool:
    """ "WHO", "M5S": capitals, digits allowed after the first letter."""
    text = token.text
    return len(text) >= 2 and text.isupper() and text.isalnum() and text[0].isalpha()


def is_designator(token: Token) -> bool:
    """A company's legal form written after its name: "LLC", "Inc.", "plc", "SpA"."""
    return (token.text[:1].isupper() or token.lower_ == "plc") and token.lower_.rstrip(
        "."
    ) in corporate_words("designator")


def part_of_name(doc: Doc, token: Token) -> bool:
    """A capitalized word beside the token, as in another name ("Smith Street")."""
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in neighbours)


def begins_title(doc: Doc, ent: SpacySpan) -> bool:
    """Whether a title from the table runs over the entity ("[Shadow Home]ORG Secretary", "Secretary of
    [State]ORG"): a part of the title, not a body."""
    if title_length([t.text for t in doc[ent.start : ent.end + 3]]) > len(ent):
        return True
    for back in range(1, 4):
        start = ent.start - back
        if start >= 0 and title_length([t.text for t in doc[start : ent.end + 2]]) >= back + len(ent):
            return True
    return False


def is_locative(ent: SpacySpan) -> bool:
    """A place name used as a place: after a preposition of place, before a common noun it modifies, or
    after another place and a comma."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in word_class("place_preposition"):
        return True
    root = ent.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= ent.end:
        return root.head.lemma_ not in nouns_of("ruling")  # "the London races", not "the Beijing government"
    while root.dep_ == "conj" and root.head.ent_type_ in ("GPE", "LOC", "FAC"):
        root = root.head  # "in Paris and Berlin"
    if root is not ent.root and root.dep_ == "pobj" and root.head.lower_ in word_class("place_preposition"):
        return True
    if listed_as_place(ent):
        return True
    return (
        before is not None
        and before.text == ","
        and ent.start > 1
        and doc[ent.start - 2].ent_type_
        in (
            "GPE",
            "LOC",
            "FAC",
        )
    )


def listed_as_place(ent: SpacySpan) -> bool:
    """A name among the examples of a noun of places: "towns including Alden, Brisco and Carvel", "cities
    such as Alden"."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj":
        return False
    prep = root.head
    example = prep.lower_ in word_class("example_preposition") and (
        prep.lower_ != "as" or (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")
    )
    return example and prep.head.lemma_.lower() in place_nouns()


def named_as_place(span: SpacySpan) -> bool:
    """A name standing for a place, not for those who act there: a capital named as a city ("talks in
    Beijing"), or a name the tables do not know among a place noun's examples."""
    if lookup(span.text) is None:
        return listed_as_place(span)
    return capital_of(span.text) is not None and is_locative(span)


def used_as_place(ent: SpacySpan) -> bool:
    """A curated country or capital used as a place ("fled Rwanda", "in Wellington"), whatever person's
    name ends in that word ("Hotel Rwanda", "Bob Wellington")."""
    if lookup(ent.text) is None and capital_of(ent.text) is None:
        return False
    root = ent.root
    return is_locative(ent) or (root.dep_ == "dobj" and root.head.lemma_ in word_class("place_object_verb"))


def is_name_word(token: Token) -> bool:
    """A word that can stand inside a name: capitalized, a number, or a joining word."""
    return token.text[:1].isupper() or token.like_num or token.lower_ in word_class("name_joiner")


def office_mention(doc: Doc, ent: SpacySpan) -> Mention | None:
    """A capitalized office the recognizer took for a name, as a person nominal."""
    core = trimmed(ent)
    if core is None:
        return None
    last = core[-1]
    role = (
        last.text.replace(".", "").lower()
        if last.text.replace(".", "").upper() in office_abbreviations()
        else noun_lemma(last)
    )
    return Mention(
        to_span(core),
        "nominal",
        "Person",
        head=to_span(doc[last.i : last.i + 1]),
        role=role,
        number="singular",
    )


def is_street_name(span: SpacySpan) -> bool:
    """A name ending in a street word ("Joe Farrington Road", "12 Harp Close"): a place. Where the word
    also ends people's names ("Close", "Lane"), only where the text uses the name as a street's."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.like_num for t in words):
        return False
    surname = street_words().get(words[-1].text.rstrip("."))
    if surname is None:
        return False
    return not surname or _used_as_street(span)


def _used_as_street(span: SpacySpan) -> bool:
    """After a house number or a preposition of place ("on", "near"), or coordinated with a street."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is not None and (before.like_num or before.lower_ in word_class("street_preposition")):
        return True
    root = span.root
    partners = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    return any(p.text.rstrip(".") in street_words() for p in partners)
