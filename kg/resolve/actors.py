"""Group an article's mentions into actors: names by normalized string and surname, pronouns by
agreement and recency."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.records import Actor, Event, Mention, Span, Statement
from kg.resolve.keys import canonical_id, normalize_name


@dataclass
class Resolution:
    """The actors of one article and which span resolves to which actor."""

    actors: list[Actor] = field(default_factory=list)
    by_span: dict[tuple[int, int], str] = field(default_factory=dict)

    def actor_of(self, span: Span) -> str | None:
        """The actor a span was resolved to: exact match first, else a mention inside it ending last."""
        exact = self.by_span.get((span.start, span.end))
        if exact is not None:
            return exact
        best: tuple[int, str] | None = None
        for (start, end), actor_id in self.by_span.items():
            if span.start <= start and end <= span.end and (best is None or end > best[0]):
                best = (end, actor_id)
        return best[1] if best else None

    def actors_within(self, span: Span) -> set[str]:
        """The actors with a mention inside `span`."""
        return {a for (s, e), a in self.by_span.items() if span.start <= s and e <= span.end}


def resolve(
    doc: Doc,
    mentions: list[Mention],
    *,
    statements: Sequence[Statement] = (),
    events: Sequence[Event] = (),
) -> Resolution:
    """Actors from mentions in text order."""
    result = Resolution()
    actors: dict[str, Actor] = {}
    recent: list[Actor] = []

    def attach(actor: Actor, mention: Mention) -> None:
        actor.mentions.append(mention.span)
        result.by_span[(mention.span.start, mention.span.end)] = actor.id
        if actor in recent:
            recent.remove(actor)
        recent.append(actor)

    for mention in mentions:
        if mention.kind == "pronoun":
            actor = _antecedent(mention, recent)
            if actor is not None:
                attach(actor, mention)
            continue
        if mention.type is None:
            continue
        name = mention.span.text
        key = normalize_name(name)
        actor = _same_name(key, mention.type, actors.values())
        if actor is None:
            actor = Actor(canonical_id(name, mention.type), name, mention.type)
            actors.setdefault(actor.id, actor)
            actor = actors[actor.id]
        elif len(name) > len(actor.label) and actor.type == "Person":
            actor.aliases.append(actor.label)
            actor.label = name
        if name not in actor.aliases and name != actor.label:
            actor.aliases.append(name)
        attach(actor, mention)
    for actor in actors.values():
        if actor.type == "Person":
            actor.id = canonical_id(actor.label, actor.type)
        result.actors.append(actor)
    ids = {id(a): a.id for a in actors.values()}
    result.by_span = {k: ids.get(id(_find(actors, v)), v) for k, v in result.by_span.items()}
    return result


def _find(actors: dict[str, Actor], actor_id: str) -> Actor | None:
    return actors.get(actor_id)


def _same_name(key: str, entity_type: str, actors: Iterable[Actor]) -> Actor | None:
    for actor in actors:
        if actor.type != entity_type:
            continue
        other = normalize_name(actor.label)
        if other == key:
            return actor
        if entity_type == "Person" and (other.split()[-1:] == key.split()[-1:]):
            return actor
    return None


def _antecedent(mention: Mention, recent: list[Actor]) -> Actor | None:
    for actor in reversed(recent):
        if mention.gender in ("male", "female") and actor.type == "Person":
            return actor
        if mention.gender == "neuter" and actor.type in ("Organization", "Country"):
            return actor
        if mention.number == "plural" and actor.type in ("Organization", "Country"):
            return actor
    return None
