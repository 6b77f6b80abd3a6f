"""Mention features, computed once per mention before any pass runs: token indices inside, the
mention record (character offsets) kept only to hand back at the end."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.base import PRONOUN_FEATURES, to_span
from kg.extract.nominals import noun_lemma
from kg.lexicon.names import normalize_name
from kg.lexicon.words import person_org_nouns
from kg.records import EntityType, Mention, Span, Statement
from kg.resolve.words import words

POST_NOMINAL = re.compile(r"[A-Z]{2,5}")  # letters after a person's name: honours, degrees, offices


@dataclass(frozen=True)
class Features:
    """One mention and what the passes ask of it."""

    mention: Mention
    head: int  # the head token
    first: int  # the span's first and last tokens
    last: int
    root: int  # the span's syntactic root
    lemma: str  # the role, else the head noun's lemma
    word: str  # the head token in lower case
    det: str  # the span's first word in lower case ("the", "his", ...)
    modifiers: frozenset[str]  # compound, possessive and capitalized adjective words before the head
    names: tuple[str, ...]  # a name's normalized words
    dep: str  # the head's grammatical role
    sentence: int
    quote: int | None  # the quotation region the mention sits in
    type: EntityType | None

    @property
    def span(self) -> Span:
        return self.mention.span

    @property
    def kind(self) -> str:
        return self.mention.kind

    @property
    def role(self) -> str | None:
        return self.mention.role

    @property
    def gender(self) -> str | None:
        return self.mention.gender

    @property
    def plural(self) -> bool:
        return self.mention.number == "plural"

    @property
    def number(self) -> str | None:
        return self.mention.number

    @property
    def tokens(self) -> range:
        return range(self.first, self.last + 1)


def name_words(mention: Mention) -> tuple[str, ...]:
    """A name's normalized words, a person's without the letters after the name ("Jane Doe FRS", "John
    Roe MP")."""
    said = mention.span.text.split()
    while mention.type == "Person" and len(said) > 2 and POST_NOMINAL.fullmatch(said[-1]):
        said.pop()
    return tuple(normalize_name(" ".join(said)).split())


def char_tokens(doc: Doc, span: Span) -> list[Token]:
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(chars) if chars is not None else []


def features_of(doc: Doc, mention: Mention, sents: list[int], quotes: list[Span]) -> Features:
    """The features of one mention."""
    head_span = mention.head or mention.span
    head = char_tokens(doc, head_span)[-1]
    chars = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    tokens = list(chars) if chars is not None else []
    root = chars.root if chars is not None and len(chars) else head
    first, last = (tokens[0].i, tokens[-1].i) if tokens else (head.i, head.i)
    modifiers = frozenset(
        t.lower_
        for t in head.lefts
        if t.dep_ in ("compound", "nmod", "poss") or (t.dep_ == "amod" and t.text[:1].isupper())
    )
    quote = next((n for n, q in enumerate(quotes) if q.contains(mention.span)), None)
    return Features(
        mention=mention,
        head=head.i,
        first=first,
        last=last,
        root=root.i,
        lemma=mention.role or noun_lemma(head),
        word=head.lower_,
        det=tokens[0].lower_ if tokens else "",
        modifiers=modifiers,
        names=name_words(mention) if mention.kind == "name" else (),
        dep=head.dep_,
        sentence=sents[head.i],
        quote=quote,
        type=mention.type,
    )


def speaker_mentions(doc: Doc, mentions: list[Mention], statements: list[Statement]) -> list[Mention]:
    """Mentions for speaker spans that no mention heads: "a senior administration official"."""
    heads = {(m.head or m.span).start for m in mentions}
    extra: list[Mention] = []
    for statement in statements:
        for span in (statement.speaker_mention, statement.addressee_mention):
            if span is None:
                continue
            chars = doc.char_span(span.start, span.end, alignment_mode="expand")
            if chars is None or not len(chars) or chars.root.idx in heads:
                continue
            root = chars.root
            head = to_span(doc[root.i : root.i + 1])
            heads.add(root.idx)
            found = PRONOUN_FEATURES.get(root.lower_)
            if found:
                number, gender = found
                extra.append(Mention(head, "pronoun", None, head=head, number=number, gender=gender))
            elif root.pos_ == "PROPN":
                extra.append(Mention(to_span(chars), "name", None, head=head))
            elif noun_lemma(root) in person_org_nouns():  # "union" of "a union complaint said"
                role = noun_lemma(root)
                kind, gender = person_org_nouns()[role]
                extra.append(Mention(to_span(chars), "nominal", kind, head=head, role=role, gender=gender))
    return extra


def is_first_person(f: Features) -> bool:
    return f.kind == "pronoun" and f.span.text.lower() in words("first_singular") | words("first_plural")
