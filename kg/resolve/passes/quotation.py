"""First person in a quotation to its speaker: "I" is the speaker, "we" the body the speaker speaks for
(else a group of the speaker's own), "you" whom the speaker addresses; outside every quotation "I" is
the writer, "we" the writer's group, "you" the reader. And a possessive
pointing ahead to its sentence's subject ("In his report, Mr Brown said ...")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import text_of
from kg.records import Span, Statement
from kg.resolve.features import Features
from kg.resolve.links import affiliation, said_of_first_person, subject_of_be
from kg.resolve.passes.base import CATAPHOR, FIRST_PERSON, SELF_DESCRIBED, link_pass, merge_pass
from kg.resolve.pronouns import clause_subject
from kg.resolve.state import ORG_TYPES, Cluster, State
from kg.resolve.words import words


def fronted_subject(token: Token) -> Token | None:
    """The main subject after a possessive in a phrase that opens its sentence: "In his pre-Budget
    report, Mr Brown said ...", "After her arrest, Jane Doe was ..."."""
    if token.dep_ != "poss" or token.lower_ not in words("third_person"):
        return None
    prep = next((t for t in token.ancestors if t.dep_ == "prep"), None)
    if prep is None or prep.head.dep_ != "ROOT" or prep.i != prep.sent.start:
        return None
    subject = clause_subject(prep.head)
    return subject if subject is not None and subject.i > token.i else None


def cataphor(s: State, f: Features) -> Cluster | None:
    """A possessive pointing ahead to its sentence's subject, when that subject agrees."""
    subject = fronted_subject(s.doc[f.head])
    cluster = s.at(subject.i) if subject is not None else None
    if cluster is None:
        return None
    person = cluster.type == "Person" and not cluster.plural and cluster.gender in (None, f.gender)
    if f.word in ("his", "her") and person:
        return cluster
    if f.word == "its" and cluster.type in ORG_TYPES and not cluster.plural:
        return cluster
    return cluster if f.word == "their" and (cluster.plural or cluster.type == "Organization") else None


def first_person(s: State, f: Features) -> Cluster | None:
    """ "I" in a quote is its speaker; "we" its speaker's organization, or the group the speaker speaks
    for (an actor of its own, never the speaker alone); "I" outside quotations the writer, "we" the
    writer's group. "You" in a quote is whom the statement addresses, outside quotations the reader."""
    second = f.word in words("second_person")
    found = _quoted_by(s, f)
    if found is not None and not _told_by_writer(s, *found):
        statement, quote = found
        if second and statement.addressee_mention is None:  # whom the speaker addresses, unnamed
            speaker = _cluster_of(s, statement.speaker_mention, quote)
            return _addressee_of(s, speaker) if speaker is not None else s.nobody
        speaker_span = statement.addressee_mention if second else statement.speaker_mention
        speaker = _cluster_of(s, speaker_span, quote)
        if speaker is None:
            return s.nobody
        if f.word in words("first_plural") and speaker.type == "Person" and not speaker.plural:
            return _speaks_for(s, speaker)  # a group's own "we" ("We argue that our ...") is that group
        return speaker
    quote = next((q for q in s.quotes if q.contains(f.span)), None)
    if quote is not None or (found is None and _reported(s, f.span)) or not _marks_pair(s, f.span):
        return s.nobody  # unsure what is quoted
    if second:
        return _reader(s)
    return _group_of(s, _writer(s)) if f.word in words("first_plural") else _writer(s)


def _quoted_by(s: State, f: Features) -> tuple[Statement, Span | None] | None:
    """The statement whose quotation or reported content holds the mention, and its quotation."""
    quote = next((q for q in s.quotes if q.contains(f.span)), None)
    for statement in s.statements:
        regions = statement.parts or [statement.content]
        inside = any(r.contains(f.span) for r in regions)
        same_quote = quote is not None and any(quote.overlaps(r) for r in regions)
        if statement.speaker_mention is None or not (inside or same_quote):
            continue
        if quote is not None and quote.contains(statement.speaker_mention):
            continue  # a statement told inside the quotation
        return statement, quote
    return None


def _cluster_of(s: State, span: Span | None, quote: Span | None) -> Cluster | None:
    """The entity of a statement's speaker or addressee span, if resolved and outside the quotation."""
    if span is None or (quote is not None and quote.contains(span)):
        return None
    chars = s.doc.char_span(span.start, span.end, alignment_mode="expand")
    return s.at(chars.root.i) if chars is not None and len(chars) else None


def _addressee_of(s: State, speaker: Cluster) -> Cluster:
    """Whom a speaker says "you" to when no one addressed is named ("If you want a job, you wait"): one
    audience per speaker."""
    for cluster in s.clusters:
        if cluster.addressed_by is speaker:
            return cluster
    audience = s.new("Person")
    audience.addressed_by = speaker
    return audience


def _told_by_writer(s: State, statement: Statement, quote: Span | None) -> bool:
    """Whether a statement is the writer's (or the writers') own, unquoted ("I hope you like it"): its
    "you" is the reader."""
    if quote is not None or statement.speaker_mention is None:
        return False
    chars = s.doc.char_span(
        statement.speaker_mention.start, statement.speaker_mention.end, alignment_mode="expand"
    )
    speaker = s.at(chars.root.i) if chars is not None and len(chars) else None
    return speaker is not None and (
        speaker.writer or (speaker.group_of is not None and speaker.group_of.writer)
    )


def _reader(s: State) -> Cluster:
    """Whom the article addresses, "you" outside every quotation ("you will need a spade")."""
    return _narrator(s, "reader")


def _narrator(s: State, flag: str) -> Cluster:
    """The article's one reader or writer (`flag` names which), made on first use."""
    for cluster in s.clusters:
        if getattr(cluster, flag):
            return cluster
    made = s.new("Person")
    setattr(made, flag, True)
    return made


def _speaks_for(s: State, speaker: Cluster) -> Cluster:
    if speaker.affiliation is None:  # a body named after the person: "Jane Doe, editor of X"
        found = (affiliation(s, m) for m in speaker.mentions if m.kind != "pronoun")
        tie = next((t for t in found if t is not None), None)
        if tie is not None:
            speaker.affiliation, speaker.evidence = tie
    return speaker.affiliation or _group_of(s, speaker)


def self_described(s: State, f: Features) -> Cluster | None:
    """ "I'm an athlete": the athlete is whoever "I" is; nothing when "I" is no one known."""
    return s.at(subject_of_be(s.doc[f.head])) or s.nobody


def _marks_pair(s: State, span: Span) -> bool:
    """Whether the quotation marks of the paragraph around a span pair up."""
    text = text_of(s.doc)
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    para = text[start : end if end != -1 else len(text)]
    return para.count('"') % 2 == 0 and para.count("\u201c") == para.count("\u201d")


def _reported(s: State, span: Span) -> bool:
    """Whether a span lies in what someone's statement reports ("she said I was wrong"; not "Thank you")."""
    return any(
        r.contains(span)
        for st in s.statements
        if st.speaker_mention is not None
        for r in (st.parts or [st.content])
    )


def _writer(s: State) -> Cluster:
    """The one who writes the article, "I" outside every quotation ("I visited the festival")."""
    return _narrator(s, "writer")


def _group_of(s: State, person: Cluster) -> Cluster:
    """The group a person speaks for as "we" when no organization of theirs is known: one per person."""
    for cluster in s.clusters:
        if cluster.group_of is person:
            return cluster
    group = s.new("Person")
    group.plural = True
    group.group_of = person
    return group


def mention_class(f: Features, s: State) -> str | None:
    """The class of mention a quotation pass takes, or None."""
    if f.kind == "pronoun" and f.word in words("first_singular") | words("first_plural") | words(
        "second_person"
    ):
        return FIRST_PERSON
    if f.kind == "pronoun" and fronted_subject(s.doc[f.head]) is not None:
        return CATAPHOR
    if f.kind == "nominal" and said_of_first_person(s, f):
        return SELF_DESCRIBED
    return None


def lone_audiences(s: State) -> None:
    """A speaker's unnamed audience said "you" to once is no one to follow: it is left unresolved."""
    for cluster in [c for c in s.clusters if c.addressed_by is not None and len(c.mentions) < 2]:
        s.clusters.remove(cluster)
        s.by_token = {i: c for i, c in s.by_token.items() if c is not cluster}
        s.resolved = [(m, c) for m, c in s.resolved if c is not cluster]


CATAPHOR_PASSES = [link_pass("cataphora", {CATAPHOR}, cataphor)]
PASSES = [
    link_pass("quote_speaker", {FIRST_PERSON}, first_person),
    link_pass("quote_speaker", {SELF_DESCRIBED}, self_described),
]
MERGES = [merge_pass("quote_speaker", lone_audiences)]
