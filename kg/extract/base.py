"""Shared pieces of mention finding: record spans and the pronouns' features."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.lexicon.words import Gender, Number, as_gender, pronoun_words, pronouns
from kg.records import Span

__all__ = [
    "FIRST_PERSON",
    "PRONOUN_FEATURES",
    "RELATIVE_PRONOUNS",
    "Gender",
    "Number",
    "as_gender",
    "text_of",
    "to_span",
]

PRONOUN_FEATURES: dict[str, tuple[Number, Gender | None]] = {
    p.word: (p.number, p.gender) for p in pronouns().values() if p.number is not None
}
RELATIVE_PRONOUNS = pronoun_words(kind="relative")
FIRST_PERSON = pronoun_words(person=1)


def to_span(span: SpacySpan) -> Span:
    """A record span for a spaCy span (character offsets into the Doc's text)."""
    return Span(span.start_char, span.end_char, span.text)


def text_of(doc: Doc) -> str:
    """The document's text, built once: spaCy's `Doc.text` joins every token again on each call."""
    text = doc.user_data.get("kg_text")
    if not isinstance(text, str):
        text = doc.user_data["kg_text"] = doc.text
    return text
