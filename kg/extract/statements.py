"""Statements: direct quotes and their speakers (first rules; deepened by the statements work)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.curated import load_table
from kg.extract.entities import to_span
from kg.records import Span, Statement

QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{2,}?)[\"\u201d]")


def speech_lemmas() -> frozenset[str]:
    return frozenset(row["lemma"] for row in load_table("cues"))


def find_statements(doc: Doc) -> list[Statement]:
    """Direct quotes of at least four words, with the subject of a nearby speech verb as speaker."""
    cues = speech_lemmas()
    out: list[Statement] = []
    for match in QUOTE.finditer(doc.text):
        start, end = match.span(1)
        content = Span(start, end, doc.text[start:end])
        if len(content.text.split()) < 4:
            continue
        cue = _cue_near(doc, match.start(), match.end(), cues)
        speaker = _subject(cue) if cue is not None else None
        out.append(
            Statement(
                id="",
                content=content,
                kind="direct",
                cue=to_span(doc[cue.i : cue.i + 1]) if cue is not None else None,
                speaker_mention=speaker,
            )
        )
    return out


def _cue_near(doc: Doc, start: int, end: int, cues: frozenset[str]) -> Token | None:
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is None:
        return None
    sents = list({t.sent.start: t.sent for t in sentence}.values())
    for sent in sents:
        for token in sent:
            if token.lemma_ in cues and token.pos_ in ("VERB", "AUX") and not start <= token.idx < end:
                return token
    return None


def _subject(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            subtree = list(child.subtree)
            doc = verb.doc
            return to_span(doc[subtree[0].i : subtree[-1].i + 1])
    return None
