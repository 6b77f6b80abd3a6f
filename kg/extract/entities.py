"""Entity mentions: names (spaCy's entities, titles trimmed, repaired where the model errs), common-noun
mentions of people, organizations and equipment (kg.extract.nominals), and pronouns."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.base import FIRST_PERSON, PRONOUN_FEATURES, RELATIVE_PRONOUNS, as_gender, to_span
from kg.extract.cues import cue_lemmas
from kg.extract.nominals import nominal_mentions, noun_lemma, person_org_nouns
from kg.extract.titles import thing_names, work_titles
from kg.lexicon.known import capital_of, is_nationality_noun, lookup, lookup_demonym
from kg.lexicon.names import company_core, normalize_name
from kg.lexicon.titles import (
    is_honorific,
    is_title_word,
    name_gender,
    office_abbreviations,
    title_gender,
    title_length,
    title_prefix,
)
from kg.lexicon.words import corporate_words, nouns_of, state_abbreviations, word_class
from kg.records import EntityType, Mention, Span

ACTOR_TYPES = frozenset({"Person", "Organization"})
NER_TYPES: dict[str, EntityType] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Country",
    "NORP": "Organization",
    "LOC": "Place",
    "FAC": "Place",
    "PRODUCT": "Equipment",
}


def find_mentions(doc: Doc) -> list[Mention]:
    """Named, nominal and pronominal mentions in text order."""
    mentions = _companies_taken_for_products(name_mentions(doc))
    taken = {i for m in mentions for i in _token_range(doc, m.span)}
    people = {i for m in mentions if m.type == "Person" for i in _token_range(doc, m.span)}
    mentions += [_curated(m) for m in nominal_mentions(doc, taken, people)]
    mentions += age_mentions(doc)
    mentions += pronoun_mentions(doc)
    return sorted(_without_thing_names(doc, mentions), key=lambda m: (m.span.start, m.span.end))


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
    """Mentions less the people and bodies inside a name given to a thing ("a robot named "Better Idea of
    Afghan Girls"") and the names of works ("thriller Hotel Rwanda ... Hotel Rwanda was shot in ...")."""
    actor_ranges = {id(m): _token_range(doc, m.span) for m in mentions if m.type in ACTOR_TYPES}
    titles = thing_names(doc, {i for r in actor_ranges.values() for i in r})
    names = [m for m in mentions if m.kind == "name" and id(m) in actor_ranges]
    works = work_titles(doc, [(actor_ranges[id(m)].start, actor_ranges[id(m)].stop) for m in names])
    if not titles and not works:
        return mentions
    return [
        m
        for m in mentions
        if not (id(m) in actor_ranges and any(_within(actor_ranges[id(m)], title) for title in titles))
        and not (m in names and m.span.text in works)
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


def name_mentions(doc: Doc) -> list[Mention]:
    """Names from the entity recognizer and from proper-noun runs it missed."""
    ents = _join_split_names(doc)
    people = {
        tuple(t.lower_ for t in e)
        for e in ents
        if e.label_ == "PERSON" and len(e) > 1 and lookup(e.text) is None  # not "[Manchester United]PERSON"
    }
    out: list[Mention] = []
    covered: set[int] = set()
    acronyms: dict[str, EntityType | None] = {}
    for ent in ents:
        if ent.label_ not in NER_TYPES:
            continue
        name, acronym = _split_acronym(ent)
        if len(name) == 1 and _common_noun(name[0]):
            continue  # "the Government": a nominal the recognizer took for a name
        if ent.label_ != "PERSON" and _begins_title(doc, ent):
            continue  # "[Shadow Home]ORG Secretary": a title, not a body
        mention = _entity_mention(doc, name, people)
        if mention is not None:
            out.append(mention)
            covered.update(range(ent.start, ent.end))
            if acronym is not None and mention.type != "Person":
                acronyms[acronym.text] = mention.type
                covered.update(range(acronym.start, acronym.end))
                out.append(
                    Mention(to_span(acronym), "name", mention.type, head=_root(acronym), number="singular")
                )
    for run in _proper_runs(doc, covered):
        mention = _run_mention(doc, run)
        if mention is not None:
            if mention.type is None and run.text in acronyms:
                mention = replace(mention, type=acronyms[run.text])
            out.append(mention)
            covered.update(range(run.start, run.end))
    out += _acronym_uses(doc, acronyms, covered)
    out += _surname_uses(doc, people, covered)
    out += _name_uses(doc, out, covered)
    out += _leading_bodies(doc, out)
    return _repeated_names(doc, out)


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
            or _body_noun(chars[-1])
            or lookup(chars.text) is not None
        ):
            continue  # "Apple Inc.", "Penske Automotive Group": the body itself, or one of its own
        if first.text in bodies and first.i < chars.end - 1:
            word = doc[first.i : first.i + 1]
            out.append(
                Mention(to_span(word), "name", bodies[first.text], head=_root(word), number="singular")
            )
    return out


def _name_key(span: SpacySpan) -> tuple[str, ...]:
    """A name's words as written, but for a leading "The"/"the"."""
    return tuple(t.lower_ if t.i == span.start and t.lower_ == "the" else t.text for t in span)


def _repeated_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A body's name of several words said again where the recognizer missed it or took only a part
    ("the request of the Municipality of [Livorno]" after "the Municipality of Livorno")."""
    names: dict[tuple[str, ...], Mention] = {}
    for mention in found:
        chars = doc.char_span(mention.span.start, mention.span.end)
        if mention.kind == "name" and mention.type == "Organization" and chars is not None and len(chars) > 1:
            names.setdefault(_name_key(chars), mention)
    if not names:
        return found
    added: list[Mention] = []
    firsts: dict[str, list[int]] = {}
    for token in doc:
        firsts.setdefault("the" if token.lower_ == "the" else token.text, []).append(token.i)
    for words, mention in names.items():
        for start in firsts.get(words[0], ()):
            if start + len(words) > len(doc) or _name_key(doc[start : start + len(words)]) != words:
                continue
            here = to_span(doc[start : start + len(words)])
            if any(m.span.overlaps(here) and not here.contains(m.span) for m in found + added):
                continue  # the words are part of another name here
            if any(m.span == here for m in found):
                continue
            added.append(replace(mention, span=here, head=_root(doc[start : start + len(words)])))
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
    out: list[Mention] = []
    for token in doc:
        if (
            token.i in covered
            or token.text not in names
            or not token.text[:1].isupper()
            or token.ent_type_
            or _part_of_name(doc, token)
        ):
            continue
        span = doc[token.i : token.i + 1]
        out.append(Mention(to_span(span), "name", names[token.text], head=_root(span), number="singular"))
    return out


def _join_split_names(doc: Doc) -> list[SpacySpan]:
    """The entities, with a person's name that the recognizer cut in two joined again: a given name
    taken for a company or product right before the lone surname it labelled a person ("[Jane]ORG
    [Doe]PERSON"); then every other use of a full name found so, however it was labelled."""
    out: list[SpacySpan] = []
    for ent in doc.ents:
        cut = next((t.i for t in ent[:-1] if t.text in state_abbreviations()), None)
        if cut is not None:  # "[Okla. Officers]GPE said ...": the name ends with the state
            ent = SpacySpan(doc, ent.start, cut + 1, label=ent.label_)
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and len(ent) == 1 and _designator(ent[0]):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="ORG")  # "[Chrysler]ORG [LLC]ORG"
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if (
            after is not None
            and ent.label_ in ("ORG", "PERSON", "GPE")
            and _designator(after)
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
    return _bodies_of_places(doc, _bracket_defined_names(doc, _known_full_names(doc, out)))


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
            if first.i + 1 < ent.end and doc[first.i + 1].lower_ == "of" and _body_noun(first):
                out.append(SpacySpan(doc, ent.start, ent.end, label="ORG"))
                continue
            if start >= 2 and doc[start - 1].lower_ == "of" and _body_noun(doc[start - 2]):
                begin = start - 3 if start >= 3 and doc[start - 3].lower_ == "the" else start - 2
                if not (out and out[-1].end > begin):
                    out.append(SpacySpan(doc, begin, ent.end, label="ORG"))
                    continue
        out.append(ent)
    return out


def _body_noun(token: Token) -> bool:
    """A capitalized organization noun ("Municipality", "Council", "Ministry")."""
    return token.text[:1].isupper() and person_org_nouns().get(noun_lemma(token), ("",))[0] == "Organization"


def _bracket_defined_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """An organization's full name before the acronym the article defines for it, where the recognizer
    cut the name or labelled it otherwise: "Movimento 5 Stelle (M5S)" (the initials match), "The Union
    of Rationalist Atheists and Agnostics (UAAR)" (a name the recognizer called an organization runs on
    to the bracket)."""
    found: list[SpacySpan] = []
    for token in doc:
        if token.text != "(" or token.i < 2 or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1]
        if not _is_acronym(acronym):
            continue
        first = token.i
        while first > 0 and _name_word(doc[first - 1]):
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


def _name_word(token: Token) -> bool:
    """A word that can stand inside a name: capitalized, a number, or a joining word."""
    return token.text[:1].isupper() or token.like_num or token.lower_ in word_class("name_joiner")


def _begins_title(doc: Doc, ent: SpacySpan) -> bool:
    """Whether a title from the table runs over the entity ("[Shadow Home]ORG Secretary", "Secretary of
    [State]ORG"): a part of the title, not a body."""
    if title_length([t.text for t in doc[ent.start : ent.end + 3]]) > len(ent):
        return True
    for back in range(1, 4):
        start = ent.start - back
        if start >= 0 and title_length([t.text for t in doc[start : ent.end + 2]]) >= back + len(ent):
            return True
    return False


def _designator(token: Token) -> bool:
    """A company's legal form written after its name: "LLC", "Inc.", "plc", "SpA"."""
    return (token.text[:1].isupper() or token.lower_ == "plc") and token.lower_.rstrip(
        "."
    ) in corporate_words("designator")


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


def _known_full_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Each use of a person's full name relabelled a person, where the recognizer labelled it otherwise
    or labelled only a part of it ("[Dries]ORG Mertens", "[Dries Mertens]PRODUCT")."""
    names = {
        tuple(t.text for t in e)
        for e in ents
        if e.label_ == "PERSON" and len(e) == 2 and not _names_a_body(e)
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


def _split_acronym(ent: SpacySpan) -> tuple[SpacySpan, SpacySpan | None]:
    """A name and the acronym in brackets the recognizer ran into it: "the World Health Organisation
    (WHO" -> ("the World Health Organisation", "WHO")."""
    doc = ent.doc
    for token in ent:
        if token.text != "(" or token.i == ent.start:
            continue
        after = token.i + 1
        if after < len(doc) and _is_acronym(doc[after]):
            return SpacySpan(doc, ent.start, token.i, label=ent.label_), doc[after : after + 1]
        return SpacySpan(doc, ent.start, token.i, label=ent.label_), None
    after = ent.end + 1
    if (  # "the World Health Organisation (WHO)"
        after + 1 < len(doc)
        and doc[ent.end].text == "("
        and _is_acronym(doc[after])
        and doc[after + 1].text == ")"
    ):
        return ent, doc[after : after + 1]
    return ent, None


def _is_acronym(token: Token) -> bool:
    """ "WHO", "M5S": capitals, digits allowed after the first letter."""
    text = token.text
    return len(text) >= 2 and text.isupper() and text.isalnum() and text[0].isalpha()


def _acronym_uses(doc: Doc, acronyms: dict[str, EntityType | None], covered: set[int]) -> list[Mention]:
    """Later uses of an acronym the article defined in brackets, where the recognizer missed them."""
    out: list[Mention] = []
    for token in doc:
        if token.i in covered or token.text not in acronyms:
            continue
        span = doc[token.i : token.i + 1]
        out.append(Mention(to_span(span), "name", acronyms[token.text], head=_root(span), number="singular"))
    return out


def _surname_uses(doc: Doc, people: set[tuple[str, ...]], covered: set[int]) -> list[Mention]:
    """A person's surname alone where the model took it for a common noun ("Smith requested ..." at a
    sentence start) or gave it a label that names no actor."""
    surnames = {name[-1] for name in people}
    out: list[Mention] = []
    for token in doc:
        if (
            token.i in covered
            or token.ent_type_ in NER_TYPES
            or token.lower_ not in surnames
            or not token.text.istitle()
            or token.pos_ not in ("PROPN", "NOUN")
            or _part_of_name(doc, token)
        ):
            continue
        span = doc[token.i : token.i + 1]
        out.append(Mention(to_span(span), "name", "Person", head=_root(span), number="singular"))
    return out


def _part_of_name(doc: Doc, token: Token) -> bool:
    """A capitalized word beside the token, as in another name ("Smith Street")."""
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in neighbours)


def _national(doc: Doc, ent: SpacySpan) -> Mention | None:
    """One person named by nationality, whatever the recognizer made of it: "the Dutchman", "a Spaniard"."""
    word = ent[0].text
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (
        len(ent) != 1
        or before is None
        or before.lower_ not in ("the", "a", "an")
        or not is_nationality_noun(word)
    ):
        return None
    if ent[0].pos_ == "ADJ" or ent[0].dep_ in ("amod", "compound"):
        return None  # "the British public"
    if before.text == "The" and not before.is_sent_start:
        return None  # "of The Scotsman": a name
    gender = "female" if word.endswith("woman") else "male" if word.endswith("man") else None
    span = doc[before.i : ent.end]
    return Mention(
        to_span(span), "nominal", "Person", head=_root(ent), number="singular", gender=as_gender(gender)
    )


def _entity_mention(doc: Doc, ent: SpacySpan, people: set[tuple[str, ...]]) -> Mention | None:
    national = _national(doc, ent) if ent.label_ in ("NORP", "ORG", "PERSON") else None
    if national is not None:
        return national
    words = [t.lower_ for t in ent]
    for size in range(len(words) - 1, 1, -1):  # "Defense John Smith" (ORG) ending in a person's name
        if ent.label_ != "PERSON" and tuple(words[-size:]) in people:
            return _person(doc, ent[-size:], role_from=ent.start)
    if (
        ent.label_ != "PERSON"
        and len(ent) > 2
        and ent[1].text == "the"
        and words[0] in {n[-1] for n in people}
    ):
        return _person(doc, ent[:1])  # "According to [Smith the Acme]ORG board": the person named before
    bare = tuple(w for w in words if w not in ("'", "’", "'s", "’s"))
    hyphenated = "-" in bare and any(len(n) > len(bare) and n[-len(bare) :] == bare for n in people)
    if (
        (hyphenated or (len(words) == 1 and words[0] in {part for n in people for part in (n[0], n[-1])}))
        and ent.label_ in ("GPE", "NORP", "LOC", "PERSON", "ORG")
        and not (ent.label_ == "ORG" and lookup(ent.text) is not None)
        and not _used_as_place(ent)
    ):
        return _person(
            doc, ent
        )  # "Wellington said" after "Bob Wellington"; "[Ferguson]ORG", "[Wright-Phillips]ORG"
    if ent.label_ == "ORG" and _given_and_surname(ent):
        return _person(doc, ent)  # "[Alistair Cragg's]ORG performance": a given name and a surname
    core = _trim(ent)
    addressed = core is not None and len(core) > 1 and is_honorific(core[0].text)
    if ent.label_ == "ORG" and addressed and lookup(ent.text) is None:
        return _person(doc, ent)  # "[Ms Hughes']ORG": a form of address, then a surname
    if ent.label_ in ("PERSON", "ORG") and _ends_in_title(ent) and lookup(ent.text) is None:
        return _office(doc, ent)  # "[Apple's C.E.O.]ORG", "[Chief Operating Officer]PERSON"
    kind = NER_TYPES[ent.label_]
    known = lookup(ent.text)
    if known is not None and capital_of(ent.text) is not None and _locative(ent):
        known = None  # "from Wembley, London", "talks in Beijing": the city, not the government
        kind = "Place"
    if known is not None and ent.label_ != "NORP":
        core = _trim(ent)
        if core is None:
            return None
        return Mention(to_span(core), "name", known.type, head=_root(core), number="singular")
    if ent.label_ == "PERSON" and (
        _employer_of_a_person(ent) or _collective(ent) or _company_form(ent) or _owns_a_firms_thing(ent)
    ):
        kind = "Organization"  # "Rupert Adams of [William Hill]PERSON": the bookmaker
    elif ent.label_ == "PERSON" and not (len(ent) == 1 and _is_acronym(ent[0])):  # "BAA" is no person
        return _person(doc, ent)
    elif ent.label_ == "PERSON":
        kind = "Organization"
    if ent.label_ == "NORP":
        return _group(ent)
    if ent.label_ == "GPE" and lookup(ent.text) is None:
        kind = "Organization" if _acting(ent) else "Place"  # "Liverpool beat Chelsea": the club
    if ent.label_ in ("LOC", "FAC") and lookup(ent.text) is not None:
        kind = lookup(ent.text).type  # type: ignore[union-attr]
    elif ent.label_ in ("LOC", "FAC") and _names_a_body(ent):
        kind = "Organization"  # "the Sea Org", "St Mary's Hospital": a place-like name of a body
    core = _trim(ent)
    if core is None:
        return None
    return Mention(to_span(core), "name", kind, head=_root(core), number="singular")


def _company_form(ent: SpacySpan) -> bool:
    """A name ending in a company's legal form, which no person's name does: "[Saturn Corporation]PERSON"."""
    return len(ent) > 1 and ent[-1].lower_.strip(".") in corporate_words("legal")


def _collective(ent: SpacySpan) -> bool:
    """A one-word name with a plural verb, as a team or a firm takes in British English and a person
    never does: "Chelsea have not played Barcelona", "Rangers are top"."""
    if len(ent) != 1 or ent.root.dep_ != "nsubj" or name_gender(ent.text):
        return False
    verb = ent.root.head
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)


def _employer_of_a_person(ent: SpacySpan) -> bool:
    """Whether a name the model took for a person hangs by "of", "at" or "from" on a person's name, as
    only a body's name does: "Rupert Adams of William Hill", "Jane Doe at Morgan Stanley"."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "at", "from") or prep.i != ent.start - 1:
        return False
    return prep.head.ent_type_ == "PERSON" and prep.head.i < prep.i


def _owns_a_firms_thing(ent: SpacySpan) -> bool:
    """Whether a name the model took for a person owns what only a body has, and starts with no known
    given name: "Diageo's profits", "Pernod Ricard's chief executive"."""
    root = ent.root
    if root.dep_ != "poss" or name_gender(ent[0].text) is not None:
        return False
    owned = root.head
    words = {owned.lemma_.lower(), *(c.lower_ for c in owned.lefts if c.dep_ in ("amod", "compound"))}
    return owned.lemma_.lower() in word_class("firm_thing") or {"chief", "executive"} <= words


def _acting(ent: SpacySpan) -> bool:
    """Whether a place's name is the subject of something only people or bodies do: "Liverpool beat
    Chelsea", "Texas sued the government" (not "Texas has 30 million people"), or names the body
    someone works for: "Liverpool manager Rafael Benitez"."""
    root = ent.root
    verb = root.head
    if root.dep_ == "compound" and verb.lemma_.lower() in nouns_of("employee_role") and verb.i >= ent.end:
        return True
    return (
        root.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and (verb.lemma_.lower() in cue_lemmas() or verb.lemma_.lower() in word_class("body_act"))
    )


def _used_as_place(ent: SpacySpan) -> bool:
    """A curated country or capital used as a place ("fled Rwanda", "in Wellington"), whatever person's
    name ends in that word ("Hotel Rwanda", "Bob Wellington")."""
    if lookup(ent.text) is None and capital_of(ent.text) is None:
        return False
    root = ent.root
    return _locative(ent) or (root.dep_ == "dobj" and root.head.lemma_ in word_class("place_object_verb"))


def _locative(ent: SpacySpan) -> bool:
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


def _names_a_body(ent: SpacySpan) -> bool:
    """A name whose last word or head is an organization noun ("... Council", "... Hospital", "the Royal
    Courts of Justice")."""
    return any(
        word.text[:1].isupper() and person_org_nouns().get(noun_lemma(word), ("",))[0] == "Organization"
        for word in (ent[-1], ent.root)
    )


def _root(span: SpacySpan) -> Span:
    """The syntactic head of a name as a record span ("Department" of "Department of Defense")."""
    root = span.root
    return to_span(span.doc[root.i : root.i + 1])


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


def _trim(span: SpacySpan) -> SpacySpan | None:
    """The span without a leading quotation mark or indefinite article ("a World Health Organisation
    report"), or a trailing possessive marker, punctuation or function word."""
    start, end = span.start, span.end
    while end - start > 1 and span.doc[start].is_punct:
        start += 1  # '[" Mr de Vabres]ORG': the quotation mark before the name
    if end - start > 1 and span.doc[start].lower_ in ("a", "an"):
        start += 1
    elif end - start > 1 and span.doc[start].lower_ == "the" and _modifies_a_noun(span):
        start += 1  # "the [United Nations] headquarters": "the" is the headquarters'

    while end > start and (
        span.doc[end - 1].tag_ == "POS"
        or span.doc[end - 1].is_punct
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


def _given_and_surname(ent: SpacySpan) -> bool:
    """Two capitalized words, the first a known given name, not a curated or corporate name."""
    words = [t for t in ent if t.text not in ("'s", "’s", "'", "’")]
    return (
        len(words) == 2
        and name_gender(words[0].text) is not None
        and words[1].text[:1].isupper()
        and words[1].is_alpha
        and words[1].lower_ not in corporate_words()
        and lookup(ent.text) is None
    )


def _person(doc: Doc, ent: SpacySpan, role_from: int | None = None) -> Mention | None:
    """A person's name without its titles; the titles before it become the mention's role."""
    core = _trim(ent)
    if core is None:
        return None
    words = [t.text for t in core]
    skip = title_prefix(words)
    offices = [i for i in range(skip, len(core) - 1) if _ends_in_title(core[i : i + 1])]
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
        to_span(name), "name", "Person", head=_root(name), role=role, number="singular", gender=gender
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


def _group(ent: SpacySpan) -> Mention | None:
    """A nationality, religious or political group used as a noun ("the Belgians", "Muslims")."""
    core = _trim(ent)
    if core is None:
        return None
    root = core.root
    if root.pos_ == "ADJ" or root.dep_ in ("amod", "compound"):
        return None
    plural = root.tag_ in ("NNS", "NNPS") or root.lower_.endswith("s")
    country = lookup_demonym(core.text)
    definite = core.start > 0 and core.doc[core.start - 1].lower_ == "the"
    if country is not None and plural and not definite:
        country = None  # "four Britons were freed": people of the country, not its state or team
    kind: EntityType = "Country" if country is not None else ("Person" if plural else "Organization")
    start = core.start - 1 if definite else core.start
    span = core.doc[start : core.end]
    return Mention(
        to_span(span),
        "name" if country or not plural else "nominal",
        kind,
        head=_root(core),
        number="plural" if plural else "singular",
    )


def _proper_runs(doc: Doc, covered: set[int]) -> list[SpacySpan]:
    """Runs of capitalized proper nouns outside the entities (names the recognizer missed)."""
    runs: list[SpacySpan] = []
    i = 0
    while i < len(doc):
        if i in covered or not _proper(doc[i]):
            i += 1
            continue
        j = i
        while j < len(doc) and j not in covered and _proper(doc[j]):
            j += 1
            if doc[j - 1].text in state_abbreviations():
                break  # "Tulsa, Okla. Officers said ...": the sentence the parser ran on ends there
        runs.append(doc[i:j])
        i = j
    return runs


def _proper(token: Token) -> bool:
    """A capitalized proper noun outside the entities, or a word the alias table knows ("Twitter")."""
    if token.ent_type_ or not token.text[:1].isupper():
        return False
    if token.text.endswith("s") and token.text[:-1].isupper() and _common_noun(token):
        return False  # "Tory MPs": the MPs are a plural noun, not part of a name
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and (lookup(token.text) is not None or not token.is_sent_start)


def _run_mention(doc: Doc, run: SpacySpan) -> Mention | None:
    """A missed name: after "Minister of ..." the last two words name the person; else an untyped name."""
    prev = doc[run.start - 1] if run.start else None
    before = doc[run.start - 2] if run.start > 1 else None
    if (
        prev is not None
        and prev.lower_ == "of"
        and before is not None
        and is_title_word(before.text)
        and len(run) >= 3
    ):
        name = run[-2:]
        return Mention(
            to_span(name),
            "name",
            "Person",
            head=_root(name),
            role=doc[before.i : name.start].text,
            number="singular",
        )
    words = [t.text for t in run]
    if len(run) > 1 and title_length(words) == len(words):
        return None  # "Prime Minister": a title, which the nominals take with its phrase
    skip = title_prefix(words)
    if skip and (_ends_in_title(run) or all(is_title_word(t.text) for t in run[skip:])):
        return None  # "Chief Operating Officer", "Mr Justice": a title all through, no name after it
    if skip and skip < len(run) and not _names_a_body(run):  # not "Inspector Holdings Group"
        name = run[skip:]
        return Mention(
            to_span(name),
            "name",
            "Person",
            head=_root(name),
            role=run[:skip].text,
            number="singular",
            gender=as_gender(title_gender(words[:skip])),
        )
    if len(run) == 1 and (is_title_word(run[0].text) or _common_noun(run[0])):
        return None
    known = lookup(run.text)
    if known is not None:
        return Mention(to_span(run), "name", known.type, head=_root(run), number="singular")
    if prev is not None and before is not None and before.lower_ == "the" and prev.is_lower:
        kind = person_org_nouns().get(noun_lemma(prev), ("",))[0]
        if kind == "Organization":  # "the company Hitwise", "the airline Flybe": the noun says what it is
            return Mention(to_span(run), "name", "Organization", head=_root(run), number="singular")
    last = run[-1]
    noun_type = person_org_nouns().get(noun_lemma(last), ("",))[0]
    if (
        len(run) > 1
        and prev is not None
        and prev.lower_ in ("for", "at")
        and before is not None
        and (before.ent_type_ == "PERSON")
    ):  # "Lydia Buchtmann for Food Standards Australia": the body she speaks for
        return Mention(to_span(run), "name", "Organization", head=_root(run), number="singular")
    if len(run) > 1 and (
        last.text in word_class("publication_word") or (last.tag_ == "NNP" and noun_type == "Organization")
    ):
        # "Riverside Council", "Lakeland Academy": a name ending in an organization noun
        return Mention(to_span(run), "name", "Organization", head=_root(run), number="singular")
    return Mention(to_span(run), "name", None, head=_root(run), number="singular")


def _ends_in_title(span: SpacySpan) -> bool:
    """Whether a capitalized run ends in an office ("Chief Operating Officer", "Apple's C.E.O."): a
    description, since names do not end so."""
    last = span[-1]
    return last.text.replace(".", "").upper() in office_abbreviations() or last.lower_ in nouns_of("office")


def _office(doc: Doc, ent: SpacySpan) -> Mention | None:
    """A capitalized office the recognizer took for a name, as a person nominal."""
    core = _trim(ent)
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


def _common_noun(token: Token) -> bool:
    """A person or organization noun written with a capital ("the Government"): a nominal, not a name."""
    return lookup(token.text) is None and noun_lemma(token) in person_org_nouns()


def age_mentions(doc: Doc) -> list[Mention]:
    """A person named by age alone: "the 29-year-old said", "a 15-year-old"."""
    out: list[Mention] = []
    for token in doc:
        if token.lower_ != "old" or token.dep_ in ("amod", "compound", "acomp", "advmod"):
            continue
        i = token.i - 1
        words: list[str] = []
        while (
            i >= 0
            and len(words) < 4
            and (doc[i].text == "-" or doc[i].lower_ in ("year", "years") or doc[i].like_num)
        ):
            words.append(doc[i].lower_)
            i -= 1
        if i < 0 or doc[i].lower_ not in ("the", "a", "an") or not any(w in ("year", "years") for w in words):
            continue
        span = doc[i : token.i + 1]
        out.append(
            Mention(
                to_span(span),
                "nominal",
                "Person",
                head=to_span(doc[token.i : token.i + 1]),
                number="singular",
            )
        )
    return out


def pronoun_mentions(doc: Doc) -> list[Mention]:
    """Personal and possessive pronouns, with number and gender; pleonastic "it" left out."""
    out: list[Mention] = []
    for token in doc:
        features = PRONOUN_FEATURES.get(token.lower_)
        if not features or not (token.pos_ == "PRON" or token.tag_ == "PRP$"):
            continue
        if token.lower_ == "it" and _pleonastic(token):
            continue
        number, gender = features
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


__all__ = ["FIRST_PERSON", "PRONOUN_FEATURES", "find_mentions", "to_span"]
