"""Entity mentions: names (kg.extract.names), common-noun mentions of people, organizations and
equipment (kg.extract.nominals), and pronouns (kg.extract.pronouns), less what names a thing or a work
and what is page furniture (credits, copyright lines, bylines)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.base import FIRST_PERSON, PRONOUN_FEATURES, text_of, to_span
from kg.extract.furniture import furniture_ranges
from kg.extract.names import name_mentions
from kg.extract.nominals import age_mentions, nominal_mentions
from kg.extract.pronouns import pronoun_mentions
from kg.extract.titles import thing_names, work_titles
from kg.lexicon.known import lookup
from kg.lexicon.names import company_core, normalize_name
from kg.lexicon.words import corporate_words
from kg.records import Mention, Span

ACTOR_TYPES = frozenset({"Person", "Organization"})


def find_mentions(doc: Doc) -> list[Mention]:
    """Named, nominal and pronominal mentions in text order."""
    mentions = _companies_taken_for_products(name_mentions(doc))
    taken = {i for m in mentions for i in _token_range(doc, m.span)}
    people = {i for m in mentions if m.type == "Person" for i in _token_range(doc, m.span)}
    mentions += [_curated(m) for m in nominal_mentions(doc, taken, people)]
    mentions += age_mentions(doc)
    mentions += pronoun_mentions(doc)
    kept = _without_furniture(doc, _without_thing_names(doc, mentions))
    return sorted(kept, key=lambda m: (m.span.start, m.span.end))


def _without_furniture(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions less those inside credits, copyright lines and bylines, which name no actor of the story."""
    ranges = furniture_ranges(text_of(doc))
    if not ranges:
        return mentions
    return [m for m in mentions if not any(a <= m.span.start and m.span.end <= b for a, b in ranges)]


def _companies_taken_for_products(mentions: list[Mention]) -> list[Mention]:
    """A product name that is a company's name less its corporate words is that company: "Saturn
    Corporation ... Saturn has 350 dealers"."""
    cores = set()
    for m in mentions:
        words = tuple(normalize_name(m.span.text).split())
        if m.type == "Organization" and company_core(words, corporate_words()) != words:
            cores.add(company_core(words, corporate_words()))
    if not cores:
        return mentions
    return [
        replace(m, type="Organization")
        if m.type == "Equipment" and tuple(normalize_name(m.span.text).split()) in cores
        else m
        for m in mentions
    ]


def _without_thing_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions less the people and bodies inside a name given to a thing ("a boat named "Pride of
    Northern Lads"") and the names of works ("thriller Hotel Rwanda ... Hotel Rwanda was shot in ...")."""
    actor_ranges = {id(m): _token_range(doc, m.span) for m in mentions if m.type in ACTOR_TYPES}
    titles = thing_names(doc, {i for r in actor_ranges.values() for i in r})
    names = [m for m in mentions if m.kind == "name" and id(m) in actor_ranges]
    works = work_titles(doc, [(actor_ranges[id(m)].start, actor_ranges[id(m)].stop) for m in names])
    if not titles and not works:
        return mentions
    named = {id(m) for m in names}
    return [
        m
        for m in mentions
        if not (id(m) in actor_ranges and any(_within(actor_ranges[id(m)], title) for title in titles))
        and not (id(m) in named and m.span.text in works)
    ]


def _within(inner: range, outer: range) -> bool:
    return len(inner) > 0 and outer.start <= inner.start and inner.stop <= outer.stop


def _curated(mention: Mention) -> Mention:
    """A capitalized noun phrase that is a curated body's name is that name: "the Scottish Executive"."""
    head = mention.head or mention.span
    known = lookup(mention.span.text) if head.text[:1].isupper() else None
    if known is None or known.type not in ("Organization", "Country"):
        return mention
    return replace(mention, kind="name", type=known.type, role=None, gender=None, number="singular")


def _token_range(doc: Doc, span: Span) -> range:
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return range(chars.start, chars.end) if chars is not None else range(0)


__all__ = ["FIRST_PERSON", "PRONOUN_FEATURES", "find_mentions", "name_mentions", "to_span"]
