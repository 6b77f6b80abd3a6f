"""Plain typed records handed from one stage of the flow to the next.

Offsets are Python string indices into the article text exactly as read.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityType = Literal["Person", "Organization", "Country", "Equipment", "Place"]
ACTOR_TYPES: frozenset[str] = frozenset({"Person", "Organization", "Country"})
MentionKind = Literal["name", "nominal", "pronoun"]
StatementKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the article text."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass
class DocumentInfo:
    """Metadata of one article; `id` is a hash of its text."""

    id: str
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    url: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    """One article as read: its text and metadata."""

    source_path: str
    text: str
    document: DocumentInfo
    encoding: str = "utf-8"  # how the file's bytes were decoded


@dataclass
class Mention:
    """A mention of an entity found in the text, before resolution."""

    span: Span
    kind: MentionKind
    type: EntityType | None
    head: Span | None = None
    role: str | None = None  # a title held by the person: "press secretary", "Gen."
    number: Literal["singular", "plural"] | None = None
    gender: Literal["male", "female", "neuter"] | None = None


@dataclass
class Affiliation:
    """An actor's tie to the body it works or speaks for (a body's to its country), with the words
    that say so: "Treasury spokeswoman Ann Doe", "John Roe of Acme Bank"."""

    body: str  # the actor id of the body or country
    evidence: Span | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.body, "evidence": self.evidence.to_json() if self.evidence else None}


@dataclass
class Actor:
    """An entity after resolution: one per real-world entity in the article."""

    id: str
    label: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    wikidata: str | None = None
    member_of: list[Affiliation] = field(default_factory=list)
    audience: bool = False  # the text's own reader ("you" outside quotations): no party to the story

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "type": self.type,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "wikidata": self.wikidata,
            "mentions": [m.to_json() for m in self.mentions],
        }
        if self.member_of:
            out["member_of"] = [a.to_json() for a in self.member_of]
        if self.audience:
            out["audience"] = True
        return out


@dataclass
class Statement:
    """Who said or claimed what: a direct, indirect or mixed report."""

    id: str
    content: Span
    kind: StatementKind
    speaker_mention: Span | None = None
    cue: Span | None = None
    parts: list[Span] = field(default_factory=list)
    addressee_mention: Span | None = None
    speaker: str | None = None
    addressee: str | None = None
    about: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    on_behalf_of: str | None = None  # the speaker's side: the body it speaks for, or a body's country

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_json() if self.speaker_mention else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": self.content.to_json(),
            "kind": self.kind,
            "addressee": self.addressee,
            "about": list(self.about),
        }
        if len(self.parts) > 1:
            out["parts"] = [p.to_json() for p in self.parts]
        if self.notes:
            out["notes"] = list(self.notes)
        if self.on_behalf_of:
            out["on_behalf_of"] = self.on_behalf_of
        return out


@dataclass
class Argument:
    """An event argument: the words in the sentence and the entity they resolve to."""

    mention: Span
    id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "mention": self.mention.to_json()}


@dataclass
class Event:
    """Who did what to whom, with what, where and when."""

    id: str
    type: str  # fine type name, e.g. "SHOOT_DOWN"; its root is in `root`
    root: str  # CAMEO root category name, e.g. "FIGHT", or "OTHER"
    label: str  # past-tense relation label, e.g. "shot down"
    trigger: Span
    agent: Argument | None = None
    target: Argument | None = None
    instrument: Argument | None = None
    place: Argument | None = None
    date: str | None = None
    date_mention: Span | None = None
    negated: bool = False
    modality: str | None = None  # "would", "plans to", "refused to" ...
    reported_by: str | None = None
    means: Argument | None = None  # the platform: "used a drone to ...", "from a helicopter"
    factuality: str = (
        "asserted"  # asserted, negated, modal, future, intended, requested, conditional, reported
    )
    factuality_cue: str | None = None  # the words that give it: "refused to", "would", "if", "said"

    def to_json(self) -> dict[str, Any]:
        def arg(a: Argument | None) -> dict[str, Any] | None:
            return a.to_json() if a else None

        return {
            "id": self.id,
            "type": self.type,
            "root": self.root,
            "label": self.label,
            "trigger": self.trigger.to_json(),
            "agent": arg(self.agent),
            "target": arg(self.target),
            "instrument": arg(self.instrument),
            "place": arg(self.place),
            "means": arg(self.means),
            "date": self.date,
            "negated": self.negated,
            "modality": self.modality,
            "factuality": self.factuality,
            "factuality_cue": self.factuality_cue,
            "reported_by": self.reported_by,
        }


@dataclass
class TimeExpression:
    """A date expression and its ISO 8601 value at its own granularity (None if unknown)."""

    start: int
    end: int
    text: str
    value: str | None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}


@dataclass
class Extraction:
    """Everything extracted from one article."""

    source_path: str
    document: DocumentInfo
    text: str
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)  # for the evidence's sentence; not in JSON

    def to_json(self) -> dict[str, Any]:
        return {
            "source_path": self.source_path,
            "document": self.document.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "statements": [s.to_json() for s in self.statements],
            "events": [e.to_json() for e in self.events],
            "times": [t.to_json() for t in self.times],
        }
