"""Write articles into a store: their graphs, their entities' descriptions and the event types they
bring, all in one update request a batch (one transaction on Oxigraph).

Replacing or dropping an article recomputes the names of every entity it mentioned from the
articles left in the store, and removes the description of an entity no article mentions any more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache

from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.describe import collect_names, description_triples
from kg.graph import (
    ENTITIES_GRAPH,
    ID,
    NKG,
    ONTOLOGY_GRAPH,
    TYPES_GRAPH,
    article_triples,
    entity_triples,
    graph_iri,
    kind_triples,
    story_of,
    to_ox,
)
from kg.records import Extraction
from kg.store import Store, insert_lines, term_text
from kg.validate import ontology_graph

Triple = tuple[Node, Node, Node]
CONCEPT_PROPERTIES = frozenset({RDF.type, SKOS.inScheme, SKOS.broader, SKOS.prefLabel})


@cache
def _ontology_triples() -> frozenset[tuple[Node, Node, Node]]:
    return frozenset(ontology_graph())


@cache
def _ontology_concepts() -> frozenset[Node]:
    """The event types the ontology describes itself (their label and place in the scheme are its own)."""
    return frozenset(s for s, p, o in _ontology_triples() if p == RDF.type and o == SKOS.Concept)


@cache
def _kind_lines(fine: str, root: str, label: str) -> tuple[str, ...]:
    """The types-graph lines of an event kind that the ontology does not say already."""
    known, concepts = _ontology_triples(), _ontology_concepts()
    return tuple(
        _line(t)
        for t in kind_triples(fine, root, label)
        if t not in known and not (t[0] in concepts and t[1] in CONCEPT_PROPERTIES)
    )


def _new_types(extractions: Sequence[Extraction]) -> set[str]:
    """The type and relation triples (N-Triples lines) of the events the ontology does not say already."""
    return {line for x in extractions for e in x.events for line in _kind_lines(e.type, e.root, e.label)}


def _line(triple: Triple) -> str:
    """A triple of rdflib terms as an N-Triples line (written by pyoxigraph, as the articles' are)."""
    s, p, o = triple
    return f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ."


def write_articles(store: Store, extractions: Sequence[Extraction], drop: Iterable[str] = ()) -> int:
    """Replace each article's graph, drop the `drop` graphs, and update what they share; returns the
    triples written into article graphs."""
    extractions = [story_of(x) for x in extractions]
    graphs = [(graph_iri(x.document.id), article_triples(x)) for x in extractions]
    gone = {str(name) for name, _ in graphs} | set(drop)
    if not gone:
        return 0
    entities = {entity_iri(a.id) for x in extractions for a in x.actors} | _entities_of(store, gone)
    rows = [
        (graph, _entity_id(entity), label, others)
        for graph, entity, label, others in _stored_names(store, entities)
        if graph not in gone
    ]
    rows += [(str(graph_iri(x.document.id)), a.id, a.label, a.aliases) for x in extractions for a in x.actors]
    names = collect_names(rows)
    described = [_line(t) for t in description_triples(names)]
    shared = {_line(t) for x in extractions for a in x.actors for t in entity_triples(a)}
    types = _new_types(extractions)
    left = sorted(str(e) for e in entities if _entity_id(e) in names)
    removed = sorted(str(e) for e in entities if _entity_id(e) not in names)
    parts = [f"DROP SILENT GRAPH <{name}>" for name in sorted(gone)]
    parts += _forget(left, f"FILTER(?p IN (<{RDFS.label}>, <{SKOS.altLabel}>, <{NKG.memberOf}>))")
    parts += _forget(removed, "")
    count = 0
    for name, triples in graphs:
        parts += insert_lines(name, [f"{s} {p} {o} ." for s, p, o in triples])
        count += len(triples)
    parts += insert_lines(ENTITIES_GRAPH, [*described, *sorted(shared)])
    parts += insert_lines(TYPES_GRAPH, sorted(types))
    parts += _memberships(left)
    store.update(";\n".join(parts))
    return count


def remove_ontology_repeats(store: Store) -> None:
    """Drop from the types graph what the ontology graph now says itself."""
    store.update(
        f"DELETE {{ GRAPH <{TYPES_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{TYPES_GRAPH}> {{ ?s ?p ?o }} "
        f"GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
    )


def _entity_id(entity: URIRef | str) -> str:
    return str(entity)[len(str(ID)) :]


def entity_iri(entity_id: str) -> URIRef:
    return ID[entity_id]


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


def _entities_of(store: Store, graphs: set[str]) -> set[URIRef]:
    """The entities the stored versions of these article graphs mention."""
    sparql = (
        f"SELECT DISTINCT ?e WHERE {{ VALUES ?g {{ {_values(sorted(graphs))} }} "
        f"GRAPH ?g {{ ?e <{NKG.mentionedIn}> ?d }} }}"
    )
    return {URIRef(term_text(e)) for (e,) in store.select(sparql).rows if e is not None}


def _stored_names(store: Store, entities: set[URIRef]) -> list[tuple[str, str, str, list[str]]]:
    """(article graph, entity, label, other names) of these entities in every stored article."""
    if not entities:
        return []
    sparql = (
        f"SELECT ?g ?e ?label ?alt WHERE {{ VALUES ?e {{ {_values(sorted(entities))} }} "
        f"GRAPH ?g {{ {{ ?e <{NKG.articleLabel}> ?label }} UNION {{ ?e <{NKG.articleAltLabel}> ?alt }} }} }}"
    )
    labels: dict[tuple[str, str], str] = {}
    alts: dict[tuple[str, str], list[str]] = {}
    for graph, entity, label, alt in store.select(sparql).rows:
        if graph is None or entity is None:
            continue
        key = (term_text(graph), term_text(entity))
        if label is not None:
            labels[key] = term_text(label)
        if alt is not None:
            alts.setdefault(key, []).append(term_text(alt))
    return [(g, e, label, alts.get((g, e), [])) for (g, e), label in labels.items()]


def _memberships(entities: list[str]) -> list[str]:
    """Insert requests for the entities' `nkg:memberOf` edges in the entities graph, from the
    affiliations the stored articles read (run after the articles are written)."""
    return _per_chunk(
        entities,
        lambda values: (
            f"INSERT {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e <{NKG.memberOf}> ?b }} }} "
            f"WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?a <{NKG.member}> ?e ; <{NKG.body}> ?b }} }}"
        ),
    )


def _forget(entities: list[str], condition: str) -> list[str]:
    """Delete requests for the entities' descriptions (the predicates `condition` keeps)."""
    return _per_chunk(
        entities,
        lambda values: (
            f"DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{ VALUES ?e {{ {values} }} "
            f"GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} {condition} }}"
        ),
    )


def _per_chunk(entities: list[str], request: Callable[[str], str], size: int = 500) -> list[str]:
    """One request a chunk of `size` entities, made by `request` from the chunk's VALUES."""
    return [request(_values(entities[i : i + size])) for i in range(0, len(entities), size)]
