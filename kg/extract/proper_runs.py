"""Runs of capitalized proper nouns outside the recognizer's entities: the names it missed, typed by
the title before them or the organization noun they end in."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.base import as_gender, to_span
from kg.extract.name_words import (
    ends_in_title,
    head_of,
    is_common_noun,
    is_street_name,
    named_as_place,
    names_a_body,
)
from kg.extract.nominals import noun_lemma, person_org_nouns
from kg.lexicon.known import lookup
from kg.lexicon.titles import (
    is_title_word,
    name_gender,
    title_gender,
    title_length,
    title_prefix,
)
from kg.lexicon.words import state_abbreviations, word_class
from kg.records import Mention


def proper_runs(doc: Doc, covered: set[int]) -> list[SpacySpan]:
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
    if token.text.endswith("s") and token.text[:-1].isupper() and is_common_noun(token):
        return False  # "Tory MPs": the MPs are a plural noun, not part of a name
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and (lookup(token.text) is not None or not token.is_sent_start)


def run_mention(doc: Doc, run: SpacySpan) -> Mention | None:
    """A missed name: after "Minister of ..." the last two words name the person; else an untyped name."""
    prev = doc[run.start - 1] if run.start else None
    before = doc[run.start - 2] if run.start > 1 else None
    if is_street_name(run):
        return Mention(to_span(run), "name", "Place", head=head_of(run), number="singular")  # "Harp Close"
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
            head=head_of(name),
            role=doc[before.i : name.start].text,
            number="singular",
        )
    words = [t.text for t in run]
    if len(run) > 1 and title_length(words) == len(words):
        return None  # "Prime Minister": a title, which the nominals take with its phrase
    skip = title_prefix(words)
    if skip and (ends_in_title(run) or all(is_title_word(t.text) for t in run[skip:])):
        return None  # "Chief Operating Officer", "Mr Justice": a title all through, no name after it
    if skip and skip < len(run) and not names_a_body(run):  # not "Inspector Holdings Group"
        name = run[skip:]
        return Mention(
            to_span(name),
            "name",
            "Person",
            head=head_of(name),
            role=run[:skip].text,
            number="singular",
            gender=as_gender(title_gender(words[:skip])),
        )
    if len(run) == 1 and (is_title_word(run[0].text) or is_common_noun(run[0])):
        return None
    if named_as_place(run):  # "towns including Alden and Brisco", "talks in Beijing"
        return Mention(to_span(run), "name", "Place", head=head_of(run), number="singular")
    known = lookup(run.text)
    if known is not None:
        return Mention(to_span(run), "name", known.type, head=head_of(run), number="singular")
    if prev is not None and before is not None and before.lower_ == "the" and prev.is_lower:
        kind = person_org_nouns().get(noun_lemma(prev), ("",))[0]
        if kind == "Organization":  # "the company Hitwise", "the airline Flybe": the noun says what it is
            return Mention(to_span(run), "name", "Organization", head=head_of(run), number="singular")
    if len(run) == 1 and run[0].pos_ == "PROPN" and name_gender(run[0].text) is not None:
        gender = as_gender(name_gender(run[0].text))  # "Isabelle said": a given name alone is a person
        return Mention(to_span(run), "name", "Person", head=head_of(run), number="singular", gender=gender)
    last = run[-1]
    noun_type = person_org_nouns().get(noun_lemma(last), ("",))[0]
    if (
        len(run) > 1
        and prev is not None
        and prev.lower_ in ("for", "at")
        and before is not None
        and (before.ent_type_ == "PERSON")
    ):  # "Lydia Buchtmann for Food Standards Australia": the body she speaks for
        return Mention(to_span(run), "name", "Organization", head=head_of(run), number="singular")
    if len(run) > 1 and (
        last.text in word_class("publication_word") or (last.tag_ == "NNP" and noun_type == "Organization")
    ):
        # "Riverside Council", "Lakeland Academy": a name ending in an organization noun
        return Mention(to_span(run), "name", "Organization", head=head_of(run), number="singular")
    return Mention(to_span(run), "name", None, head=head_of(run), number="singular")
