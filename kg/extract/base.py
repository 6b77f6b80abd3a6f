"""Shared pieces of mention finding: record spans and the pronoun lexicon."""

from __future__ import annotations

from typing import Literal, cast

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.records import Span

Number = Literal["singular", "plural"]
Gender = Literal["male", "female", "neuter"]
PRONOUN_FEATURES: dict[str, tuple[Number, Gender | None]] = {
    "he": ("singular", "male"),
    "him": ("singular", "male"),
    "his": ("singular", "male"),
    "himself": ("singular", "male"),
    "she": ("singular", "female"),
    "her": ("singular", "female"),
    "hers": ("singular", "female"),
    "herself": ("singular", "female"),
    "it": ("singular", "neuter"),
    "its": ("singular", "neuter"),
    "itself": ("singular", "neuter"),
    "they": ("plural", None),
    "them": ("plural", None),
    "their": ("plural", None),
    "theirs": ("plural", None),
    "themselves": ("plural", None),
    "i": ("singular", None),
    "me": ("singular", None),
    "my": ("singular", None),
    "mine": ("singular", None),
    "myself": ("singular", None),
    "we": ("plural", None),
    "us": ("plural", None),
    "our": ("plural", None),
    "ours": ("plural", None),
    "ourselves": ("plural", None),
}
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})


def to_span(span: SpacySpan) -> Span:
    """A record span for a spaCy span (character offsets into the Doc's text)."""
    return Span(span.start_char, span.end_char, span.text)


def as_gender(value: str | None) -> Gender | None:
    """A gender from a table cell ("male", "female", "neuter"), else None."""
    return cast(Gender, value) if value in ("male", "female", "neuter") else None


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token again on each call."""
    text = doc.user_data.get("kg_text")
    if not isinstance(text, str):
        text = doc.user_data["kg_text"] = doc.text
    return text
