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
SELECT ?d ?title ?date ?publisher ?url WHERE {
  ?d a nkg:Document .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d dcterms:publisher ?publisher } OPTIONAL { ?d schema:url ?url }
} ORDER BY ?date ?title
"""
ENTITIES = """
SELECT DISTINCT ?e ?type ?label WHERE {
  VALUES ?type { nkg:Person nkg:Organization nkg:Country nkg:Equipment nkg:Place }
  ?e a ?type ; rdfs:label ?label .
}
"""
MENTION_COUNTS = "SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?e nkg:evidence ?ev } GROUP BY ?e"
ALIASES = "SELECT DISTINCT ?e ?alt WHERE { ?e skos:altLabel ?alt }"
MENTIONED = "SELECT DISTINCT ?e ?doc WHERE { ?e nkg:mentionedIn ?doc }"
AFFILIATIONS = "SELECT DISTINCT ?member ?body WHERE { ?member nkg:memberOf ?body }"
SIDES = "SELECT DISTINCT ?s ?side WHERE { ?s nkg:onBehalfOf ?side }"
STATEMENTS = """
SELECT ?s ?content ?kind ?cue ?speaker ?doc WHERE {
  ?s a nkg:Statement ; nkg:content ?content .
  OPTIONAL { ?s nkg:kind ?kind } OPTIONAL { ?s nkg:cue ?cue } OPTIONAL { ?s nkg:speaker ?speaker }
  OPTIONAL { ?s dcterms:source ?doc }
}
"""
# the sentence: a node the evidence points to (its text the node's anchor), or an older store's literal
SENTENCES = """
SELECT ?x ?sentence WHERE {
  ?x a nkg:KIND ; nkg:evidence ?ev .
  { ?ev nkg:inSentence/nif:anchorOf ?sentence } UNION { ?ev nkg:sentence ?sentence }
}
"""
ABOUT = "SELECT DISTINCT ?s ?e WHERE { ?s a nkg:Statement ; nkg:about ?e }"
# event types are few, but a store may repeat their triples in many graphs: DISTINCT, no joins
TYPE_LABELS = "SELECT DISTINCT ?type ?label WHERE { ?type skos:prefLabel ?label }"
BROADER = "SELECT DISTINCT ?type ?up WHERE { ?type skos:broader ?up }"
RELATIONS = "SELECT DISTINCT ?type ?label WHERE { ?type nkg:relation ?r . ?r rdfs:label ?label }"
EVENTS = """
SELECT ?ev ?type ?trigger ?negated ?date ?doc ?reported ?factuality WHERE {
  ?ev a nkg:Event ; nkg:eventType ?type .
  OPTIONAL { ?ev nkg:trigger ?trigger } OPTIONAL { ?ev nkg:negated ?negated }
  OPTIONAL { ?ev nkg:date ?date } OPTIONAL { ?ev dcterms:source ?doc }
  OPTIONAL { ?ev nkg:reportedBy ?reported } OPTIONAL { ?ev nkg:factuality ?factuality }
}
"""
ARGUMENTS = """
SELECT DISTINCT ?ev ?role ?e WHERE {
  VALUES ?role { nkg:agent nkg:target nkg:instrument nkg:place }
  ?ev a nkg:Event ; ?role ?e .
}
"""


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


def local(iri: str) -> str:
    """The last part of an IRI (after # or /)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
