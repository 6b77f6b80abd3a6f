"""Name mentions: the recognizer's entities, typed and trimmed, proper-noun runs it missed, and later
uses of acronyms, surnames and one-word names it found elsewhere in the article."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.base import to_span
from kg.extract.name_spans import join_split_names, split_acronym
from kg.extract.name_types import entity_mention
from kg.extract.name_words import NER_TYPES, begins_title, head_of, is_body_noun, is_common_noun, part_of_name
from kg.extract.proper_runs import proper_runs, run_mention
from kg.lexicon.known import lookup
from kg.lexicon.names import normalize_name
from kg.lexicon.words import corporate_words, state_abbreviations
from kg.records import EntityType, Mention


def name_mentions(doc: Doc) -> list[Mention]:
    """Names from the entity recognizer and from proper-noun runs it missed."""
    ents = join_split_names(doc)
    people = {
        tuple(t.lower_ for t in e)
        for e in ents
        if e.label_ == "PERSON" and len(e) > 1 and lookup(e.text) is None  # not "[Manchester United]PERSON"
    }
    out: list[Mention] = []
    covered: set[int] = set()
    acronyms: dict[str, EntityType | None] = {}
    surnames = {name[-1] for name in people}
    for ent in ents:
        if ent.label_ not in NER_TYPES:
            continue
        name, acronym = split_acronym(ent)
        if len(name) == 1 and is_common_noun(name[0]) and name[0].lower_ not in surnames:
            continue  # "the Government": a nominal, not "Baker" after "Ann Baker"
        if ent.label_ != "PERSON" and begins_title(doc, ent):
            continue  # "[Shadow Home]ORG Secretary": a title, not a body
        mention = entity_mention(doc, name, people)
        if mention is not None:
            out.append(mention)
            covered.update(range(ent.start, ent.end))
            if acronym is not None and mention.type != "Person":
                acronyms[acronym.text] = mention.type
                covered.update(range(acronym.start, acronym.end))
                out.append(
                    Mention(to_span(acronym), "name", mention.type, head=head_of(acronym), number="singular")
                )
    for run in proper_runs(doc, covered):
        mention = run_mention(doc, run)
        if mention is not None:
            if mention.type is None and run.text in acronyms:
                mention = replace(mention, type=acronyms[run.text])
            out.append(mention)
            covered.update(range(run.start, run.end))
    out += _acronym_uses(doc, acronyms, covered)
    out += _surname_uses(doc, people, covered)
    out += _name_uses(doc, out, covered)
    out += _leading_bodies(doc, out)
    out += _names_inside_names(doc, out, people)
    out = _places_by_state(doc, out)
    return [m for m in _repeated_names(doc, out) if normalize_name(m.span.text)]  # no name of marks alone


def _places_by_state(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A US state's abbreviation after a town and a comma names the state, and the town before it is a
    town, whatever the recognizer made of them ("SPRINGFIELD, Ill.", "Helena, Mont" in a dateline)."""
    states = {
        t.i
        for t in doc[2:]
        if (t.text in state_abbreviations() or t.text + "." in state_abbreviations())
        and doc[t.i - 1].text == ","
        and doc[t.i - 2].text[:1].isupper()
    }
    if not states:
        return found
    out: list[Mention] = []
    for mention in found:
        chars = doc.char_span(mention.span.start, mention.span.end)
        place = chars is not None and ((len(chars) == 1 and chars.start in states) or chars.end + 1 in states)
        out.append(replace(mention, type="Place", role=None, gender=None) if place else mention)
    return out


def _leading_bodies(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A body named alone elsewhere in the article that begins a longer name: "Google" in "the Google
    Science Fair" (the longer name stays a mention of its own)."""
    bodies: dict[str, EntityType | None] = {}
    alone: dict[str, int] = {}
    for m in found:
        if m.kind == "name" and m.type in ("Organization", "Country") and " " not in m.span.text:
            bodies[m.span.text] = m.type
            alone[m.span.text] = min(alone.get(m.span.text, m.span.start), m.span.start)
    out: list[Mention] = []
    introduced: set[str] = set()
    for mention in sorted(found, key=lambda m: m.span.start):
        chars = doc.char_span(mention.span.start, mention.span.end)
        if chars is None or mention.kind != "name" or mention.type == "Person":
            continue
        first = chars[1] if chars[0].lower_ == "the" and len(chars) > 2 else chars[0]
        rest = [t.lower_.strip(".,") for t in doc[first.i + 1 : chars.end]]
        if (
            first.text in bodies
            and alone[first.text] > mention.span.start
            and mention.type == "Organization"
            and lookup(first.text) is None  # FIFA is its own body before the "FIFA World Cup"
        ):
            introduced.add(first.text)  # "Texas Instruments ... Texas, which makes chips": its short name
        if first.text in introduced:
            continue
        if (
            not rest
            or rest[-1] in corporate_words()
            or is_body_noun(chars[-1])
            or lookup(chars.text) is not None
        ):
            continue  # "Apple Inc.", "Penske Automotive Group": the body itself, or one of its own
        if first.text in bodies and first.i < chars.end - 1:
            word = doc[first.i : first.i + 1]
            out.append(
                Mention(to_span(word), "name", bodies[first.text], head=head_of(word), number="singular")
            )
    return out


def _names_inside_names(doc: Doc, found: list[Mention], people: set[tuple[str, ...]]) -> list[Mention]:
    """A person named in full in the article, or a curated body, whose name opens or runs inside a longer
    name of something else: "the Jane Roe Justice Act", "the UNESCO National Commission" (a mention of
    its own; the longer name stays one too)."""
    out: list[Mention] = []
    spans = {m.span for m in found}
    ordered = list(people)  # the first person found inside is the first a scan of `people` meets
    by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for k, n in enumerate(ordered):
        by_first.setdefault(n[0], []).append((k, n))
    for mention in found:
        chars = doc.char_span(mention.span.start, mention.span.end)
        if chars is None or mention.kind != "name" or mention.type == "Person" or len(chars) < 2:
            continue
        words = [t.lower_ for t in chars]
        inside = [
            (k, i)
            for i, word in enumerate(words)
            for k, n in by_first.get(word, ())
            if len(n) < len(words) and tuple(words[i : i + len(n)]) == n
        ]
        first = min(inside, default=None)  # by the person's place in the scan, then by position
        inner = None
        if first is not None:
            k, i = first
            inner = (i, i + len(ordered[k]), cast(EntityType, "Person"))
        if inner is None:
            inner = _curated_opening(chars)
        part = chars[inner[0] : inner[1]] if inner is not None else None
        if inner is not None and part is not None and to_span(part) not in spans:
            spans.add(to_span(part))
            out.append(Mention(to_span(part), "name", inner[2], head=head_of(part), number="singular"))
    return out


def _curated_opening(chars: SpacySpan) -> tuple[int, int, EntityType] | None:
    """The longest opening words of a name (after "the") that a curated body is called, when the name
    says more than the body's own name ("[United Nations] Office for ...")."""
    first = 1 if chars[0].lower_ == "the" else 0
    if lookup(chars[first:].text) is not None:
        return None
    for end in range(len(chars) - 1, first, -1):
        known = lookup(chars[first:end].text)
        if known is not None and known.type in ("Organization", "Country"):
            return first, end, known.type
    return None


def _name_key(span: SpacySpan) -> tuple[str, ...]:
    """A name's words as written, but for a leading "The"/"the"."""
    return tuple(t.lower_ if t.i == span.start and t.lower_ == "the" else t.text for t in span)


def _repeated_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A body's name of several words said again where the recognizer missed it or took only a part
    ("a letter from the Borough of [Redhill]" after "the Borough of Redhill")."""
    names: dict[tuple[str, ...], Mention] = {}
    for mention in found:
        chars = doc.char_span(mention.span.start, mention.span.end)
        if mention.kind == "name" and mention.type == "Organization" and chars is not None and len(chars) > 1:
            names.setdefault(_name_key(chars), mention)
    if not names:
        return found
    added: list[Mention] = []
    starts: dict[tuple[str, str], list[int]] = {}  # a name's first two words -> where they stand
    seconds = {words[1] for words in names}
    texts = [token.text for token in doc]
    for i in range(len(texts) - 1):
        if texts[i + 1] in seconds:  # only a name's second word can follow its first
            first = "the" if doc[i].lower_ == "the" else texts[i]
            starts.setdefault((first, texts[i + 1]), []).append(i)
    spans = {m.span for m in found}
    for words, mention in names.items():
        for start in starts.get((words[0], words[1]), ()):
            if start + len(words) > len(doc) or _name_key(doc[start : start + len(words)]) != words:
                continue
            here = to_span(doc[start : start + len(words)])
            if any(m.span.overlaps(here) and not here.contains(m.span) for m in found + added):
                continue  # the words are part of another name here
            if here in spans:
                continue
            added.append(replace(mention, span=here, head=head_of(doc[start : start + len(words)])))
    if not added:
        return found
    kept = [m for m in found if not any(a.span.contains(m.span) for a in added)]
    return kept + added


def _name_uses(doc: Doc, found: list[Mention], covered: set[int]) -> list[Mention]:
    """Other uses of a one-word name of a body or country that the recognizer found elsewhere in the
    article but not there (a headline's "Scientology defector ...")."""
    names: dict[str, EntityType | None] = {}
    for mention in found:
        if (
            mention.kind == "name"
            and mention.type in ("Organization", "Country")
            and " " not in mention.span.text
        ):
            names.setdefault(mention.span.text, mention.type)
    if not names:
        return []
    out: list[Mention] = []
    for token in doc:
        if (
            token.text not in names  # the rarest first: the conditions are all plain tests
            or token.i in covered
            or not token.text[:1].isupper()
            or token.ent_type_
            or part_of_name(doc, token)
        ):
            continue
        span = doc[token.i : token.i + 1]
        out.append(Mention(to_span(span), "name", names[token.text], head=head_of(span), number="singular"))
    return out


def _acronym_uses(doc: Doc, acronyms: dict[str, EntityType | None], covered: set[int]) -> list[Mention]:
    """Later uses of an acronym the article defined in brackets, where the recognizer missed them."""
    if not acronyms:
        return []
    out: list[Mention] = []
    for token in doc:
        if token.i in covered or token.text not in acronyms:
            continue
        span = doc[token.i : token.i + 1]
        out.append(
            Mention(to_span(span), "name", acronyms[token.text], head=head_of(span), number="singular")
        )
    return out


def _surname_uses(doc: Doc, people: set[tuple[str, ...]], covered: set[int]) -> list[Mention]:
    """A person's surname alone where the model took it for a common noun ("Smith requested ..." at a
    sentence start) or gave it a label that names no actor."""
    surnames = {name[-1] for name in people}
    if not surnames:
        return []
    out: list[Mention] = []
    for token in doc:
        if (
            token.lower_ not in surnames  # the rarest first: the conditions are all plain tests
            or token.i in covered
            or token.ent_type_ in NER_TYPES
            or not token.text.istitle()
            or token.pos_ not in ("PROPN", "NOUN")
            or part_of_name(doc, token)
        ):
            continue
        span = doc[token.i : token.i + 1]
        out.append(Mention(to_span(span), "name", "Person", head=head_of(span), number="singular"))
    return out
