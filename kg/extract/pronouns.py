"""Pronoun mentions: personal, possessive and reflexive pronouns with number and gender, relative pronouns of
a name, pleonastic "it" left out."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.base import RELATIVE_PRONOUNS, to_span
from kg.lexicon.words import pronouns
from kg.records import Mention


def pronoun_mentions(doc: Doc) -> list[Mention]:
    """Personal, possessive and reflexive pronouns of the first, second and third person, with number and
    gender where the word tells them ("you" does not); pleonastic "it" left out."""
    out: list[Mention] = []
    table = pronouns()
    for token in doc:
        pronoun = table.get(token.lower_)
        if (
            pronoun is None
            or pronoun.kind == "relative"
            or not (token.pos_ == "PRON" or token.tag_ == "PRP$")
        ):
            continue
        if token.lower_ == "it" and _pleonastic(token):
            continue
        number, gender = pronoun.number, pronoun.gender
        out.append(
            Mention(
                to_span(doc[token.i : token.i + 1]),
                "pronoun",
                None,
                head=to_span(doc[token.i : token.i + 1]),
                number=number,
                gender=gender,
            )
        )
    for token in doc:
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and token.i > token.head.head.i:
            one = to_span(doc[token.i : token.i + 1])
            out.append(Mention(one, "pronoun", None, head=one))  # "Jane Doe, who ...": resolved to Jane Doe
    return out


def _pleonastic(token: Token) -> bool:
    """ "It is important to ...", "it was unlikely that ...", "It was not what ...": no referent."""
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in ("be", "seem", "appear", "become"):
        return True
    return (
        token.dep_ == "nsubj"
        and any(c.dep_ in ("ccomp", "xcomp") and c.i > head.i for c in head.children)
        and head.lemma_ in ("take", "make", "matter", "happen")
    )
