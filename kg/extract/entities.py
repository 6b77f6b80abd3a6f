"""Entity mentions: spaCy's named entities, typed for the ontology, plus pronouns.

Nominal mentions and patterns for what the model misses are added by later rules.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.records import EntityType, Mention, Span

NER_TYPES: dict[str, EntityType] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Country",
    "LOC": "Place",
    "FAC": "Place",
    "PRODUCT": "Equipment",
}
PRONOUN_FEATURES: dict[str, tuple[str, str | None]] = {
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
}


def to_span(span: SpacySpan) -> Span:
    """A record span for a spaCy span (character offsets into the Doc's text)."""
    return Span(span.start_char, span.end_char, span.text)


def find_mentions(doc: Doc) -> list[Mention]:
    """Named and pronominal mentions in text order."""
    mentions = [
        Mention(to_span(ent), "name", NER_TYPES[ent.label_], head=to_span(ent[-1:]))
        for ent in doc.ents
        if ent.label_ in NER_TYPES
    ]
    for token in doc:
        features = PRONOUN_FEATURES.get(token.lower_)
        if features and token.pos_ == "PRON" or features and token.tag_ == "PRP$":
            number, gender = features
            mentions.append(
                Mention(to_span(doc[token.i : token.i + 1]), "pronoun", None, number=number, gender=gender)  # type: ignore[arg-type]
            )
    return sorted(mentions, key=lambda m: m.span.start)
