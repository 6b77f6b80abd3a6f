"""Entity descriptions shared by the articles: one rdfs:label per entity, its other names as
skos:altLabel, chosen the same way whatever order the articles came in.

Each article graph keeps the names that article gave an entity (`nkg:articleLabel`,
`nkg:articleAltLabel`); the entities graph holds what follows from all of them, so replacing or
dropping an article recomputes the names of its entities from the articles left.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import RDFS, Literal, URIRef
from rdflib.namespace import SKOS

from kg.graph import entity_iri


@dataclass
class Names:
    """The names one entity was given across articles: labels counted by article, other names."""

    labels: Counter[str] = field(default_factory=Counter)
    others: set[str] = field(default_factory=set)

    def label(self) -> str:
        """The label most articles chose; on a tie the first in code-point order ("WorldCom" before
        "Worldcom"), so the choice never depends on the order of the build."""
        return min(self.labels.items(), key=lambda item: (-item[1], item[0]))[0]

    def alt_labels(self) -> list[str]:
        label = self.label()
        return sorted((set(self.labels) | self.others) - {label})


NameRow = tuple[str, str, str, Iterable[str]]  # (article graph, entity id, its label there, other names)


def collect_names(rows: Iterable[NameRow]) -> dict[str, Names]:
    """The names of each entity from (article graph, entity id, label, other names) rows; an
    article's label counts once however often the row repeats."""
    seen: set[tuple[str, str, str]] = set()
    names: dict[str, Names] = defaultdict(Names)
    for graph, entity, label, others in rows:
        key = (str(graph), entity, label)
        if key not in seen:
            seen.add(key)
            names[entity].labels[label] += 1
        names[entity].others.update(o for o in others if o != label)
    return dict(names)


def description_triples(names: dict[str, Names]) -> Iterator[tuple[URIRef, URIRef, Literal]]:
    """rdfs:label and skos:altLabel triples of each entity."""
    for entity in sorted(names):
        node, found = entity_iri(entity), names[entity]
        if not found.labels:
            continue
        yield node, RDFS.label, Literal(found.label())
        for alt in found.alt_labels():
            yield node, SKOS.altLabel, Literal(alt)


def describe_entities(rows: Iterable[NameRow]) -> Iterator[tuple[URIRef, URIRef, Literal]]:
    """The label and altLabel triples of the entities named in the rows."""
    return description_triples(collect_names(rows))
