"""The SPARQL the view reads the store with, and the helpers that run it.

Every query runs over the union of the named graphs and asks one kind of thing, with no ORDER BY and
no GROUP BY but one count: duplicates (a label written in several graphs), first-of-many choices and
the order are settled in Python, which keeps each query a plain scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.query import prefix_header
from kg.store import Store

DOCUMENTS = """
SELECT ?d ?title ?date ?publisher ?url ?path WHERE {
  ?d a nkg:Document .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d dcterms:publisher ?publisher } OPTIONAL { ?d schema:url ?url }
  OPTIONAL { ?d nkg:sourcePath ?path }
} ORDER BY ?date ?title
"""
# entities: their types and the labels of everything, two scans (joining them costs more than both)
ENTITY_TYPES = ("Person", "Organization", "Country", "Equipment", "Place")
TYPED = "SELECT ?x ?v WHERE { VALUES ?v { TYPES } ?x a ?v }".replace(
    "TYPES", " ".join(f"nkg:{t}" for t in ENTITY_TYPES)
)
LABELS = "SELECT ?x ?v WHERE { ?x rdfs:label ?v }"
MENTION_COUNTS = "SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?e nkg:evidence ?ev } GROUP BY ?e"
MENTION_COUNTS_OF = (
    "SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE { VALUES ?e { IRIS } ?e nkg:evidence ?ev } GROUP BY ?e"
)
ALIASES = "SELECT DISTINCT ?x ?v WHERE { ?x skos:altLabel ?v }"
MENTIONED = "SELECT DISTINCT ?x ?v WHERE { ?x nkg:mentionedIn ?v }"
AFFILIATIONS = "SELECT DISTINCT ?x ?v WHERE { ?x nkg:memberOf ?v }"
SIDES = "SELECT DISTINCT ?x ?v WHERE { ?x nkg:onBehalfOf ?v }"
# one property of every subject that has it: a plain scan of one index, cheap however large the store
# (a query joining many OPTIONALs over tens of thousands of events costs seconds); merged in Python
PROPERTY = "SELECT ?x ?v WHERE { ?x PROPERTY ?v }"
STATEMENT_IDS = "SELECT ?x ?v WHERE { VALUES ?v { nkg:Statement } ?x a ?v }"
# the sentence: a node the evidence points to (its text the node's anchor), or an older store's literal
SENTENCES = """
SELECT ?x ?v WHERE {
  ?x a nkg:KIND ; nkg:evidence ?ev .
  { ?ev nkg:inSentence/nif:anchorOf ?v } UNION { ?ev nkg:sentence ?v }
}
"""
SENTENCES_OF = """
SELECT ?x ?v WHERE {
  VALUES ?x { IRIS }
  ?x nkg:evidence ?ev .
  { ?ev nkg:inSentence/nif:anchorOf ?v } UNION { ?ev nkg:sentence ?v }
}
"""
PROPERTY_OF = "SELECT ?x ?v WHERE { VALUES ?x { IRIS } ?x PROPERTY ?v }"
ABOUT = "SELECT DISTINCT ?x ?v WHERE { ?x nkg:about ?v }"
# event types are few, but a store may repeat their triples in many graphs: DISTINCT, no joins
TYPE_LABELS = "SELECT DISTINCT ?type ?label WHERE { ?type skos:prefLabel ?label }"
BROADER = "SELECT DISTINCT ?type ?up WHERE { ?type skos:broader ?up }"
RELATIONS = "SELECT DISTINCT ?type ?label WHERE { ?type nkg:relation ?r . ?r rdfs:label ?label }"
ROLE_PROPERTIES = (("agent", "nkg:agent"), ("target", "nkg:target"), ("instrument", "nkg:instrument"),
                   ("place", "nkg:place"))  # fmt: skip
# what a statement or an event is read with: (its key in the reader, the property)
STATEMENT_PROPERTIES = (("speaker", "nkg:speaker"), ("kind", "nkg:kind"), ("cue", "nkg:cue"))
EVENT_PROPERTIES = (
    ("type", "nkg:eventType"), ("negated", "nkg:negated"), ("date", "nkg:date"),
    ("reported", "nkg:reportedBy"), ("factuality", "nkg:factuality"),
)  # fmt: skip
SOURCE = ("doc", "dcterms:source")
TEXTS = {"statement": ("content", "nkg:content"), "event": ("trigger", "nkg:trigger")}
CHUNK = 4000  # IRIs in one VALUES block


def iri_values(iris: list[str]) -> str:
    return " ".join(f"<{iri}>" for iri in iris)


def evaluate(store: Store, sparql: str) -> Any:
    """A query's answer with the project's prefixes: rows of terms for SELECT, triples for CONSTRUCT.

    Embedded stores are asked through pyoxigraph with the union of the named graphs as default graph;
    other stores through their own `query`.
    """
    text = prefix_header() + sparql
    try:
        embedded = store.ox
    except KgError:
        embedded = None
    try:
        if embedded is None:
            return store.query(text)
        return embedded.query(text, use_default_graph_as_union=True)
    except (SyntaxError, OSError, KgError) as err:
        raise QueryError(f"the query does not run: {err}") from err


def solutions(result: Any) -> tuple[list[str], Iterator[list[Any]]]:
    """Variable names and rows of terms (None when unbound) of a SELECT answer, whatever the store."""
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, ([s[n] for n in names] for s in result)
    if hasattr(result, "variables") and hasattr(result, "rows"):
        return list(result.variables), iter(result.rows)
    raise QueryError("expected the answer of a SELECT query")


def select(store: Store, sparql: str) -> Iterator[dict[str, str]]:
    """Rows of a SELECT as dicts of plain strings (unbound variables left out)."""
    names, rows = solutions(evaluate(store, sparql))
    for row in rows:
        yield {n: t.value for n, t in zip(names, row, strict=True) if t is not None}


def pairs(store: Store, sparql: str) -> Iterator[tuple[str, str]]:
    """The (first, second) values of a two-variable SELECT (rows with an unbound one left out): the
    cheapest way through many rows."""
    result = evaluate(store, sparql)
    rows: Any = result if isinstance(result, ox.QuerySolutions) else solutions(result)[1]
    for row in rows:
        first, second = row[0], row[1]
        if first is not None and second is not None:
            yield first.value, second.value


def local(iri: str) -> str:
    """The last part of an IRI (after # or /)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
