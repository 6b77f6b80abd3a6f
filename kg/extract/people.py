"""A person's name as a mention: titles and descriptions before it kept as the mention's role, not as
part of the name ("Pentagon press secretary Gen. [John Smith]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.base import as_gender, to_span
from kg.extract.name_words import ends_in_title, head_of, trimmed
from kg.extract.nominals import noun_lemma, person_org_nouns
from kg.lexicon.known import lookup_demonym
from kg.lexicon.titles import (
    is_honorific,
    is_title_word,
    name_gender,
    title_gender,
    title_prefix,
)
from kg.records import Mention


def person_mention(doc: Doc, ent: SpacySpan, role_from: int | None = None) -> Mention | None:
    """A person's name without its titles; the titles before it become the mention's role."""
    core = trimmed(ent)
    if core is None:
        return None
    words = [t.text for t in core]
    skip = title_prefix(words)
    offices = [i for i in range(skip, len(core) - 1) if ends_in_title(core[i : i + 1])]
    if skip and offices:
        skip = offices[-1] + 1  # "Chief Operating Officer Tim Cook": the title runs to "Officer"
    if len(core) - skip > 1 and _demonym(core[skip]):
        skip += 1  # "Russian Dmitriy Bogdanov", "Australian Johnson": the nationality is no part of the name
    elif len(core) - skip > 2 and _descriptor(core[skip], core[skip + 1]):
        skip += 1  # "Striker Wayne Rooney", "Model Sophie Anderton": what the person is, then the name
    name = core[skip:]
    role_start = _role_start(doc, core.start if role_from is None else role_from)
    role_tokens = doc[role_start : core.start + skip]
    if not any(_role_word(t) for t in role_tokens):
        role_tokens = doc[core.start + skip : core.start + skip]  # "The next thing Jane knows": no role
    role = role_tokens.text.strip() or None
    gender = as_gender(title_gender([t.text for t in role_tokens])) if role else None
    return Mention(
        to_span(name), "name", "Person", head=head_of(name), role=role, number="singular", gender=gender
    )


def _descriptor(word: Token, given: Token) -> bool:
    """A capitalized word before a known given name that is itself none: a description ("Striker",
    "Olympian"), not the first of two given names ("Mary Ann Smith")."""
    return (
        word.text[:1].isupper()
        and name_gender(word.text) is None
        and name_gender(given.text) is not None
        and not is_honorific(word.text)
        and word.text.isalpha()
    )


def _demonym(token: Token) -> bool:
    """A capitalized nationality adjective that is no given name ("Russian", "Kenyan"; not "German" where
    a table knows it for a given name)."""
    known = lookup_demonym(token.text) if token.text[:1].isupper() else None
    return known is not None and known.type == "Country" and name_gender(token.text) is None


def _role_word(token: Token) -> bool:
    """A word that makes the words before a name a role: a title, a person or organization noun, a name."""
    return (
        is_title_word(token.text)
        or noun_lemma(token) in person_org_nouns()
        or token.ent_type_ in ("ORG", "GPE", "NORP")
    )


def _role_start(doc: Doc, start: int) -> int:
    """Where the title words before a name begin: "Pentagon press secretary Gen. [John Smith]",
    "Secretary of Defense [Jane Doe]"."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        if prev.ent_type_ in ("ORG", "GPE", "NORP") and prev.text[:1].isupper():
            j = i - 1
            while j > 0 and doc[j].ent_iob_ != "B" and doc[j - 1].ent_type_ == prev.ent_type_:
                j -= 1
            if j >= 2 and doc[j - 1].lower_ == "of" and is_title_word(doc[j - 2].text):
                i = j - 2
                continue
            break
        if prev.ent_type_ == "PERSON" or prev.pos_ in ("DET", "PUNCT", "ADP", "VERB", "AUX"):
            if prev.lower_ == "of" and i - 2 >= 0 and is_title_word(doc[i - 2].text):
                i -= 2
                continue
            break
        if prev.tag_ == "POS" or prev.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        i -= 1
    return i
